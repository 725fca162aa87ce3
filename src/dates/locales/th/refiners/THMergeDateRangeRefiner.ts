/**
 * Two dates, months or times joined by a range connector become one range:
 * `วันที่ 3 มีนาคม ถึงวันที่ 24 พฤษภาคม 2565`, `17 สิงหาคม – 19 กันยายน 2563`, `พ.ค. 57 - เม.ย. 59`,
 * `ธ.ค.61-ม.ค.62`, `ปลายเดือนมกราคมถึงต้นเดือนมีนาคม 2570` (the range keeps the whole months). A year or month written only once applies to both ends, and a start that
 * would fall after its end belongs to the year before (`26 ธ.ค. – 5 ม.ค. 2564`). Relative
 * expressions and fiscal years are never range ends, but a relative day opens a range to a date
 * (`ตั้งแต่วันนี้ถึงวันที่ 21 ส.ค. 68`, on sale from today).
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { copyYearReading, isDayWord, isEnglish, taggedKind } from '../../../result-tags.js';
import { GAP, PART_OF_PERIOD, RANGE_CONNECTOR } from '../constants.js';

const CONNECTOR = new RegExp(`^${GAP}${RANGE_CONNECTOR}${GAP}${PART_OF_PERIOD}?$`);

type Granularity = 'time' | 'day' | 'month' | 'year';

function granularity(components: ParsingComponents): Granularity {
  if (components.isOnlyTime()) return 'time';
  if (components.isCertain('day')) return 'day';
  return components.isCertain('month') ? 'month' : 'year';
}

function canBeRangeEnd(result: ParsingResult): boolean {
  return !result.end && !isEnglish(result) && taggedKind(result) === undefined;
}

/**
 * A day named by a word relative to the document's date (`วันนี้`, `พรุ่งนี้`), which may open a
 * range to a date (`วันนี้ถึงวันที่ 21 ส.ค.`); not a counted one (`เหลืออีก 8 วัน ถึงวันที่ 8`, days left until).
 */
function opensWithDayWord(result: ParsingResult): boolean {
  return !result.end && !isEnglish(result) && isDayWord(result.start);
}

export default class THMergeDateRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const range = previous && this.shouldMerge(context, previous, result) ? mergeRange(context, previous, result) : null;
      // a day word after the date it would run to is no range's start (the document's date is off, or the text means another day)
      if (range && !(opensWithDayWord(previous) && range.start.date() > range.end!.date())) merged[merged.length - 1] = range;
      else merged.push(result);
    }
    return merged;
  }

  private shouldMerge(context: ParsingContext, left: ParsingResult, right: ParsingResult): boolean {
    if (!(canBeRangeEnd(left) || opensWithDayWord(left)) || !canBeRangeEnd(right)) return false;
    if (granularity(left.start) !== granularity(right.start)) return false;
    return CONNECTOR.test(context.text.slice(left.index + left.text.length, right.index));
  }
}

/**
 * One range from its two ends: a year or month written only at one end applies to both, and a
 * start that would fall after its end belongs to the year before.
 */
export function mergeRange(context: ParsingContext, left: ParsingResult, right: ParsingResult): ParsingResult {
  // chrono's clone() drops tags, which carry the written years.
  const start = left.start.clone().addTags(left.start.tags());
  const end = right.start.clone().addTags(right.start.tags());
  for (const component of ['year', 'month'] as const) {
    if (!start.isCertain(component) && end.isCertain(component)) start.assign(component, end.get(component)!);
    if (!end.isCertain(component) && start.isCertain(component)) end.assign(component, start.get(component)!);
  }
  copyYearReading(right.start, start);
  copyYearReading(left.start, end);
  if (start.date() > end.date() && !left.start.isCertain('year') && start.isCertain('year')) {
    start.assign('year', start.get('year')! - 1);
  }
  return context.createParsingResult(left.index, right.index + right.text.length, start, end);
}
