import { addDays, addMonths, daysBetween, isValidDate, isoDate, isoWeek, weekday } from '../../src/thai/calendar.js';

describe('calendar arithmetic', () => {
  test('days and months across year ends and leap days', () => {
    expect(addDays({ year: 2019, month: 12, day: 31 }, 1)).toEqual({ year: 2020, month: 1, day: 1 });
    expect(addDays({ year: 2020, month: 3, day: 1 }, -1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(daysBetween({ year: 2019, month: 1, day: 1 }, { year: 2020, month: 1, day: 1 })).toBe(365);
    expect(daysBetween({ year: 2020, month: 1, day: 1 }, { year: 2019, month: 1, day: 1 })).toBe(-365);
    expect(addMonths({ year: 2019, month: 11, day: 30 }, 3)).toEqual({ year: 2020, month: 2 });
    expect(addMonths({ year: 2019, month: 1, day: 15 }, -1)).toEqual({ year: 2018, month: 12 });
  });

  test('weekdays, Sunday 0', () => {
    expect(weekday({ year: 2019, month: 6, day: 20 })).toBe(4);
    expect(weekday({ year: 1938, month: 1, day: 5 })).toBe(3);
  });

  test('valid dates', () => {
    expect(isValidDate({ year: 2020, month: 2, day: 29 })).toBe(true);
    expect(isValidDate({ year: 2019, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 1900, month: 2, day: 29 })).toBe(false);
    expect(isValidDate({ year: 2019, month: 4, day: 31 })).toBe(false);
    expect(isValidDate({ year: 2019, month: 13, day: 1 })).toBe(false);
    expect(isValidDate({ year: 2019, month: 1, day: 0 })).toBe(false);
  });

  test('ISO weeks belong to the year of their Thursday', () => {
    expect(isoWeek({ year: 2020, month: 12, day: 31 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2021, month: 1, day: 4 })).toEqual({ year: 2021, week: 1 });
    expect(isoWeek({ year: 2019, month: 12, day: 30 })).toEqual({ year: 2020, week: 1 });
  });

  test('ISO dates are zero-padded', () => {
    expect(isoDate({ year: 938, month: 1, day: 5 })).toBe('0938-01-05');
    expect(isoDate({ year: 2019, month: 6, day: 20 })).toBe('2019-06-20');
  });
});
