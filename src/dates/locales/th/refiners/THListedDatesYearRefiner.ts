/**
 * Dates listed before a date with its year share that year: `(19 มีนาคม และ 25 มิถุนายน 2562)`,
 * `5 ม.ค., 8 ก.พ. หรือ 3 มี.ค. 2563`. Without it the first dates take the year of the document
 * date, which is wrong whenever the list lies in another year. The months must not go back
 * (`ธันวาคม และ 5 มกราคม 2563` spans two years and is left alone).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isEnglish, taggedKind } from '../../../result-tags.js';
import { SPACE } from '../constants.js';

/** What stands between two listed dates; text taken from justified print may have long runs of spaces. */
const LIST_JOIN = new RegExp(`^${SPACE}*(?:,|และ|หรือ)${SPACE}*$`);

function isYearless(result: ParsingResult): boolean {
  return !isEnglish(result) && taggedKind(result) === undefined && result.start.isCertain('month') && !result.start.isCertain('year') && !result.end;
}

export default class THListedDatesYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    // from the last date back, so that a year passes along the whole list
    for (let i = results.length - 2; i >= 0; i--) {
      const [date, next] = [results[i], results[i + 1]];
      if (!isYearless(date) || isEnglish(next) || !next.start.isCertain('month') || !next.start.isCertain('year')) continue;
      if (!LIST_JOIN.test(context.text.slice(date.index + date.text.length, next.index))) continue;
      if (date.start.get('month')! > next.start.get('month')!) continue;
      date.start.assign('year', next.start.get('year')!);
    }
    return results;
  }
}
