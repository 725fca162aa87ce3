import { beforeSpacesOnLine, isThaiLetterAt } from './characters.js';
import { NOMINALISERS } from './thai-vocabulary.js';
import type { WordBoundaries } from './word-boundaries.js';

/** Longest word looked at, in UTF-16 units: past it the segmenter has met no word it knows. */
const MAX_WORD = 24;

/** Where the Thai word that starts at `at` ends: the next word boundary or non-Thai character. */
function wordEnd(text: string, at: number, words: WordBoundaries): number {
  let end = at + 1;
  while (end < text.length && end - at < MAX_WORD && !words.isBoundary(end) && isThaiLetterAt(text, end)) end++;
  return end;
}

/** The Thai word (as the segmenter cut it) that starts at `at`; '' when no Thai letter is there. */
export function wordAt(text: string, at: number, words: WordBoundaries): string {
  return isThaiLetterAt(text, at) ? text.slice(at, wordEnd(text, at, words)) : '';
}

/**
 * The word a term starting at `at` opens with. A nominaliser counts with the word it makes a noun
 * of (`การ|ผลิต` is การผลิต): alone, การ says nothing about where a term starts.
 */
export function firstWordAt(text: string, at: number, words: WordBoundaries): string {
  if (!isThaiLetterAt(text, at)) return '';
  const end = wordEnd(text, at, words);
  const word = text.slice(at, end);
  return NOMINALISERS.includes(word) && isThaiLetterAt(text, end) ? text.slice(at, wordEnd(text, end, words)) : word;
}

/** The Thai word that ends right before `at`, across spaces; '' when none does. */
export function wordBefore(text: string, at: number, words: WordBoundaries): string {
  const end = beforeSpacesOnLine(text, at);
  let start = end;
  while (start > 0 && end - start < MAX_WORD && isThaiLetterAt(text, start - 1)) {
    start--;
    if (words.isBoundary(start)) break;
  }
  return text.slice(start, end);
}
