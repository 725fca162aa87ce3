/** Character classes the parenthetical finder tests one character at a time. */
export const SPACE = /\s/u;
export const THAI_LETTER = /[\u0E01-\u0E4E]/u;
/** Characters a Thai word can start with: consonants and the vowels written before them. */
export const WORD_INITIAL = /[\u0E01-\u0E2E\u0E40-\u0E44]/u;

/*
 * The same tests on the UTF-16 unit at an index, for the loops that walk the text: they read
 * the unit instead of making a one-character string of it for a regular expression. Past either
 * end of the text, charCodeAt gives NaN, which is in no class.
 */

/** THAI_LETTER on `text[i]`. */
export function isThaiLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x0e01 && c <= 0x0e4e;
}

/** SPACE on `text[i]`: the characters of `\s`. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Where the spaces that end right before `end` start: `end` moved back over them. */
export function beforeSpaces(text: string, end: number): number {
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  return end;
}

/** Where the spaces that end right before `end` on its line start: `end` moved back over them, not over a line break. */
export function beforeSpacesOnLine(text: string, end: number): number {
  while (end > 0 && isSpaceAt(text, end - 1) && text[end - 1] !== '\n') end--;
  return end;
}

/** WORD_INITIAL on `text[i]`. */
export function isWordInitialAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x0e01 && c <= 0x0e2e) || (c >= 0x0e40 && c <= 0x0e44);
}
