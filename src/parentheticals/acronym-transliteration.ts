import { LATIN_LETTER_NAMES } from '../thai/latin-letter-names.js';
import { THAI_LETTER } from './characters.js';

/**
 * Where a Thai spelling of `acronym`'s letters starts if `text` spells it out just before
 * `end` (UTF-16 index), or -1. Dots and spaces between the letter names are allowed.
 */
export function transliterationStart(text: string, end: number, acronym: string): number {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length < 2 || letters.length !== acronym.replace(/[^A-Za-z]/g, '').length) return -1;
  return matchFrom(text, end, letters, letters.length - 1);
}

function matchFrom(text: string, end: number, letters: string, index: number): number {
  if (index < 0) return end;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ') && index < letters.length - 1) end--;
  for (const name of LATIN_LETTER_NAMES[letters[index]]) {
    const start = end - name.length;
    if (start >= 0 && text.startsWith(name, start)) {
      const found = matchFrom(text, start, letters, index - 1);
      if (found >= 0) return found;
    }
  }
  return -1;
}

/**
 * The Thai consonants a Latin letter is written with when a short form is read as a word
 * (NASA นาซา, LiDAR ไลดาร์, SARS ซาร์ส). Vowels are written with marks, which are not compared.
 */
const LETTER_SOUNDS: Record<string, string> = {
  B: 'บพ',
  C: 'คกซสศ',
  D: 'ดต',
  F: 'ฟ',
  G: 'กจ',
  H: 'ฮห',
  J: 'จย',
  K: 'คก',
  L: 'ลร',
  M: 'ม',
  // ง for -ng and -nk (ซัมซุง, พิงก์).
  N: 'นณง',
  P: 'พปผ',
  Q: 'ค',
  R: 'ร',
  S: 'สซษศ',
  T: 'ทตธฐ',
  V: 'วฟ',
  W: 'ว',
  X: 'ซส',
  Y: 'ย',
  Z: 'ซส',
};
/** Pairs of Latin letters read as one sound. */
const DIGRAPH_SOUNDS: Record<string, string> = { CH: 'ชค', PH: 'ฟพ', TH: 'ทธตด', SH: 'ชซ', GH: 'ก', CK: 'คก', NG: 'ง' };
const LATIN_VOWELS = 'AEIOUY';
/** Letters that are often not sounded, or sounded as a vowel, in a Thai reading: LiDAR ไลดา(ร์), ASEAN อาเซียน. */
const SOMETIMES_SILENT = 'AEIOUYHRW';

/** Whether a Thai reading of `word` must sound one of its letters: one not of SOMETIMES_SILENT (every letter of Area may go unwritten). */
export function hasSoundedLetter(word: string): boolean {
  for (const letter of word.toUpperCase()) if (!SOMETIMES_SILENT.includes(letter)) return true;
  return false;
}
/** Thai consonants that carry or write a vowel (อ, เ-ีย, -ัว) rather than sound one of the letters: they stand for a Latin vowel. */
const VOWEL_CONSONANTS = 'อยว';
const VOWEL_CARRIER = 'อ';

/** A Thai consonant of a reading: silent under the killer mark, or อ writing a vowel after a consonant. */
interface ReadConsonant {
  letter: string;
  silent: boolean;
  vowel: boolean;
}
const THAI_CONSONANT = /[\u0E01-\u0E2E]/u;
const SILENT_MARK = '\u0E4C';

/**
 * Where a Thai reading of `acronym` as a word starts if `text` has one just before `end`
 * (UTF-16 index), or -1: every consonant of the Thai must stand for a letter of the short form,
 * in order, and every consonant letter of the short form must be sounded, bar silent ones.
 * `isWordStart` says where a reading may start; the longest reading is taken. Short forms of
 * fewer than three letters, and readings with fewer than two consonants in common, are too weak
 * to go by.
 */
