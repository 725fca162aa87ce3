/**
 * The Thai government's fiscal year (ปีงบประมาณ): since BE 2503 it runs from 1 October to
 * 30 September and is named by the year it ends in; before that it was the calendar year.
 */
import type { CalendarDate } from './calendar.js';

/** The first fiscal year that ran from October (BE 2503, CE 1960). */
const FIRST_OCTOBER_FISCAL_YEAR_CE = 1960;

/** The first and last day of the fiscal year that ends in the Common-Era year `ce`. */
export function fiscalYearDays(ce: number): { start: CalendarDate; end: CalendarDate } {
  if (ce < FIRST_OCTOBER_FISCAL_YEAR_CE) return { start: { year: ce, month: 1, day: 1 }, end: { year: ce, month: 12, day: 31 } };
  return { start: { year: ce - 1, month: 10, day: 1 }, end: { year: ce, month: 9, day: 30 } };
}

/** The Common-Era year that names the fiscal year `date` falls in (October on: the next year's). */
export function fiscalYearOf(date: CalendarDate): number {
  return date.year >= FIRST_OCTOBER_FISCAL_YEAR_CE && date.month >= 10 ? date.year + 1 : date.year;
}
