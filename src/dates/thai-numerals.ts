/**
 * Thai digits (๐–๙) and the number words that Thai clock times and relative expressions use.
 * Thai digits are single UTF-16 units, so replacing them one for one keeps every offset.
 */

const THAI_DIGIT = /[๐-๙]/g;

/** The text with Thai digits replaced by ASCII digits; same length, same offsets. */
export function toAsciiDigits(text: string): string {
  return text.replace(THAI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}

/** ASCII digits written back as Thai digits. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0e50 + Number(digit)));
}

/** Number words one to twelve; longer words first so that a pattern never stops inside one. */
const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['สิบเอ็ด', 11],
  ['สิบสอง', 12],
  ['หนึ่ง', 1],
  ['สอง', 2],
  ['สาม', 3],
  ['สี่', 4],
  ['ห้า', 5],
  ['หก', 6],
  ['เจ็ด', 7],
  ['แปด', 8],
  ['เก้า', 9],
  ['สิบ', 10],
];

/** A small count written in ASCII digits (after `toAsciiDigits`) or as a Thai word. */
export const SMALL_NUMBER_PATTERN = `(?:\\d{1,2}|${NUMBER_WORDS.map(([word]) => word).join('|')})`;

/** The value of a SMALL_NUMBER_PATTERN match. */
export function smallNumberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const entry = NUMBER_WORDS.find(([word]) => word === text);
  return entry ? entry[1] : NaN;
}
