import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { LATIN_BRAND_NAMES, LATIN_COMPANY_SUFFIXES } from '../thai/brands.js';
import { wordCount } from '../text/word-count.js';

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
/**
 * A count, an amount or a score a space after a name is the report's, not the name's (`Google 2.4
 * พันล้านยูโร`, `Los Angeles Lakers 118-115`): the run is read without it, or the name would not be
 * the whole run. Not a longer number, which a hotline or a year is (`Call center 1713`,
 * `… Conference 2018`), a version (`SME Development Bank 4.0`, `Thailand 4.0`: plans ThaiNER
 * leaves untagged), one inside brackets (`(SME Academy 365)`, a list's `… 12)`), nor one that more
 * Latin words follow (`iPhone 15 Pro`). A place before a number names a plan or an event: none is
 * read there.
 */
const TRAILING_NUMBER = /[ \t](?![0-9]+\.0$)[0-9]{1,3}(?:[.,-][0-9]{1,3})?$/u;
const CLOSING_BRACKET = /^\s*[)\]]/u;
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}.]+$|(?<=[\p{L}\p{N}\p{M}]{2})\.$/gu;
/**
 * compromise reads runs of up to this many words: no name is longer, and on a run of a
 * thousand words compromise takes seconds. A longer run is no name (a name must be the whole run).
 */
const MAX_WORDS = 8;
const PERSON_WORD_TAGS = new Set(['FirstName', 'LastName', 'Honorific']);
/** English titles written before a name. */
const ENGLISH_TITLES = 'Mr|Mrs|Ms|Miss|Dr|Prof|Sir';
const GLUED_TITLE = new RegExp(`\\b(${ENGLISH_TITLES})\\.(?=\\p{Lu})`, 'gu');
const MAX_RUN = 120;

const require = createRequire(import.meta.url);
let nlp: ((text: string) => CompromiseDoc) | null = null;

/** compromise, loaded on the first English run only: loading it costs a fresh process a few hundred milliseconds. */
function compromise(): (text: string) => CompromiseDoc {
  nlp ??= require('compromise') as (text: string) => CompromiseDoc;
  return nlp;
}

/** Whether this process has loaded compromise (it does so for the first run the table below does not hold). */
export const compromiseLoaded = (): boolean => nlp !== null;

/**
 * What compromise found in the runs government news writes most (scripts/derive-english-runs.ts):
 * each run's names as [start, end, label], offsets within the run; for the compromise version
 * recorded, since another version may find otherwise.
 */
export interface EnglishRunsFile {
  compromise: string;
  runs: Record<string, readonly (readonly [number, number, EnglishEntity['label']])[]>;
}

export const ENGLISH_RUNS_FILE = 'src/entities/model/english-runs.json';

let knownRuns: ReadonlyMap<string, readonly EnglishEntity[]> | null = null;

/**
 * The version of the compromise this process would load, from its package.json, found up from
 * its entry file (compromise exports no `package.json`, and loading it is what the table spares).
 */
export function installedCompromiseVersion(): string {
  for (let dir = path.dirname(require.resolve('compromise')); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (name === 'compromise' && version) return version;
    }
    if (path.dirname(dir) === dir) throw new Error('compromise: no package.json above its entry file');
  }
}

/** The table's runs, read on the first English run; empty when another compromise version is installed. */
function tableOfRuns(): ReadonlyMap<string, readonly EnglishEntity[]> {
  if (knownRuns) return knownRuns;
  const table = JSON.parse(readFileSync(path.join(packageRoot(), ENGLISH_RUNS_FILE), 'utf8')) as EnglishRunsFile;
  knownRuns = new Map(
    table.compromise === installedCompromiseVersion()
      ? Object.entries(table.runs).map(([run, names]) => [run, names.map(([start, end, label]) => ({ start, end, label }))])
      : [],
  );
  return knownRuns;
}

