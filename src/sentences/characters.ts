/**
 * Character tests the boundary cues need at the edges of a chunk. Each takes one code point
 * as a string; they are called a few times per space, never over the whole text.
 */
import { isThaiBlock, isThaiDigit } from '../thai/characters.js';

const LATIN_LETTER = /^\p{Script=Latin}$/u;
const DIGIT = /^\p{Nd}$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;

/** Any character of the Thai block. */
export function isThaiChar(c: string): boolean {
  return isThaiBlock(c.charCodeAt(0));
}

export function isLatinLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return code >= 0xc0 && LATIN_LETTER.test(c);
}

export function isUpperLatin(c: string): boolean {
  return isLatinLetter(c) && c !== c.toLowerCase();
}

export function isLowerLatin(c: string): boolean {
  return isLatinLetter(c) && c !== c.toUpperCase();
}

/** Any decimal digit, Arabic or Thai (๐-๙). */
export function isDigit(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 0x30 && code <= 0x39;
  return isThaiBlock(code) ? isThaiDigit(code) : DIGIT.test(c);
}

function isEmoji(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x1f1e6 && code <= 0x1f1ff) return true; // regional indicators: flags
  return code >= 0xa9 && !isThaiChar(c) && EMOJI.test(c);
}

/** Code points that only modify the emoji before them: ZWJ, variation selector, skin tones, keycap. */
function isEmojiModifier(code: number): boolean {
  return code === 0x200d || code === 0xfe0f || code === 0x20e3 || (code >= 0x1f3fb && code <= 0x1f3ff);
}

export function startsWithEmoji(text: string): boolean {
  return isEmoji(firstCodePoint(text));
}

/** Whether `text` ends with an emoji, skin tone and variation selectors included (👍🏽). */
export function endsWithEmoji(text: string): boolean {
  let end = text.length;
  for (;;) {
    const last = lastCodePoint(text.slice(0, end));
    if (last === '') return false;
    if (!isEmojiModifier(last.codePointAt(0)!)) return isEmoji(last);
    end -= last.length;
  }
}

/** A tab, an ideographic space or two spaces: Thai typists mark a sentence break with a wider space than a phrase break. */
export function isWideSpace(whitespace: string): boolean {
  return /[\t\u3000]|\s\s/.test(whitespace);
}

/** Whitespace that ends a paragraph or a line: such a gap always ends a sentence. */
export function hasLineBreak(whitespace: string): boolean {
  return /[\n\r\v\f\u0085\u2028\u2029]/.test(whitespace);
}

export function firstCodePoint(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

export function lastCodePoint(text: string): string {
  if (text === '') return '';
  const last = text.charCodeAt(text.length - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  return isLowSurrogate && text.length > 1 ? text.slice(-2) : text.slice(-1);
}
