/** Thai number words from one to twelve, as clock times and relative expressions write them (`บ่าย 2 โมง`, `อีกสามวัน`). */

/** Longer words first, so that an alternation built from them never stops inside one (`สิบ` of `สิบสอง`). */
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

/** Any of the words, as a regular-expression alternation. */
export const NUMBER_WORD_PATTERN = `(?:${NUMBER_WORDS.map(([word]) => word).join('|')})`;

/** The value of a number word, or undefined. */
export function numberWordValue(word: string): number | undefined {
  return NUMBER_WORDS.find(([spelling]) => spelling === word)?.[1];
}

/**
 * The words any Thai number is spelt with (`สามสิบห้า`, `ครึ่ง`, `บาทเดียว`, one baht): the twelve
 * above and the rest: what tells an amount written in words from a word that is none.
 */
export const NUMBER_SPELLING_WORDS: readonly string[] = [
  ...NUMBER_WORDS.map(([word]) => word),
  'ศูนย์',
  'เอ็ด',
  'ยี่',
  'ร้อย',
  'พัน',
  'หมื่น',
  'แสน',
  'ล้าน',
  'ครึ่ง',
  'เดียว',
];
