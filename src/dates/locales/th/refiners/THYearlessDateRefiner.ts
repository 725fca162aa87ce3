/**
 * A date written without its year takes the year of the document date, unless the words
 * around it point the other way: `เมื่อวันที่ 28 ธ.ค.` or `28 ธ.ค. ที่ผ่านมา` in a January
 * article is last December; `5 ม.ค. ที่จะถึงนี้` in a December article is next January.
 * `นี้` alone says "this", not "coming": news writes `8-10 มิ.ย. นี้` and `เดือนมิถุนายนนี้` for
 * days just gone, so it moves a date to next year only when that occurrence is the nearer one.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { daysBetween, type CalendarDate } from '../../../../thai/calendar.js';
import { isEnglish, taggedKind } from '../../../result-tags.js';
import { referenceDate } from '../components.js';
import { GAP } from '../constants.js';

const PAST_AFTER = new RegExp(`^${GAP}(?:ที่ผ่านมา|ที่แล้ว)`);
const UPCOMING_AFTER = new RegExp(`^${GAP}ที่จะถึง`);
const THIS_AFTER = new RegExp(`^${GAP}นี้`);
const PAST_BEFORE = new RegExp(`เมื่อ${GAP}$`);
/** Beyond half a year back, next year's occurrence of a `นี้` date is the nearer one. */
const HALF_YEAR_DAYS = 183;

function shiftYear(components: ParsingComponents, years: number): void {
  components.imply('year', components.get('year')! + years);
}

/** Days from the reference to the date; a month without its day counts from its days' range. */
function daysFromReference(start: ParsingComponents, reference: CalendarDate): number {
  const year = start.get('year')!;
  const month = start.get('month')!;
  if (start.isCertain('day')) return daysBetween(reference, { year, month, day: start.get('day')! });
  if (year === reference.year && month === reference.month) return 0;
  return daysBetween(reference, { year, month, day: 1 });
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
      let years = 0;
      if ((PAST_AFTER.test(after) || PAST_BEFORE.test(before)) && days > 0) years = -1;
      else if (UPCOMING_AFTER.test(after) && days < 0) years = 1;
      else if (THIS_AFTER.test(after) && days < -HALF_YEAR_DAYS) years = 1;
      if (years === 0) continue;
      shiftYear(start, years);
      if (result.end && !result.end.isCertain('year')) shiftYear(result.end, years);
    }
    return results;
  }
}
