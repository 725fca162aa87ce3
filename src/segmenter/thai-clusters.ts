/**
 * Thai Character Clusters (TCC): the units a Thai word boundary may never cut. A dependent
 * vowel or tone mark belongs to the consonant before it, a leading vowel to the consonant after
 * it, and some vowels need a following letter (ั, ึ, ื, the ย of เ-ีย, the อ of เ-ือ). These rules
 * hold for misspelt text too, so an unknown word is never cut into impossible pieces.
 */
import {
  MAI_HAN_AKAT,
  O_ANG,
  SARA_E,
  SARA_I,
  SARA_II,
  SARA_U,
  SARA_UE,
  SARA_UEE,
  THAI_BLOCK_START,
  THANTHAKHAT,
  YO_YAK,
  isDependentSign,
  isLeadingVowel,
  isThaiConsonant,
  isToneMark,
} from '../thai/characters.js';

// The classes as tables over the block (code point - U+0E00): the cluster rules run on every
// character of every Thai run, and a table lookup is the cheapest test.
const DEPENDENT = new Uint8Array(128);
const LEADING = new Uint8Array(128);
const CONSONANT = new Uint8Array(128);
const TONE = new Uint8Array(128);
/** ั, ึ and ื are always followed by a final letter in the same cluster. */
const NEEDS_FOLLOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const cp = THAI_BLOCK_START + c;
  DEPENDENT[c] = isDependentSign(cp) ? 1 : 0;
  LEADING[c] = isLeadingVowel(cp) ? 1 : 0;
  CONSONANT[c] = isThaiConsonant(cp) ? 1 : 0;
  TONE[c] = isToneMark(cp) ? 1 : 0;
  NEEDS_FOLLOWER[c] = cp === MAI_HAN_AKAT || cp === SARA_UE || cp === SARA_UEE ? 1 : 0;
}

/**
 * Marks in `breakable[0 .. end-start]` whether a word boundary may fall before each position of
 * the Thai run `text[start, end)` (1 = allowed). Position 0 and end-start are always allowed.
 * `breakable` must hold at least end-start+1 entries.
 */
export function markClusterBoundaries(text: string, start: number, end: number, breakable: Uint8Array): void {
  const n = end - start;
  breakable[0] = 1;
  breakable[n] = 1;
  for (let i = 1; i < n; i++) breakable[i] = canBreakBefore(text, start, end, start + i) ? 1 : 0;
}

/** The offset in the Thai block of the character at `i` (the runs hold Thai characters only). */
function at(text: string, i: number): number {
  return (text.charCodeAt(i) - THAI_BLOCK_START) & 0x7f;
}

function canBreakBefore(text: string, start: number, end: number, i: number): boolean {
  const c = at(text, i);
  if (DEPENDENT[c]) return false;
  const p = at(text, i - 1);
  if (LEADING[p]) return false;
  if (NEEDS_FOLLOWER[p]) return false;
  if (TONE[p] && i - 2 >= start && NEEDS_FOLLOWER[at(text, i - 2)]) return false;
  if (CONSONANT[c]) {
    // a silent consonant (กร์, ตร์, ธุ์) belongs to the letter before it
    if (i + 1 < end) {
      const n1 = text.charCodeAt(i + 1);
      if (n1 === THANTHAKHAT) return false;
      if (i + 2 < end) {
        const n2 = text.charCodeAt(i + 2);
        if (n2 === THANTHAKHAT && (isThaiConsonant(n1) || n1 === SARA_I || n1 === SARA_U)) return false;
      }
    }
    const cp = text.charCodeAt(i);
    if (cp === YO_YAK || cp === O_ANG) return !closesDiphthong(text, start, i, cp === O_ANG ? SARA_UEE : SARA_II);
  }
  return true;
}

/** Whether the ย (or อ) at `i` closes a เ-ีย (or เ-ือ) begun before it. */
function closesDiphthong(text: string, start: number, i: number, vowel: number): boolean {
  let j = i - 1;
  if (isToneMark(text.charCodeAt(j))) j--;
  if (j < start + 2 || text.charCodeAt(j) !== vowel) return false;
  j--; // the consonant carrying the vowel
  if (!isThaiConsonant(text.charCodeAt(j))) return false;
  if (text.charCodeAt(j - 1) === SARA_E) return true;
  return j - 2 >= start && isThaiConsonant(text.charCodeAt(j - 1)) && text.charCodeAt(j - 2) === SARA_E;
}

let marks = new Uint8Array(256);

/**
 * Drops the cuts of another engine (ascending absolute indices inside the run `text[start, end)`,
 * the last `end`) that would fall inside a cluster, so every engine keeps clusters whole.
 */
export function keepClusterCuts(text: string, start: number, end: number, cuts: number[]): number[] {
  if (end - start + 1 > marks.length) marks = new Uint8Array(2 * (end - start + 1));
  markClusterBoundaries(text, start, end, marks);
  return cuts.filter((cut) => marks[cut - start] === 1);
}
