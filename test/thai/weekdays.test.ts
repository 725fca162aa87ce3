import { WEEKDAY_PATTERN, weekdayFromName } from '../../src/thai/weekdays.js';

describe('Thai weekday names', () => {
  test.each([
    ['อาทิตย์', 0],
    ['วันจันทร์', 1],
    ['อังคาร', 2],
    ['วันพุธ', 3],
    ['พฤหัสบดี', 4],
    ['พฤหัส', 4],
    ['พฤหัสฯ', 4],
    ['ศุกร์', 5],
    ['วันเสาร์', 6],
  ])('%s is day %d of the week (Sunday 0)', (name, day) => {
    expect(weekdayFromName(name)).toBe(day);
  });

  test('the pattern takes the longest spelling', () => {
    expect(new RegExp(WEEKDAY_PATTERN).exec('วันพฤหัสบดีที่ 20')![0]).toBe('พฤหัสบดี');
    expect(new RegExp(WEEKDAY_PATTERN).exec('วันพฤหัสฯ ที่ 20')![0]).toBe('พฤหัสฯ');
  });

  test('other words are no weekday', () => {
    expect(weekdayFromName('วันที่')).toBeUndefined();
  });
});
