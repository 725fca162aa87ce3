// Lexical evidence for the span finder, from the two tables of data/thai-english-lexicon.ts (derived
// by scripts/derive-paren-lexicon.ts from unlabelled parenthetical candidates): whether the English
// of a parenthesis translates the Thai word at a position (Dice associations, translationAt), and
// how much of the English each Thai word explains (IBM Model 1 probabilities, alignmentMass).
import { THAI_LETTER } from './characters.js';
import { THAI_ENGLISH_LEXICON, THAI_ENGLISH_PROBABILITIES } from './data/thai-english-lexicon.js';
import { englishKey } from './english-words.js';
import { OPTIONAL_HEAD_NOUNS, VERBS_BEFORE_NAMES } from './thai-vocabulary.js';
import type { WordBoundaries } from './word-boundaries.js';

/** Whether the English of a parenthesis translates a Thai word, by the derived lexicon. */
export type Translation = 'translated' | 'untranslated' | 'unknown';

const LONGEST_ENTRY = Math.max(...Array.from(THAI_ENGLISH_LEXICON.keys(), (k) => k.length));
/** The derived lexicon, with the hand-written translations of head nouns and verbs taking precedence. */
const TRANSLATIONS = new Map(Array.from(THAI_ENGLISH_LEXICON, ([thai, english]) => [thai, english.split(' ')]));
for (const [noun, english] of [...OPTIONAL_HEAD_NOUNS, ...VERBS_BEFORE_NAMES]) {
  TRANSLATIONS.set(noun, english.map(englishKey).filter((k): k is string => k !== null));
}

/**
 * Looks up the longest lexicon word that starts at `at` and ends at a word boundary: translated
 * when one of its English words is among `englishKeys`, untranslated when none is, unknown when
 * the lexicon does not have the word (most function words and rare words).
 */
export function translationAt(text: string, at: number, words: WordBoundaries, englishKeys: ReadonlySet<string>): Translation {
  for (let length = Math.min(LONGEST_ENTRY, text.length - at); length >= 2; length--) {
    const end = at + length;
    if (!words.isBoundary(end) && THAI_LETTER.test(text[end] ?? '')) continue;
    const translations = TRANSLATIONS.get(text.slice(at, end));
    if (translations) return translations.some((t) => englishKeys.has(t)) ? 'translated' : 'untranslated';
  }
  return 'unknown';
}

/** Model 1's p(English | Thai) per Thai word; the hand-written head nouns and verbs share 1 among their English words. */
const PROBABILITIES = new Map(
  Array.from(THAI_ENGLISH_PROBABILITIES, ([thai, entry]) => {
    const parts = entry.split(' ');
    const probabilities = new Map<string, number>();
    for (let i = 0; i + 1 < parts.length; i += 2) probabilities.set(parts[i], Number(parts[i + 1]));
    return [thai, probabilities];
  }),
);
for (const [noun, english] of [...OPTIONAL_HEAD_NOUNS, ...VERBS_BEFORE_NAMES]) {
  if (PROBABILITIES.has(noun)) continue;
  const keys = english.map(englishKey).filter((k): k is string => k !== null);
  PROBABILITIES.set(noun, new Map(keys.map((k) => [k, 1 / keys.length])));
}
const LONGEST_PROBABILITY_ENTRY = Math.max(...Array.from(PROBABILITIES.keys(), (k) => k.length));
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
  for (let q = from; q < to; q++) {
    if (!(q === from || words.isBoundary(q)) || !THAI_LETTER.test(text[q])) continue;
    for (let length = Math.min(LONGEST_PROBABILITY_ENTRY, to - q); length >= 2; length--) {
      const end = q + length;
      if (!words.isBoundary(end) && THAI_LETTER.test(text[end] ?? '')) continue;
      const probabilities = PROBABILITIES.get(text.slice(q, end));
      if (probabilities) {
        found.push({ at: q, probabilities });
        q = end - 1;
        break;
      }
    }
  }
  for (const key of englishKeys) {
    let total = NULL_PROBABILITY;
    for (const { probabilities } of found) total += probabilities.get(key) ?? 0;
    for (const { at, probabilities } of found) mass[at - from] += (probabilities.get(key) ?? 0) / total;
  }
  return mass;
}
