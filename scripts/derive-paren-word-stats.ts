// Derives src/parentheticals/data/word-stats.json from unlabelled Thai government news
// (../shared/corpora/unlabelled/thaigov-news.jsonl.gz, public domain): what the span finder needs
// to know of Thai words it has no list for.
// - `verb`: how often a word comes right after an auxiliary, a negation or a nominaliser (จะ, ได้,
//   ไม่, ต้อง, การ, ความ ...), which verbs do and nouns seldom do: a verb before a term is where the
//   term starts (ผลิต|รถยนต์ไฟฟ้า), and a term seldom opens with a bare verb.
// - `bond`: pairs of adjacent words written together far more often than chance (pointwise mutual
//   information), as parts of one compound (จัด|ซื้อ in จัดซื้อจัดจ้าง): a term does not start between them.
// - `cohesion`: the word written right before another in a large share of its sightings (สำนักงาน
//   before ข้าหลวง, 0.7): a term starting after it leaves out a part of itself (สำนักงาน|ข้าหลวงใหญ่…).
// - `triple`: a bonded pair and the word written right before it in a large share of its sightings,
//   one compound of three words the segmenter cut up (ตรวจ|ลง|ตรา, a visa): no term starts inside it.
// - `modifier`: the share of a word's sightings written right onto a noun before it (a word that is
//   no stop word, auxiliary, nominaliser, bound prefix or relational noun, nor in `verb`):
//   Thai puts a modifier after its head (ระบบ|อัตโนมัติ, เงิน|อิเล็กทรอนิกส์, ความปกติ|ใหม่), so a word
//   nearly always written after a noun opens no noun phrase, and no term starts with it after one.
//   A title or the head of a place name (นาย, จังหวัด, อำเภอ) announces a name, not a noun the word
//   after it modifies: given names and provinces written after one (นาย|สมชาย, จังหวัด|ขอนแก่น) are
//   not counted as written after a noun.
// Only words, pairs and numbers are kept, never text. Words are cut by the library's own segmenter.
//   node scripts/run-ts.mjs scripts/derive-paren-word-stats.ts [--corpus FILE] [--limit N]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { segment } from '../src/segmenter/index.js';
import { shippedDataPath } from '../src/parentheticals/shipped-data.js';
import { isFunctionWord } from '../src/parentheticals/thai-vocabulary.js';
import { LOCATION_HEADS, TITLES } from '../src/thai/name-cues.js';
import { tablesToJson } from './lib/json-tables.js';
import { writeDataFile } from './lib/provenance.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const corpus = option('--corpus', '../shared/corpora/unlabelled/thaigov-news.jsonl.gz');
const limit = Number(option('--limit', 'Infinity'));

/** Words after which a verb comes: auxiliaries, negation, nominalisers. */
const VERB_CUES = new Set(['จะ', 'ได้', 'ไม่', 'ต้อง', 'กำลัง', 'ควร', 'สามารถ', 'ยัง', 'เคย', 'การ', 'ความ', 'ได้รับการ', 'มีการ']);
/** Fewest sightings of a word, and of a pair, to be kept. */
const MIN_WORD = 30;
const MIN_PAIR = 100;
/** Least share of a word's sightings after a verb cue for it to be kept (the rest count as 0). */
const MIN_VERB = 0.05;
/** Least PMI (log2) of a pair for it to be kept as bonded. */
const MIN_BOND = 6;
/** Fewest sightings of a pair, and least share of the second word's sightings, for the first to be kept as the word before it. */
const MIN_COHESION_PAIR = 10;
const MIN_COHESION = 0.35;
/** Least share of a word's sightings (seen MIN_WORD times or more) right after a noun for it to be kept as a modifier. */
const MIN_MODIFIER = 0.5;
const THAI_WORD = /^[\u0E01-\u0E4E]{2,}$/u;

const count = new Map<string, number>();
const afterCue = new Map<string, number>();
const pairs = new Map<string, number>();
const triples = new Map<string, number>();
let total = 0;
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

const lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n');
let documents = 0;
for (const line of lines) {
  if (!line.trim() || documents >= limit) continue;
  documents++;
  const { text } = JSON.parse(line) as { text: string };
  let previous = '';
  let beforePrevious = '';
  for (const token of segment(text)) {
    const word = token.text;
    if (!THAI_WORD.test(word)) {
      previous = '';
      beforePrevious = '';
      continue;
    }
    total++;
    bump(count, word);
    if (VERB_CUES.has(previous)) bump(afterCue, word);
    if (previous) bump(pairs, previous + '\t' + word);
    if (beforePrevious) bump(triples, beforePrevious + '\t' + previous + '\t' + word);
    beforePrevious = previous;
    previous = word;
  }
}

