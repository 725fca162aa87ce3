/**
 * Turns one chrono result into a date mention of the document format: its type, its value at
 * the expression's own precision, and how its years were written.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import { isValidDate } from '../thai/calendar.js';
import type { YearReading } from '../thai/eras.js';
import type { DateType, DateValue } from '../document/types.js';
import { isRelative, taggedKind, yearReadingOf } from './result-tags.js';
import { formatValue } from './value-format.js';

export interface DateReading {
  type: DateType;
  value: DateValue;
  /** The year of the start as written, its era and its Common-Era year. */
  year?: YearReading;
  /** The year of the end of a range, when the text writes one. */
  endYear?: YearReading;
  /** True when the value needs the document date and the document has none. */
  needsAnchor?: true;
}

function typeOf(result: ParsingResult): DateType {
  // a relative day opening a range to a date (`วันนี้ถึงวันที่ 21 ส.ค.`) makes a range all the same
  if (result.end && isRelative(result.start) && !isRelative(result.end)) return 'range';
  const kind = taggedKind(result);
  if (kind) return kind;
  const start = result.start;
  if (result.end) return start.isOnlyTime() && result.end.isOnlyTime() ? 'time' : 'range';
  if (start.isOnlyTime()) return 'time';
  if (start.isCertain('hour')) return 'datetime';
  if (start.isCertain('day')) return 'date';
  return start.isCertain('month') ? 'month' : 'year';
}

/**
 * A day that cannot exist (`31 ก.พ. 2562`). 29 February without its year is judged in the year
 * the document date gave it (none of the years around it a leap year: `29 ก.พ. นี้` in a
 * December 2025 article); with no document date, it passes.
 */
export function isImpossibleDate(components: ParsingComponents, anchored: boolean): boolean {
  if (!components.isCertain('day') || !components.isCertain('month')) return false;
  const month = components.get('month')!;
  const day = components.get('day')!;
  const year = components.isCertain('year') || anchored ? components.get('year')! : 2000;
  return !isValidDate({ year, month, day });
}

export function readResult(result: ParsingResult, anchored: boolean): DateReading {
  const type = typeOf(result);
  const relative = type === 'relative' || isRelative(result.start);
  const needsAnchor = !anchored && (relative || (!result.start.isCertain('year') && !result.start.isOnlyTime()));
  const reading: DateReading = { type, value: null };
  if (!(needsAnchor && relative)) {
    const start = formatValue(result.start, anchored);
    reading.value = result.end ? { start, end: formatValue(result.end, anchored) } : start;
  }
  const year = yearReadingOf(result.start);
  if (year) reading.year = year;
  const endYear = result.end ? yearReadingOf(result.end) : undefined;
  if (endYear && (!year || endYear.written !== year.written)) reading.endYear = endYear;
  if (needsAnchor) reading.needsAnchor = true;
  return reading;
}
