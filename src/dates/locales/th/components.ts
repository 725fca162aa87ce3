/** Building chrono components from what a Thai parser read. */
import type { ParsingComponents, ParsingContext } from 'chrono-node';
import { addDays, addMonths, type CalendarDate } from '../../../thai/calendar.js';
import type { YearReading } from '../../../thai/eras.js';
import { tagYearReading } from '../../result-tags.js';

/** Components with the given day and month known, and the year when the text gives one. */
export function dateComponents(context: ParsingContext, known: { day?: number; month?: number }, year: YearReading | undefined): ParsingComponents {
  const components = context.createParsingComponents({ ...known });
  if (year) {
    components.assign('year', year.ce);
    tagYearReading(components, year);
  }
  return components;
}

/**
 * Components for a day of the written `year` whose Common-Era year is the day's own: the first
 * and last days of fiscal years and of the years that began on 1 April.
 */
export function dayOfYearComponents(context: ParsingContext, date: CalendarDate, year: YearReading): ParsingComponents {
  return dateComponents(context, { month: date.month, day: date.day }, year).assign('year', date.year);
}

/** Components for a date computed from the reference date (relative expressions). */
export function computedDateComponents(context: ParsingContext, date: CalendarDate, precision: 'day' | 'month' | 'year'): ParsingComponents {
  const components = context.createParsingComponents({ year: date.year });
  if (precision === 'year') return components.imply('month', 1).imply('day', 1);
  components.assign('month', date.month);
  if (precision === 'month') return components.imply('day', 1);
  return components.assign('day', date.day);
}

/** Units of relative expressions: `ปี` to the year, `เดือน` to the month, the rest (days, weeks) to the day. */
export type RelativeUnit = 'ปี' | 'เดือน' | 'สัปดาห์' | 'อาทิตย์' | 'วัน';

/** Components for the reference date moved by `amount` units (negative: back). */
export function shiftedDateComponents(context: ParsingContext, unit: RelativeUnit, amount: number): ParsingComponents {
  const reference = referenceDate(context);
  switch (unit) {
    case 'ปี':
      return computedDateComponents(context, { ...reference, year: reference.year + amount }, 'year');
    case 'เดือน':
      return computedDateComponents(context, { ...addMonths(reference, amount), day: 1 }, 'month');
    case 'วัน':
      return computedDateComponents(context, addDays(reference, amount), 'day');
    default:
      return computedDateComponents(context, addDays(reference, 7 * amount), 'day');
  }
}

/** The reference date (the document's publication date) as a calendar date. */
export function referenceDate(context: ParsingContext): CalendarDate {
  const reference = context.refDate;
  return { year: reference.getFullYear(), month: reference.getMonth() + 1, day: reference.getDate() };
}
