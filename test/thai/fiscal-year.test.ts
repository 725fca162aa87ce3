import { fiscalYearDays } from '../../src/thai/fiscal-year.js';

describe('Thai fiscal years', () => {
  test('run from October to September since BE 2503, named by the year they end in', () => {
    expect(fiscalYearDays(2020)).toEqual({ start: { year: 2019, month: 10, day: 1 }, end: { year: 2020, month: 9, day: 30 } });
    expect(fiscalYearDays(1960)).toEqual({ start: { year: 1959, month: 10, day: 1 }, end: { year: 1960, month: 9, day: 30 } });
  });

  test('were calendar years before', () => {
    expect(fiscalYearDays(1959)).toEqual({ start: { year: 1959, month: 1, day: 1 }, end: { year: 1959, month: 12, day: 31 } });
  });
});
