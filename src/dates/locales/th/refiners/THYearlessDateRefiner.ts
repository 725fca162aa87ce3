/**
 * A date written without its year takes the year of the document date, unless the words
 * around it point the other way or the other year's occurrence lies close by: `เมื่อวันที่ 28
 * ธ.ค.` or `28 ธ.ค. ที่ผ่านมา` in a January article is last December; `5 ม.ค. ที่จะถึงนี้` in a
 * December article is next January. `นี้` alone says "this", not "coming": news writes `8-10
 * มิ.ย. นี้` and `เดือนมิถุนายนนี้` for days just gone, so it moves a date to next year only when
 * that occurrence is the nearer one. With no such word, a date of the year before or after is
 * meant only when it is within a season of the document (a December forecast's `2-5 ม.ค.`, a
 * January report's `28 ธ.ค.`): a February article's `จะจัดขึ้นในเดือนตุลาคม` is this October,
 * though last October is nearer.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { daysBetween, type CalendarDate } from '../../../../thai/calendar.js';
import { isEnglish, taggedKind } from '../../../result-tags.js';
import { referenceDate } from '../components.js';
import { GAP } from '../constants.js';
import { BACK, BOTH_SIDES, existsInItsYear, moveToLeapYear, NO_SIDE, ON, shiftYear } from '../leap-day.js';

const PAST_AFTER = new RegExp(`^${GAP}(?:ที่ผ่านมา|ที่แล้ว)`);
/** A date of every year (`5 ธันวาคมของทุกปี`) keeps the document's year, as a date in it. */
const EVERY_YEAR_AFTER = new RegExp(`^${GAP}(?:ของ${GAP})?ทุก${GAP}(?:ๆ${GAP})?ปี`);
const UPCOMING_AFTER = new RegExp(`^${GAP}ที่จะถึง`);
const THIS_AFTER = new RegExp(`^${GAP}นี้`);
const PAST_BEFORE = new RegExp(`เมื่อ${GAP}$`);
/** Beyond half a year back, next year's occurrence of a `นี้` date is the nearer one. */
const HALF_YEAR_DAYS = 183;
const YEAR_DAYS = 365;
/** How close an occurrence in the year before or after must be to be meant without a word saying so. */
const SEASON_DAYS = 92;

/** Days from the reference to the date; a month without its day counts from its days' range. */
function daysFromReference(start: ParsingComponents, reference: CalendarDate): number {
  const year = start.get('year')!;
  const month = start.get('month')!;
  if (start.isCertain('day')) return daysBetween(reference, { year, month, day: start.get('day')! });
  if (year === reference.year && month === reference.month) return 0;
  return daysBetween(reference, { year, month, day: 1 });
}

function endsBeforeStart(start: ParsingComponents, end: ParsingComponents): boolean {
  const key = (c: ParsingComponents) => (c.get('year')! * 13 + c.get('month')!) * 32 + (c.isCertain('day') ? c.get('day')! : 0);
  return end.isCertain('month') && key(end) < key(start);
}

export default class THYearlessDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const reference = referenceDate(context);
    for (const result of results) {
      const start = result.start;
      if (isEnglish(result) || taggedKind(result) || !start.isCertain('month') || start.isCertain('year')) continue;
      const days = daysFromReference(start, reference);
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 15);
      const before = context.text.slice(Math.max(0, result.index - 8), result.index);
      let years: number;
      let leapYearSides = BOTH_SIDES;
      if (EVERY_YEAR_AFTER.test(after)) [years, leapYearSides] = [0, NO_SIDE];
      else if (PAST_AFTER.test(after) || PAST_BEFORE.test(before)) [years, leapYearSides] = [days > 0 ? -1 : 0, BACK];
      else if (UPCOMING_AFTER.test(after)) [years, leapYearSides] = [days < 0 ? 1 : 0, ON];
      else if (THIS_AFTER.test(after) && days < -HALF_YEAR_DAYS) years = 1;
      else years = days + YEAR_DAYS <= SEASON_DAYS ? 1 : YEAR_DAYS - days <= SEASON_DAYS ? -1 : 0;
      if (years !== 0) {
        shiftYear(start, years);
        if (result.end && !result.end.isCertain('year')) shiftYear(result.end, years);
      }
      // a yearless range that runs over the new year (`ธันวาคมถึงกุมภาพันธ์`, `28 ธ.ค. - 3 ม.ค.`) ends in the next
      if (result.end && !result.end.isCertain('year') && endsBeforeStart(start, result.end)) shiftYear(result.end, 1);
      if (!existsInItsYear(start) || (result.end && !existsInItsYear(result.end))) moveToLeapYear(result, leapYearSides);
    }
    return results;
  }
}
