/** Building chrono components from what a Thai parser read. */
import type { ParsingComponents, ParsingContext } from 'chrono-node';
import type { CalendarDate } from '../../calendar.js';
import type { YearReading } from '../../era.js';
import { tagYearReading } from '../../result-tags.js';

/** Components with the given day and month known, and the year when the text gives one. */
export function dateComponents(
  context: ParsingContext,
  known: { day?: number; month?: number },
  year: YearReading | undefined,
): ParsingComponents {
  const components = context.createParsingComponents({ ...known });
  if (year) {
    components.assign('year', year.ce);
    tagYearReading(components, year);
  }
  return components;
}

/** Components for a date computed from the reference date (relative expressions). */
export function computedDateComponents(
  context: ParsingContext,
  date: CalendarDate,
  precision: 'day' | 'month' | 'year',
): ParsingComponents {
  const components = context.createParsingComponents({ year: date.year });
  if (precision === 'year') return components.imply('month', 1).imply('day', 1);
  components.assign('month', date.month);
  if (precision === 'month') return components.imply('day', 1);
  return components.assign('day', date.day);
}

/** The reference date (the document's publication date) as a calendar date. */
export function referenceDate(context: ParsingContext): CalendarDate {
  const reference = context.refDate;
  return { year: reference.getFullYear(), month: reference.getMonth() + 1, day: reference.getDate() };
}
