// Lexical evidence for the span finder, from the two tables of data/thai-english-lexicon.json (derived
// by scripts/derive-paren-lexicon.ts from unlabelled parenthetical candidates): whether the English
// of a parenthesis translates the Thai word at a position (Dice associations, translationAt), and
// how much of the English each Thai word explains (IBM Model 1 probabilities, alignmentMass).
// Common words of news the lexicon lacks (common-translations.ts, written by hand) add evidence of a
// translation only.
import { isSpaceAt, isThaiLetterAt } from './characters.js';
import { englishKey } from './english-words.js';
import { loadThaiEnglishLexicon } from './shipped-data.js';
import { COMMON_TRANSLATIONS } from './common-translations.js';
import { NAME_HEAD_ENGLISH, OPTIONAL_HEAD_NOUNS, RANK_WORD_ENGLISH, VERBS_BEFORE_NAMES } from './thai-vocabulary.js';
import type { WordBoundaries } from './word-boundaries.js';

/** Whether the English of a parenthesis translates a Thai word, by the derived lexicon. */
export type Translation = 'translated' | 'untranslated' | 'unknown';

/**
 * Thai words and what is known of each, with the lengths of the words (of two units or more) that
 * open with each pair of units, longest first: a lookup at a position tries only those lengths.
 */
interface WordTable<T> {
  entries: ReadonlyMap<string, T>;
  lengthsByOpening: ReadonlyMap<number, readonly number[]>;
}

/** The first two UTF-16 units at `at`, as one number (NaN past the end of the text). */
const openingAt = (text: string, at: number): number => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

function wordTable<T>(entries: ReadonlyMap<string, T>): WordTable<T> {
  const lengths = new Map<number, Set<number>>();
  for (const word of entries.keys()) {
    if (word.length < 2) continue;
    const opening = openingAt(word, 0);
    lengths.set(opening, (lengths.get(opening) ?? new Set()).add(word.length));
  }
  const lengthsByOpening = new Map(Array.from(lengths, ([opening, set]) => [opening, [...set].sort((a, b) => b - a)] as const));
  return { entries, lengthsByOpening };
}

/** The longest word of `table` that starts at `at` and ends at a word boundary no later than `limit`. */
function longestEntryAt<T>(text: string, at: number, limit: number, words: WordBoundaries, table: WordTable<T>): { end: number; value: T } | null {
  for (const length of table.lengthsByOpening.get(openingAt(text, at)) ?? []) {
    if (length > limit - at) continue;
    const end = at + length;
    if (!words.isBoundary(end) && isThaiLetterAt(text, end)) continue;
    const value = table.entries.get(text.slice(at, end));
    if (value !== undefined) return { end, value };
  }
  return null;
}

const HAND_WRITTEN = Array.from(
  [...OPTIONAL_HEAD_NOUNS, ...VERBS_BEFORE_NAMES, ...NAME_HEAD_ENGLISH, ...RANK_WORD_ENGLISH],
  ([thai, english]) => [thai, english.map(englishKey).filter((k): k is string => k !== null)] as const,
);

let translations: WordTable<readonly string[]> | null = null;
/** The derived lexicon, with the hand-written translations of head nouns and verbs taking precedence. */
const translationTable = (): WordTable<readonly string[]> =>
  (translations ??= wordTable(
    new Map<string, readonly string[]>([
      ...Object.entries(loadThaiEnglishLexicon().dice).map(([thai, english]) => [thai, english.split(' ')] as const),
      ...HAND_WRITTEN,
    ]),
  ));

let commonWords: WordTable<readonly string[]> | null = null;
/**
 * The common words of news (common-translations.ts) that the derived lexicon has in neither
 * table: where it has a word, its senses were read off news, and mixing the two moved terms
 * it found right (เสนอขายหุ้นต่อประชาชน…, Initial Public Offering, once ประชาชน said public).
 */
