import { createRequire } from 'node:module';

/** A person, place or organisation compromise found in a Latin-script run (UTF-16 offsets). */
export interface EnglishEntity {
  start: number;
  end: number;
  label: 'PERSON' | 'LOCATION' | 'ORGANIZATION';
}

interface CompromiseMatch {
  json(options: { offset: true }): { offset: { start: number; length: number }; terms: { tags: string[] }[] }[];
}
interface CompromiseDoc {
  people(): CompromiseMatch;
  places(): CompromiseMatch;
  organizations(): CompromiseMatch;
}

// Letters of the Latin script with their combining marks (González, Müller), digits and name
// punctuation; a space only when more of the run follows, so a run never ends in whitespace.
// The alternatives share no character: matching is linear.
const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}\p{M}0-9&.'’-]|[ \t](?=[\p{Script=Latin}0-9]))*/gu;
const CAPITAL = /\p{Lu}/u;
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}.]+$|(?<=[\p{L}\p{N}\p{M}]{2})\.$/gu;
/**
 * compromise reads runs of up to this many words: no name is longer, and on a run of a
 * thousand words compromise takes seconds. A longer run is no name (a name must be the whole run).
 */
const MAX_WORDS = 8;
const PERSON_WORD_TAGS = new Set(['FirstName', 'LastName', 'Honorific']);
const GLUED_TITLE = /\b(Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\.(?=\p{Lu})/gu;
const MAX_RUN = 120;

const require = createRequire(import.meta.url);
let nlp: ((text: string) => CompromiseDoc) | null = null;

/** Runs already read, with what compromise found in each (offsets within the run). */
const found = new Map<string, readonly EnglishEntity[]>();
const REMEMBERED_RUNS = 20_000;

/**
 * English names inside Thai text: compromise (English only) runs on each Latin-script run
 * with a capital letter; its spans are trimmed of surrounding punctuation. Only a name that is
 * the whole run counts: inside a longer English phrase (a glossed title such as
 * "Small and Medium Enterprises") compromise's guesses are mostly pieces of that phrase.
 * News repeats its Latin runs (`ASEAN`, `COVID-19`): each distinct run is read once.
 */
export function findEnglishEntities(text: string): EnglishEntity[] {
  const entities: EnglishEntity[] = [];
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(text); m; m = LATIN_RUN.exec(text)) {
    if (m[0].length > MAX_RUN || !CAPITAL.test(m[0]) || wordCount(m[0]) > MAX_WORDS) continue;
    let names = found.get(m[0]);
    if (!names) {
      if (found.size >= REMEMBERED_RUNS) found.clear();
      found.set(m[0], (names = namesIn(m[0])));
    }
    for (const name of names) entities.push({ start: m.index + name.start, end: m.index + name.end, label: name.label });
  }
  return entities;
}

/** The names compromise finds in one run that are the whole run, trimmed. */
function namesIn(run: string): EnglishEntity[] {
  nlp ??= require('compromise') as (text: string) => CompromiseDoc;
  // Thai news glues an English title to the name (`Mr.Kenji Tanaka`), which compromise then
  // reads as two words, the title's and a lone surname; with a space in place of the full
  // stop (same length, same offsets) it reads the whole name.
  const doc = nlp(run.replace(GLUED_TITLE, '$1 '));
  const whole = run.replace(EDGE_PUNCTUATION, '');
  const kinds: [CompromiseMatch, EnglishEntity['label']][] = [
    [doc.people(), 'PERSON'],
    [doc.places(), 'LOCATION'],
    [doc.organizations(), 'ORGANIZATION'],
  ];
  const names: EnglishEntity[] = [];
  for (const [match, label] of kinds) {
    for (const { offset, terms } of match.json({ offset: true })) {
      // compromise calls any capitalised pair a person (`Bill Payment`, `Alma Pramac Racing`):
      // a person needs a word it knows as a given name, a surname or a title
      if (label === 'PERSON' && !terms.some((t) => t.tags.some((tag) => PERSON_WORD_TAGS.has(tag)))) continue;
      const raw = run.slice(offset.start, offset.start + offset.length);
      const lead = raw.length - raw.replace(LEADING_PUNCTUATION, '').length;
      const trimmed = raw.replace(EDGE_PUNCTUATION, '');
      if (!trimmed || trimmed !== whole) continue;
      const start = offset.start + lead;
      names.push({ start, end: start + trimmed.length, label });
    }
  }
  return names;
}

function wordCount(run: string): number {
  let words = 1;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) === 32 || run.charCodeAt(i) === 9) words++;
  return words;
}
