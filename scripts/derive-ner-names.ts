// Derives src/entities/model/name-lists.json from unlabelled government news: given names,
// surnames and venues, read off the way news writes them, without any labelled data.
//
//   node scripts/run-ts.mjs scripts/derive-ner-names.ts [--corpus FILE] [--out FILE]
//
// - A formal title glued to a word, a space, another word: `นาย<given> <surname>`, stacked titles
//   included (`ผศ.ดร.`, `พล.ต.อ.`). The given name is kept when the title and it do not open a
//   dictionary word (`นายก|รัฐมนตรี`, `นาย|อำเภอ` are no names). The surname is the whole
//   space-delimited chunk after it, kept when at least half of that chunk's occurrences in the
//   corpus follow a titled given name: a surname hardly occurs elsewhere, a verb does.
// - Venues: the chunk after `ณ` (at), kept when it follows ณ in at least half its occurrences.
// - Organisations and their short forms, where news defines one: a name that opens with an
//   organisation head, then its short form in brackets (`กรมสวัสดิการและคุ้มครองแรงงาน (กสร.)`).
//   A short form must have a full stop or be no dictionary word (`ร่าง`, `เดิม` are none).
// - A name is kept when seen at least MIN_COUNT times; foreign leaders' names in Thai script
//   come out the same way (`นาย<given> <surname>`).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { ORGANIZATION_HEADS, TITLES } from '../src/thai/name-cues.js';
import { readWordcutWords } from '../src/segmenter/word-list.js';
import { writeDataFile } from './lib/provenance.js';

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '../shared/corpora/unlabelled/thaigov-news.jsonl.gz' },
    out: { type: 'string', default: 'src/entities/model/name-lists.json' },
  },
});

const MIN_COUNT = 2;
const FORMAL_TITLES = TITLES.filter((t) => /^[\u0E01-\u0E4E]/u.test(t));
const THAI_WORD = '[\\u0E01-\\u0E4E]';
const escapeDots = (s: string) => s.replace(/[.]/g, '\\.');
const titles = [...FORMAL_TITLES]
  .sort((a, b) => b.length - a.length)
  .map(escapeDots)
  .join('|');
// one or more titles glued together, a given name glued to them, a space, a surname chunk
const TITLED_NAME = new RegExp(`(?<=^|[\\s(“"'])((?:${titles})+)(${THAI_WORD}{2,20})[ \\u00A0](${THAI_WORD}{2,25})(?=[\\s,.)”"':;]|$)`, 'gu');
const VENUE = new RegExp(`(?<=(?:^|\\s)ณ[ \\u00A0]?)(${THAI_WORD}[\\u0E01-\\u0E4E\\u0E50-\\u0E59.]{1,40})(?=[\\s,]|$)`, 'gu');
const CHUNK = /[^\s]+/gu;
const heads = ORGANIZATION_HEADS.filter((h) => h.length > 2 && !h.endsWith('.'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const DEFINED_ORGANISATION = new RegExp(`((?:${heads})${THAI_WORD}{2,60})\\s?\\((${THAI_WORD.slice(0, -1)}.]{2,15})\\)`, 'gu');

const dictionary = new Set(readWordcutWords());
const longest = Math.max(...[...dictionary].map((w) => w.length));
/** Whether `text` opens with a dictionary word longer than `title` (so the title is part of a word). */
const opensWord = (title: string, text: string): boolean => {
  for (let end = Math.min(text.length, longest); end > title.length; end--) if (dictionary.has(text.slice(0, end))) return true;
  return false;
};

const given = new Map<string, number>();
const surnameAfterName = new Map<string, number>();
const venueAfterAt = new Map<string, number>();
const organisations = new Map<string, number>();
const shortForms = new Map<string, number>();
const chunks = new Map<string, number>();
const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

const lines = createInterface({ input: createReadStream(args.corpus!).pipe(createGunzip()) });
for await (const record of lines) {
  if (!record.trim()) continue;
  const { text } = JSON.parse(record) as { text: string };
  for (const m of text.matchAll(CHUNK)) bump(chunks, m[0].replace(/[,.)”"':;]+$/u, ''));
  for (const m of text.matchAll(TITLED_NAME)) {
    const lastTitle = FORMAL_TITLES.filter((t) => m[1].endsWith(t)).sort((a, b) => b.length - a.length)[0];
    if (opensWord(lastTitle, lastTitle + m[2])) continue;
    bump(given, m[2]);
    bump(surnameAfterName, m[3]);
  }
  for (const m of text.matchAll(VENUE)) bump(venueAfterAt, m[1]);
  for (const m of text.matchAll(DEFINED_ORGANISATION)) {
    bump(organisations, m[1]);
    if (m[2].includes('.') || !dictionary.has(m[2])) bump(shortForms, m[2]);
  }
}

const kept = (counts: Map<string, number>, share: (name: string, count: number) => boolean) =>
  [...counts]
    .filter(([name, count]) => count >= MIN_COUNT && share(name, count))
    .map(([name]) => name)
    .sort();
const mostlyHere = (name: string, count: number) => count * 2 >= (chunks.get(name) ?? 0);
const lists = {
  given: kept(given, () => true),
  surnames: kept(surnameAfterName, mostlyHere),
  venues: kept(venueAfterAt, mostlyHere),
  organisations: kept(organisations, () => true),
  shortForms: kept(shortForms, (name) => !ORGANIZATION_HEADS.some((h) => name.startsWith(h) && name.length > h.length + 2)),
};
writeDataFile(args.out!, JSON.stringify(lists, null, 0).replace(/\],/g, '],\n') + '\n', {
  description: `Given names (${lists.given.length}), surnames (${lists.surnames.length}), venues (${lists.venues.length}), organisations (${lists.organisations.length}) and their short forms (${lists.shortForms.length}) as government news writes them, for the entity model's lexicon (see the script)`,
  script: 'scripts/derive-ner-names.ts',
  arguments: process.argv.slice(2),
  sources: [args.corpus!],
  licence: 'public domain (thaigov.go.th news, Thai Copyright Act B.E. 2537 s.7)',
});
console.log(
  Object.entries(lists)
    .map(([list, names]) => `${names.length} ${list}`)
    .join(', '),
);