/** Runs already read, with what compromise found in each (offsets within the run). */
const found = new Map<string, readonly EnglishEntity[]>();
const REMEMBERED_RUNS = 20_000;
/**
 * compromise's cost is mostly per call (building and tagging a document), so a document's new
 * runs are read together, this many at a time, a blank line apart: compromise reads each as a
 * paragraph of its own. On 5,689 distinct runs of government news that found the same names
 * with the same tags as one call per run, in a quarter of the time.
 */
const RUNS_PER_CALL = 25;
const RUN_SEPARATOR = '\n\n';

/**
 * English names inside Thai text: compromise (English only) runs on each Latin-script run
 * with a capital letter; its spans are trimmed of surrounding punctuation. Only a name that is
 * the whole run counts: inside a longer English phrase (a glossed title such as
 * "Small and Medium Enterprises") compromise's guesses are mostly pieces of that phrase.
 * News repeats its Latin runs (`ASEAN`, `COVID-19`): each distinct run is read once, and the
 * runs government news writes most are looked up in compromise's answers worked out beforehand
 * (ENGLISH_RUNS_FILE), so that a document holding no others does not load compromise.
 */
export function findEnglishEntities(text: string): EnglishEntity[] {
  const runs = latinRunsIn(text);
  if (!runs.length) return [];
  const table = tableOfRuns();
  // the companies compromise does not know, read once a run: compromise is not asked about them
  const companies = runs.map(({ run }) => companyIn(run));
  const unread = new Set<string>();
  runs.forEach(({ run }, i) => {
    if (!companies[i] && !table.has(run) && !found.has(run)) unread.add(run);
  });
  if (unread.size > 0) {
    if (found.size + unread.size > REMEMBERED_RUNS) found.clear();
    const list = [...unread];
    for (let i = 0; i < list.length; i += RUNS_PER_CALL) readRuns(list.slice(i, i + RUNS_PER_CALL));
  }
  const entities: EnglishEntity[] = [];
  for (const [i, { index, run, numbered }] of runs.entries()) {
    const read = companies[i] ?? table.get(run) ?? found.get(run) ?? readEnglishRuns([run])[0];
    for (const name of read.length ? read : headedBodyIn(run)) {
      if (!(numbered && name.label === 'LOCATION')) entities.push({ start: index + name.start, end: index + name.end, label: name.label });
    }
  }
  return entities;
}

/** English words that head a body's name wherever they stand in it (`Bank of Thailand`, `Securities and Exchange Commission`). */
const BODY_HEADS: ReadonlySet<string> = new Set([
  'Agency',
  'Association',
  'Authority',
  'Bank',
  'Board',
  'Bureau',
  'Chamber',
  'Commission',
  'Committee',
  'Council',
  'Department',
  'Federation',
  'Foundation',
  'Institute',
  'Ministry',
  'Organisation',
  'Organization',
  'Secretariat',
  'University',
]);
/** A person's title opening the run (`Dr.Fatih Birol Executive Director of …`): a person with a position. */
const TITLE_OPENING = new RegExp(`^(?:${ENGLISH_TITLES}|H\\.E)\\b`, 'u');
/** Words of a person's position in a body (`President of Export-Import Bank of Thailand`). */
const POSITIONS: ReadonlySet<string> = new Set([
  'President',
  'Vice',
  'Secretary',
  'Director',
  'Chairman',
  'Chair',
  'Minister',
  'Governor',
  'Ambassador',
  'Head',
  'Deputy',
  'Member',
]);
/** The small words a body's name holds between its capitalised ones. */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’.&-]*$/u;

/**
 * A run compromise found nothing in that is a body's name by its head word: capitalised words,
 * small linking words between them, one of BODY_HEADS among them (`Bank of Thailand`, `Ministry
 * of Finance`); offsets within the run.
 */