export function pronunciationStart(text: string, end: number, acronym: string, isWordStart: (at: number) => boolean): number {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length < 3 || letters.length !== acronym.replace(/[^A-Za-z]/g, '').length) return -1;
  const consonants: ReadConsonant[] = [];
  // The longest reading wins: the segmenter may split one (เอ|เปค), and a word before it seldom reads as letters too.
  let start = -1;
  // Readings are short: a Thai syllable or two per letter at the most.
  for (let p = end - 1; p >= Math.max(0, end - 3 * letters.length - 4); p--) {
    const char = text[p];
    if (!THAI_LETTER.test(char)) break;
    if (THAI_CONSONANT.test(char))
      consonants.unshift({ letter: char, silent: text[p + 1] === SILENT_MARK, vowel: char === VOWEL_CARRIER && THAI_CONSONANT.test(text[p - 1] ?? '') });
    if (isWordStart(p) && consonants.length >= 2 && soundsLike(letters, consonants)) start = p;
  }
  return start;
}

/**
 * Raises `common[i * width + j]` to `count` inside the table (see soundsLike). A function of the
 * module: an arrow made per call of soundsLike, which runs for every parenthesis, is compiled over and over.
 */
function reachCell(common: Int32Array, lettersLength: number, width: number, i: number, j: number, count: number): void {
  if (i <= lettersLength && j < width && count > common[i * width + j]) common[i * width + j] = count;
}

/** Whether the Thai consonants can be read as the letters, with at least two sounded in common. */
function soundsLike(letters: string, consonants: readonly ReadConsonant[]): boolean {
  const width = consonants.length + 1;
  // common[i * width + j]: the most letters sounded in common when letters[0, i) are read as consonants[0, j); -1 when they cannot be.
  const common = new Int32Array((letters.length + 1) * width).fill(-1);
  common[0] = 0;
  for (let i = 0; i <= letters.length; i++) {
    for (let j = 0; j < width; j++) {
      const count = common[i * width + j];
      if (count < 0) continue;
      const thai = consonants[j];
      const latin = letters[i];
      if (thai?.silent) reachCell(common, letters.length, width, i, j + 1, count);
      // อ written right after a consonant writes a vowel (ออฟฟิศ for office, ฟอร์ม for form): no letter of its own.
      else if (thai?.vowel && j > 0) reachCell(common, letters.length, width, i, j + 1, count);
      if (latin === undefined) continue;
      if (SOMETIMES_SILENT.includes(latin) || letters[i + 1] === latin) reachCell(common, letters.length, width, i + 1, j, count);
      if (!thai) continue;
      // A consonant written twice closes one syllable and opens the next (สตรีมมิง for streaming, ฟิชชิง for phishing).
      const twice = consonants[j + 1]?.letter === thai.letter ? 1 : 0;
      if (LETTER_SOUNDS[latin]?.includes(thai.letter)) {
        reachCell(common, letters.length, width, i + 1, j + 1, count + 1);
        if (twice) reachCell(common, letters.length, width, i + 1, j + 2, count + 1);
      } else if (LATIN_VOWELS.includes(latin) && VOWEL_CONSONANTS.includes(thai.letter)) reachCell(common, letters.length, width, i + 1, j + 1, count);
      // Two letters read as one sound (TH ท, PH ฟ), and X read as two (กซ, แท็กซี่ for taxi).
      if (DIGRAPH_SOUNDS[letters.slice(i, i + 2)]?.includes(thai.letter)) {
        reachCell(common, letters.length, width, i + 2, j + 1, count + 1);
        if (twice) reachCell(common, letters.length, width, i + 2, j + 2, count + 1);
      }
      if (latin === 'X' && 'กค'.includes(thai.letter) && 'ซส'.includes(consonants[j + 1]?.letter ?? ''))
        reachCell(common, letters.length, width, i + 1, j + 2, count + 1);
    }
  }
  return common[letters.length * width + consonants.length] >= 2;
}
