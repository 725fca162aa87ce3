/**
 * Parts of a year that business and economic news reports by: quarters (`ไตรมาส 3`, `ไตรมาสแรก`,
 * `Q3`, `3Q`), halves (`ครึ่งปีแรก`, `ครึ่งหลัง`, `H1`, `1H`) and a year's first or last months
 * (`9 เดือนแรก`, `4 เดือนหลัง`), each as the months it covers.
 */

/** Thai ordinal words after ไตรมาส or ครึ่งปี, as the part's number. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = { แรก: 1, หนึ่ง: 1, สอง: 2, สาม: 3, สี่: 4, หลัง: 2 };
/** `ไตรมาสสุดท้าย` is the fourth; `ครึ่งหลัง` the second. */
const LAST_WORD = 'สุดท้าย';

export const QUARTER_WORD_PATTERN = 'แรก|หนึ่ง|สอง|สาม|สี่|สุดท้าย';
export const HALF_WORD_PATTERN = 'แรก|หลัง';

export interface YearPart {
  /** First and last month (1–12). */
  firstMonth: number;
  lastMonth: number;
}

/** The months of quarter `n` (1–4). */
export function quarterMonths(n: number): YearPart {
  return { firstMonth: 3 * n - 2, lastMonth: 3 * n };
}

/** The months of half `n` (1–2). */
export function halfMonths(n: number): YearPart {
  return { firstMonth: 6 * n - 5, lastMonth: 6 * n };
}

/** The first `n` months of a year (`9 เดือนแรก`), or with `last` its last `n` (`4 เดือนหลัง`); 1 ≤ n ≤ 12. */
export function leadingMonths(n: number, last: boolean): YearPart | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 12) return undefined;
  return last ? { firstMonth: 13 - n, lastMonth: 12 } : { firstMonth: 1, lastMonth: n };
}

/** The number a quarter's or a half's word or digit names: `3`, `สาม`, `แรก`, `สุดท้าย` (the last of `count`). */
export function yearPartNumber(written: string, count: 2 | 4): number | undefined {
  if (written === LAST_WORD) return count;
  const n = /^\d$/.test(written) ? Number(written) : ORDINAL_WORDS[written];
  return n !== undefined && n >= 1 && n <= count ? n : undefined;
}

/** The words before ทศวรรษ or ยุค that name a part of a decade. */
export type DecadePartWord = 'ต้น' | 'กลาง' | 'ปลาย';

/**
 * The years of a part of a decade, from its first year: early (`ต้นทศวรรษ`) the first four,
 * mid (`กลาง`) the next three, late (`ปลาย`) the last three, as English's early, mid and late
 * 1980s are read; without a part, the ten.
 */
export function decadeYears(firstYear: number, part?: DecadePartWord): { first: number; last: number } {
  switch (part) {
    case 'ต้น':
      return { first: firstYear, last: firstYear + 3 };
    case 'กลาง':
      return { first: firstYear + 4, last: firstYear + 6 };
    case 'ปลาย':
      return { first: firstYear + 7, last: firstYear + 9 };
    default:
      return { first: firstYear, last: firstYear + 9 };
  }
}