function headedBodyIn(run: string): readonly EnglishEntity[] {
  const whole = run.replace(EDGE_PUNCTUATION, '');
  const words = whole.split(' ');
  // the head governs what follows it (`Bank of Thailand`) or ends the name (`Far East University`):
  // a head before other words names a thing (`SME Bank Tower`, `University Mobile Application`),
  // and two words ending with the head are as often a word and its kind (`Power Bank`, `Smart Organization`)
  const head = words.findIndex((word, i) => BODY_HEADS.has(word) && (i === words.length - 1 || NAME_LINKS.has(words[i + 1])));
  if (words.length < 2 || head < 0 || (words.length === 2 && head === 1)) return [];
  const inName = (word: string, i: number): boolean => CAPITALISED_WORD.test(word) || (i > 0 && i < words.length - 1 && NAME_LINKS.has(word));
  if (!words.every(inName) || words.some((word) => POSITIONS.has(word)) || TITLE_OPENING.test(whole)) return [];
  const at = run.indexOf(whole);
  return [{ start: at, end: at + whole.length, label: 'ORGANIZATION' }];
}

/** The names of LATIN_BRAND_NAMES, alone and with each suffix (`Grab Thailand`). */
const COMPANY_RUNS: ReadonlySet<string> = new Set(LATIN_BRAND_NAMES.flatMap((name) => [name, ...LATIN_COMPANY_SUFFIXES.map((suffix) => `${name} ${suffix}`)]));
/** The most words a name of COMPANY_RUNS has. */
const MOST_COMPANY_WORDS = Math.max(...[...COMPANY_RUNS].map(wordCount));

/**
 * The companies a run names whole that compromise does not know (`Shopee`, `Grab Thailand`,
 * `Apple Inc.`), trimmed of punctuation as compromise's names are, or that it lists a space apart
 * with nothing else in it (`LINE YouTube`, a list whose `และ` stands before the last name only);
 * undefined for any other run. Offsets within the run.
 */
function companyIn(run: string): readonly EnglishEntity[] | undefined {
  const whole = run.replace(EDGE_PUNCTUATION, '');
  const at = run.indexOf(whole);
  if (COMPANY_RUNS.has(whole)) return [{ start: at, end: at + whole.length, label: 'ORGANIZATION' }];
  if (!whole.includes(' ')) return undefined;
  // the longest name at each word, every word in one
  const words = whole.split(' ');
  const names: EnglishEntity[] = [];
  let offset = at;
  for (let i = 0; i < words.length; ) {
    let n = Math.min(MOST_COMPANY_WORDS, words.length - i);
    while (n > 0 && !COMPANY_RUNS.has(words.slice(i, i + n).join(' '))) n--;
    if (n === 0) return undefined;
    const name = words.slice(i, i + n).join(' ');
    names.push({ start: offset, end: offset + name.length, label: 'ORGANIZATION' });
    offset += name.length + 1;
    i += n;
  }
  return names;
}

/** A Latin-script run of a text that may hold a name, as compromise is given it. */
export interface LatinRun {
  /** Where the run starts in the text (UTF-16). */
  index: number;
  run: string;
  /** Whether a count after the run was left out of it (TRAILING_NUMBER). */
  numbered: boolean;
}

/** The runs of `text` with a capital letter, as findEnglishEntities reads them: each one's text is a key of what compromise found. */
export function latinRunsIn(text: string): LatinRun[] {
  const runs: LatinRun[] = [];
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(text); m; m = LATIN_RUN.exec(text)) {
    if (m[0].length > MAX_RUN || !CAPITAL.test(m[0])) continue;
    const run = CLOSING_BRACKET.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) ? m[0] : m[0].replace(TRAILING_NUMBER, '');
    if (wordCount(run) > MAX_WORDS) continue;
    runs.push({ index: m.index, run, numbered: run.length < m[0].length });
  }
  return runs;
}

/** Reads runs in one compromise call and remembers what it found in each. */
function readRuns(runs: string[]): void {
  for (const [i, names] of readEnglishRuns(runs).entries()) found.set(runs[i], names);
}

