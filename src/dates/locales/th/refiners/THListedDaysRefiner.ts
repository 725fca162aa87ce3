/**
 * Days listed before a date share its month and year: `วันที่ 4 และ 7 ก.ย.`, `วันที่ 12, 13 และ 14
 * ธ.ค. 2569`, `วันเสาร์ที่ 5 และวันอาทิตย์ที่ 6 ธ.ค.`. No parser reads `วันที่ 4` alone (it names no
 * month), so only the last day was found. A listed day becomes a date of its own; the list must open
 * with `ที่` (`วันที่`, `วันเสาร์ที่`) and count up, so that `อายุ 5 และ 6 ธ.ค.` lists nothing.
 * A night running into the next morning (`คืนวันที่ 4 ต่อเนื่องถึงเช้าวันที่ 5 ธ.ค.`) names its two
 * days the same way: the dates' annotators keep such days apart, not one range, as they do for
 * two full dates (`วันที่ 12 ส.ค. จนถึงรุ่งเช้าวันที่ 13 ส.ค.`). A run of days may be one of the
 * list (`วันที่ 4-5 และ 8 ธ.ค.`): it becomes a range of that month.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { WEEKDAY_PATTERN } from '../../../../thai/weekdays.js';
import { isEnglish, taggedKind } from '../../../result-tags.js';
import { GAP, PART_OF_DAY, RANGE_CONNECTOR } from '../constants.js';

/** How far before a date a list may start: `วันพฤหัสบดีที่ 10, 11, 12 และ ` is 30 characters. */
const LOOK_BEHIND = 60;
/**
 * One listed day, or a run of days (`4-5`), and the comma, conjunction or "on into the morning of"
 * after it, right before what follows.
 */
const LISTED_DAY = new RegExp(`(?<![\\d.:/])((\\d{1,2})(?:${GAP}[-–—~]${GAP}(\\d{1,2}))?)${GAP}(?:,|และ|หรือ|${RANGE_CONNECTOR}${GAP}${PART_OF_DAY})${GAP}$`);
/** What opens the list, right before its first day. */
const LIST_OPENING = new RegExp(`(?:วัน(?:${WEEKDAY_PATTERN})?)?ที่${GAP}$`);

/** A date, or a run of days in one month (`8-9 ธ.ค.`), that days listed before it share the month and year of. */
function canBeListed(result: ParsingResult): boolean {
  const { start, end } = result;
  if (isEnglish(result) || taggedKind(result) !== undefined || !start.isCertain('day') || !start.isCertain('month')) return false;
  return !end || (end.isCertain('day') && end.get('month') === start.get('month') && end.get('year') === start.get('year'));
}

export default class THListedDaysRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    let previousEnd = 0;
    for (const result of results) {
      if (canBeListed(result)) out.push(...this.listedBefore(context, result, previousEnd));
      out.push(result);
      previousEnd = result.index + result.text.length;
    }
    return out;
  }

  /** The days listed before `date`, in text order, none reaching back to `floor`. */
  private listedBefore(context: ParsingContext, date: ParsingResult, floor: number): ParsingResult[] {
    const from = Math.max(floor, date.index - LOOK_BEHIND);
    let before = context.text.slice(from, date.index);
    const days: { at: number; first: number; last: number; written: string }[] = [];
    let next = date.start.get('day')!;
    for (let match = LISTED_DAY.exec(before); match; match = LISTED_DAY.exec(before)) {
      // the day or the run of days as written, its first day and its last
      const [, written, firstDigits, lastDigits] = match;
      const first = Number(firstDigits);
      const last = lastDigits === undefined ? first : Number(lastDigits);
      if (first < 1 || (lastDigits !== undefined && first >= last) || last >= next) break;
      days.unshift({ at: from + match.index, first, last, written });
      next = first;
      before = before.slice(0, match.index);
    }
    const opening = days.length ? LIST_OPENING.exec(before) : null;
    if (!opening) return [];
    const dayOf = (day: number) => {
      const components = date.start.clone().addTags(date.start.tags());
      components.assign('day', day);
      components.delete('weekday');
      return components;
    };
    return days.map(({ at, first, last, written }, i) => {
      // The first day keeps the words that open the list: `วันที่ 4`, `วันเสาร์ที่ 5`.
      const start = i === 0 ? from + opening.index : at;
      const text = context.text.slice(start, at + written.length);
      return context.createParsingResult(start, text, dayOf(first), last === first ? undefined : dayOf(last));
    });
  }
}
