import { decadeYears, halfMonths, leadingMonths, quarterMonths, yearPartNumber } from '../../src/thai/year-parts.js';

describe('parts of a year', () => {
  test('a quarter and a half are their months', () => {
    expect([1, 2, 3, 4].map(quarterMonths)).toEqual([
      { firstMonth: 1, lastMonth: 3 },
      { firstMonth: 4, lastMonth: 6 },
      { firstMonth: 7, lastMonth: 9 },
      { firstMonth: 10, lastMonth: 12 },
    ]);
    expect([1, 2].map(halfMonths)).toEqual([
      { firstMonth: 1, lastMonth: 6 },
      { firstMonth: 7, lastMonth: 12 },
    ]);
  });

  test('the first or last n months of a year, for 1 to 12 months only', () => {
    expect(leadingMonths(9, false)).toEqual({ firstMonth: 1, lastMonth: 9 });
    expect(leadingMonths(4, true)).toEqual({ firstMonth: 9, lastMonth: 12 });
    expect(leadingMonths(12, true)).toEqual({ firstMonth: 1, lastMonth: 12 });
    expect([0, 13, 2.5].map((n) => leadingMonths(n, false))).toEqual([undefined, undefined, undefined]);
  });

  test('the number a digit or an ordinal word names, within the parts of a year', () => {
    expect(['3', 'สาม', 'แรก', 'สุดท้าย', '5'].map((w) => yearPartNumber(w, 4))).toEqual([3, 3, 1, 4, undefined]);
    expect(['หลัง', 'สุดท้าย', '3'].map((w) => yearPartNumber(w, 2))).toEqual([2, 2, undefined]);
  });
});

describe('parts of a decade', () => {
  test('early, mid and late cover the decade without overlap; no part is all ten years', () => {
    expect(decadeYears(1980)).toEqual({ first: 1980, last: 1989 });
    expect(decadeYears(1980, 'ต้น')).toEqual({ first: 1980, last: 1983 });
    expect(decadeYears(1980, 'กลาง')).toEqual({ first: 1984, last: 1986 });
    expect(decadeYears(1980, 'ปลาย')).toEqual({ first: 1987, last: 1989 });
  });
});