/** The names compromise finds in each run (in one call) that are the whole run, trimmed; offsets within the run. */
export function readEnglishRuns(runs: string[]): EnglishEntity[][] {
  const starts: number[] = [];
  let length = 0;
  for (const run of runs) {
    starts.push(length);
    length += run.length + RUN_SEPARATOR.length;
  }
  // Thai news glues an English title to the name (`Mr.Kenji Tanaka`), which compromise then
  // reads as two words, the title's and a lone surname; with a space in place of the full
  // stop (same length, same offsets) it reads the whole name.
  const doc = compromise()(runs.map((run) => run.replace(GLUED_TITLE, '$1 ')).join(RUN_SEPARATOR));
  const names: EnglishEntity[][] = runs.map(() => []);
  const kinds: [CompromiseMatch, EnglishEntity['label']][] = [
    [doc.people(), 'PERSON'],
    [doc.places(), 'LOCATION'],
    [doc.organizations(), 'ORGANIZATION'],
  ];
  for (const [match, label] of kinds) {
    for (const { offset, terms } of match.json({ offset: true })) {
      // compromise calls any capitalised pair a person (`Bill Payment`, `Alma Pramac Racing`):
      // a person needs a word it knows as a given name, a surname or a title
      const knownWord = terms.some((t) => t.tags.some((tag) => PERSON_WORD_TAGS.has(tag)));
      // a word it knows as a person's and no surname alone may be the given name of a pair (`Taylor`);
      // a surname alone (`Suzuki`) names a team or a company as often
      const givenAlone = terms.length === 1 && terms[0].tags.includes('Person') && !terms[0].tags.includes('LastName');
      if (label === 'PERSON' && !knownWord && !givenAlone) continue;
      const i = runContaining(starts, offset.start);
      const run = runs[i];
      const start = offset.start - starts[i];
      // a match across the blank line holds more than its run: no whole-run name
      if (start + offset.length > run.length) continue;
      const raw = run.slice(start, start + offset.length);
      const lead = raw.length - raw.replace(LEADING_PUNCTUATION, '').length;
      const trimmed = raw.replace(EDGE_PUNCTUATION, '');
      const whole = run.replace(EDGE_PUNCTUATION, '');
      if (givenAlone && trimmed && trimmed !== whole && label === 'PERSON' && start + lead === run.indexOf(whole) && isGivenNameOfPair(trimmed, whole)) {
        names[i].push({ start: start + lead, end: start + lead + whole.length, label });
        continue;
      }
      if (!trimmed || trimmed !== whole || (label === 'PERSON' && !knownWord)) continue;
      names[i].push({ start: start + lead, end: start + lead + trimmed.length, label });
    }
  }
  return names;
}

/** Two capitalised words of letters alone, the whole run (`Taylor Swift`). */
const NAME_PAIR = /^(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+$/u;
/** Tags of a word that names a place, a body or a thing rather than a surname (`Jordan River`, `Ford Motor`). */
const NOT_A_SURNAME_TAGS = new Set(['Place', 'Organization', 'Verb', 'Adjective', 'Plural', 'Value', 'Date']);

/**
 * Whether compromise's person `given` is the first word of `pair`, two capitalised words, whose
 * second it left out though nothing says it is other than a surname (`Taylor` of `Taylor Swift`,
 * `Swift` an unknown proper noun): a given name and a surname, as news names stars.
 */
function isGivenNameOfPair(given: string, pair: string): boolean {
  if (NAME_PAIR.exec(pair)?.[1] !== given) return false;
  const [, surname] = (compromise()(pair) as unknown as CompromiseTerms).json()[0]?.terms ?? [];
  if (!surname) return false;
  return surname.tags.includes('ProperNoun') && !surname.tags.some((tag) => NOT_A_SURNAME_TAGS.has(tag));
}

interface CompromiseTerms {
  json(): { terms: { tags: string[] }[] }[];
}

/** The index of the run whose text holds `offset` (the last one starting at or before it). */
function runContaining(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