const commonTable = (): WordTable<readonly string[]> => {
  if (commonWords) return commonWords;
  const { dice, model1 } = loadThaiEnglishLexicon();
  const missing: [string, string[]][] = [];
  for (const [thai, english] of COMMON_TRANSLATIONS) {
    if (thai in dice || thai in model1) continue;
    missing.push([thai, english.map(englishKey).filter((k): k is string => k !== null)]);
  }
  return (commonWords = wordTable(new Map(missing)));
};

/**
 * Whether the longest common word that starts at `at` has one of `englishKeys` among its senses. Evidence
 * for a translation only: the list gives a word's usual senses, not every English a term may
 * render it with, so a word it has that matches none says nothing.
 */
function commonWordTranslatesAt(text: string, at: number, words: WordBoundaries, englishKeys: ReadonlySet<string>): boolean {
  const entry = longestEntryAt(text, at, text.length, words, commonTable());
  return entry?.value.some((k) => englishKeys.has(k)) ?? false;
}

/** Whether the common word `word` has one of `englishKeys` among its senses. */
function commonWordTranslates(word: string, englishKeys: ReadonlySet<string>): boolean {
  return (
    commonTable()
      .entries.get(word)
      ?.some((k) => englishKeys.has(k)) ?? false
  );
}

/**
 * Looks up the longest lexicon word that starts at `at` and ends at a word boundary: translated
 * when one of its English words is among `englishKeys` (or a common word's sense is), untranslated
 * when none is, unknown when the lexicon does not have the word (most function words and rare words).
 */
export function translationAt(text: string, at: number, words: WordBoundaries, englishKeys: ReadonlySet<string>): Translation {
  if (commonWordTranslatesAt(text, at, words, englishKeys)) return 'translated';
  const entry = longestEntryAt(text, at, text.length, words, translationTable());
  if (!entry) return 'unknown';
  return entry.value.some((t) => englishKeys.has(t)) ? 'translated' : 'untranslated';
}

/**
 * Model 1's p(English | Thai) per Thai word. The hand-written head nouns and verbs only fill its
 * gaps, sharing 1 among their English words: where Model 1 has a word, its estimate says how
 * strongly the word claims each English word against its neighbours, which the lists cannot.
 */
let probabilities: WordTable<ReadonlyMap<string, number>> | null = null;
const probabilityTable = (): WordTable<ReadonlyMap<string, number>> =>
  (probabilities ??= wordTable(
    new Map<string, ReadonlyMap<string, number>>([
      ...HAND_WRITTEN.map(([thai, keys]) => [thai, new Map(keys.map((k) => [k, 1 / keys.length]))] as const),
      ...Object.entries(loadThaiEnglishLexicon().model1).map(([thai, entry]) => {
        const parts = entry.split(' ');
        const probabilities = new Map<string, number>();
        for (let i = 0; i + 1 < parts.length; i += 2) probabilities.set(parts[i], Number(parts[i + 1]));
        return [thai, probabilities] as const;
      }),
    ]),
  ));

/** Model 1's p(English | Thai) from which a word counts as translating an English word. */
const MIN_TRANSLATION_PROBABILITY = 0.2;

/**
 * Whether the word at `at` translates the English word `key`, by Model 1: unlike the Dice
 * lexicon, which also pairs words that only sit beside each other (เคลื่อน with `unit`, from
 * หน่วยแพทย์เคลื่อนที่), alignment makes the words of a window compete for each English word.
 */
export function translatesKey(text: string, at: number, words: WordBoundaries, key: string): boolean {
  return (longestEntryAt(text, at, text.length, words, probabilityTable())?.value.get(key) ?? 0) >= MIN_TRANSLATION_PROBABILITY;
}

/**
 * What says that the word at `at` translates the English word `key`: Model 1 (`table`, as
 * translatesKey), else a common word of news the tables lack, no shorter than their word there
 * (`common`: รหัสผ่าน for Password, where the tables have only รหัส, a code); null when neither does.
 * One lookup of each table, for the span finder's head noun.
 */
