import { pronunciationStart } from './acronym-transliteration.js';
import { THAI_LETTER } from './characters.js';
import type { WordBoundaries } from './word-boundaries.js';

/**
 * Shortest Thai reading after a parenthesis, in UTF-16 units, that is taken for a reading: the
 * letter-sound match is loose, and a short Thai word reads like a short English one by chance.
 */
const MIN_READING = 5;

/**
 * Whether the Thai right after the parenthesis ending at `close` (UTF-16, the index of `)`),
 * past one space at most, begins with a Thai reading of `word` that ends at a word boundary and
 * is not one dictionary word:
 * `ไมเคิล คีตัน จาก (Birdman) เบิร์ดแมน`. The English then names what follows the parenthesis
 * (a title, a name written after its original), and the Thai before it glosses nothing.
 */
export function isReadAfter(text: string, close: number, word: string, words: WordBoundaries): boolean {
  let start = close + 1;
  if (text[start] === ' ') start++;
  if (!THAI_LETTER.test(text[start] ?? '')) return false;
  let end = start;
  // A reading is a syllable or two per letter at the most (pronunciationStart looks as far).
  const limit = Math.min(text.length, start + 3 * word.length + 4);
  while (end < limit && THAI_LETTER.test(text[end])) end++;
  for (let at = end; at >= start + MIN_READING; at--) {
    if (!words.isBoundary(at) || !splitInside(start, at, words)) continue;
    if (pronunciationStart(text, at, word, (p) => p === start) === start) return true;
  }
  return false;
}

/**
 * Whether the segmenter cut the stretch: a reading of a foreign word is seldom in the
 * dictionary, while a Thai word that happens to sound like its letters is one word (ได้แก่ is
 * no reading of Reduce).
 */
function splitInside(start: number, end: number, words: WordBoundaries): boolean {
  for (let at = start + 1; at < end; at++) if (words.isBoundary(at)) return true;
  return false;
}
