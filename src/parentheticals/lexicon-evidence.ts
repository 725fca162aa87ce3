import { THAI_LETTER } from './characters.js';
import { THAI_ENGLISH_LEXICON } from './data/thai-english-lexicon.js';
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
