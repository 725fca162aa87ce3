import { halfMonths, leadingMonths, quarterMonths, yearPartNumber } from '../../src/thai/year-parts.js';

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