const verb: Record<string, number> = {};
for (const [word, n] of [...count].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (n < MIN_WORD) continue;
  const share = (afterCue.get(word) ?? 0) / n;
  if (share >= MIN_VERB) verb[word] = Math.round(share * 100) / 100;
}
const bond: Record<string, number> = {};
for (const [pair, n] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (n < MIN_PAIR) continue;
  const [a, b] = pair.split('\t');
  const pmi = Math.log2((n * total) / (count.get(a)! * count.get(b)!));
  if (pmi >= MIN_BOND) bond[pair.replace('\t', ' ')] = Math.round(pmi * 10) / 10;
}
const cohesion: Record<string, number> = {};
for (const [pair, n] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const second = pair.slice(pair.indexOf('\t') + 1);
  if (n < MIN_COHESION_PAIR || count.get(second)! < MIN_WORD) continue;
  const share = n / count.get(second)!;
  if (share >= MIN_COHESION) cohesion[pair.replace('\t', ' ')] = Math.round(share * 100) / 100;
}
/** Words that end a verb the segmenter cut up: the second of a cohesive pair that opens with a verb (เชื่อม|โยง). */
const verbEnds = new Set(
  Object.keys(cohesion).flatMap((pair) => {
    const [first, second] = pair.split(' ');
    return first in verb ? [second] : [];
  }),
);
/** Titles and heads of place names: the word after them is a name (นาย|สมชาย, จังหวัด|ขอนแก่น), no modifier. */
const NAME_ANNOUNCERS = new Set([...TITLES, ...LOCATION_HEADS]);
/** A word that names a thing: no function word, no bound prefix, never seen as a verb (ติด|เชื้อ, พบ|เชื้อ are verbs and objects). */
const isNoun = (word: string): boolean => !isFunctionWord(word) && !(word in verb) && !verbEnds.has(word) && !NAME_ANNOUNCERS.has(word);
const afterNoun = new Map<string, number>();
for (const [pair, n] of pairs) {
  const [a, b] = pair.split('\t');
  if (isNoun(a)) afterNoun.set(b, (afterNoun.get(b) ?? 0) + n);
}
const modifier: Record<string, number> = {};
for (const [word, n] of [...count].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (n < MIN_WORD) continue;
  const share = (afterNoun.get(word) ?? 0) / n;
  if (share >= MIN_MODIFIER) modifier[word] = Math.round(share * 100) / 100;
}
const triple: Record<string, number> = {};
for (const [key, n] of [...triples].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const [first, ...rest] = key.split('\t');
  const pair = rest.join(' ');
  if (n < MIN_COHESION_PAIR || !(pair in bond) || !THAI_WORD.test(first)) continue;
  const share = n / pairs.get(rest.join('\t'))!;
  if (share >= MIN_COHESION) triple[`${first} ${pair}`] = Math.round(share * 100) / 100;
}
const out = shippedDataPath('word-stats.json');
writeDataFile(out, tablesToJson({ verb, bond, cohesion, triple, modifier }), {
  description:
    `From ${documents} news releases (${total} Thai words): verb, the share of a word's sightings right after an auxiliary, a negation or ` +
    `a nominaliser (words seen ${MIN_WORD} times or more, shares of ${MIN_VERB} or more); bond, "word word" → PMI (log2) of adjacent ` +
    `words seen together ${MIN_PAIR} times or more with a PMI of ${MIN_BOND} or more; cohesion, "word word" → the share of the second ` +
    `word's sightings (${MIN_WORD} or more) that have the first right before it (pairs seen ${MIN_COHESION_PAIR} times or more, shares of ${MIN_COHESION} or more); ` +
    `triple, "word word word" → the share of a bonded pair's sightings that have the first word right before it (seen ${MIN_COHESION_PAIR} times or more, shares of ${MIN_COHESION} or more); ` +
    `modifier, the share of a word's sightings (${MIN_WORD} or more) written right onto a noun, a word that is no function word, bound prefix, title, head of a place name or word of the verb table (shares of ${MIN_MODIFIER} or more).`,
  script: 'scripts/derive-paren-word-stats.ts',
  arguments: args,
  sources: [corpus],
  licence: 'public domain (thaigov.go.th news, PyThaiNLP/thaigov-corpus; Thai Copyright Act B.E. 2537 s.7)',
});
console.log(
  `${Object.keys(verb).length} verbs, ${Object.keys(bond).length} bonded pairs, ${Object.keys(cohesion).length} cohesive pairs, ${Object.keys(triple).length} triples, ${Object.keys(modifier).length} modifiers from ${documents} documents → ${out}`,
);
