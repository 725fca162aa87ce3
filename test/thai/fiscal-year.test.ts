import { fiscalYearDays, fiscalYearOf } from '../../src/thai/fiscal-year.js';

describe('Thai fiscal years', () => {
  test('run from October to September since BE 2503, named by the year they end in', () => {
    expect(fiscalYearDays(2020)).toEqual({ start: { year: 2019, month: 10, day: 1 }, end: { year: 2020, month: 9, day: 30 } });
    expect(fiscalYearDays(1960)).toEqual({ start: { year: 1959, month: 10, day: 1 }, end: { year: 1960, month: 9, day: 30 } });
  });

  test('were calendar years before', () => {
    expect(fiscalYearDays(1959)).toEqual({ start: { year: 1959, month: 1, day: 1 }, end: { year: 1959, month: 12, day: 31 } });
  });

  test('a day falls in the fiscal year named by the year it ends in: from October, the next', () => {
    expect(fiscalYearOf({ year: 2024, month: 9, day: 30 })).toBe(2024);
    expect(fiscalYearOf({ year: 2024, month: 10, day: 1 })).toBe(2025);
    expect(fiscalYearOf({ year: 1955, month: 11, day: 1 })).toBe(1955);
  });
});