export function keyTranslationAt(text: string, at: number, words: WordBoundaries, key: string): 'table' | 'common' | null {
  const entry = longestEntryAt(text, at, text.length, words, probabilityTable());
  if ((entry?.value.get(key) ?? 0) >= MIN_TRANSLATION_PROBABILITY) return 'table';
  const common = longestEntryAt(text, at, text.length, words, commonTable());
  return common?.value.includes(key) && (entry === null || common.end >= entry.end) ? 'common' : null;
}

/** p(English | NULL) for every English word: what the Thai before the parenthesis may leave untranslated. */
const NULL_PROBABILITY = 0.1;

/**
 * How much of the English each position of [from, to) explains, as in IBM Model 1: each English
 * key is shared among the table's Thai words of the stretch (read left to right, longest first)
 * and NULL, in proportion to p(key | word), and each word start gets the sum of its shares. A word
 * that often sits beside a translation gets little when the translation is there too (กระทรวง
 * next to รัฐมนตรี for `Minister`). The shares of a key add up to at most 1.
 */
export function alignmentMass(text: string, from: number, to: number, words: WordBoundaries, englishKeys: ReadonlySet<string>): Float64Array {
  const mass = new Float64Array(to - from);
  if (!englishKeys.size) return mass;
  const found: { at: number; probabilities: ReadonlyMap<string, number> }[] = [];
  let q = from;
  while (q < to) {
    const entry = (q === from || words.isBoundary(q)) && isThaiLetterAt(text, q) ? longestEntryAt(text, q, to, words, probabilityTable()) : null;
    if (entry) found.push({ at: q, probabilities: entry.value });
    q = entry ? entry.end : q + 1;
  }
  for (const key of englishKeys) {
    let total = NULL_PROBABILITY;
    for (const { probabilities } of found) total += probabilities.get(key) ?? 0;
    for (const { at, probabilities } of found) mass[at - from] += (probabilities.get(key) ?? 0) / total;
  }
  return mass;
}

/**
 * The English words Model 1 says the lexicon word at `at` translates (p ≥ 0.2), and where that
 * word ends; null where the table has no word there.
 */
export function translationsAt(text: string, at: number, limit: number, words: WordBoundaries): { end: number; english: string[] } | null {
  const entry = longestEntryAt(text, at, limit, words, probabilityTable());
  if (!entry) return null;
  const english = [...entry.value].filter(([, p]) => p >= MIN_TRANSLATION_PROBABILITY).map(([key]) => key);
  return { end: entry.end, english };
}

/** Longest lexicon word looked for ending at a position, in UTF-16 units. */
const MAX_WORD_BEFORE = 24;

/**
 * What the lexicon says of the Thai word written right before `end` (the longest table word that
 * starts at a word boundary and ends there), as translationAt does of the word at a position;
 * unknown where the table has none or a space comes first.
 */
export function translationEndingAt(text: string, end: number, words: WordBoundaries, englishKeys: ReadonlySet<string>): Translation {
  const table = translationTable();
  // a word ends at `end` after the last white space before it
  let from = Math.max(0, end - MAX_WORD_BEFORE);
  for (let at = end - 1; at >= from; at--) {
    if (isSpaceAt(text, at)) {
      from = at + 1;
      break;
    }
  }
  for (let at = from; at < end - 1; at++) {
    if (!isThaiLetterAt(text, at) || (at > 0 && isThaiLetterAt(text, at - 1) && !words.isBoundary(at))) continue;
    const word = text.slice(at, end);
    if (commonWordTranslates(word, englishKeys)) return 'translated';
    const value = table.entries.get(word);
    if (value !== undefined) return value.some((t) => englishKeys.has(t)) ? 'translated' : 'untranslated';
  }
  return 'unknown';
}
