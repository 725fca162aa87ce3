/**
 * A date written without its year takes the year of the document date, unless the words
 * around it point the other way: `เมื่อวันที่ 28 ธ.ค.` or `28 ธ.ค. ที่ผ่านมา` in a January
 * article is last December; `5 ม.ค. นี้` in a December article is next January.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isEnglish, taggedKind } from '../../../result-tags.js';
import { referenceDate } from '../components.js';
import { GAP } from '../constants.js';

const PAST_AFTER = new RegExp(`^${GAP}(?:ที่ผ่านมา|ที่แล้ว)`);
const FUTURE_AFTER = new RegExp(`^${GAP}(?:นี้|ที่จะถึง)`);
const PAST_BEFORE = new RegExp(`เมื่อ${GAP}$`);

function shiftYear(components: ParsingComponents, years: number): void {
  components.imply('year', components.get('year')! + years);
}

export default class THYearlessDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const reference = referenceDate(context);
    const referenceKey = reference.year * 10000 + reference.month * 100 + reference.day;
    for (const result of results) {
      const start = result.start;
      if (isEnglish(result) || taggedKind(result) || !start.isCertain('month') || start.isCertain('year')) continue;
      const key = start.get('year')! * 10000 + start.get('month')! * 100 + (start.isCertain('day') ? start.get('day')! : 1);
      const after = context.text.slice(result.index + result.text.length, result.index + result.text.length + 15);
      const before = context.text.slice(Math.max(0, result.index - 8), result.index);
      let years = 0;
      if ((PAST_AFTER.test(after) || PAST_BEFORE.test(before)) && key > referenceKey) years = -1;
      else if (FUTURE_AFTER.test(after) && key < referenceKey) years = 1;
      if (years === 0) continue;
      shiftYear(start, years);
      if (result.end && !result.end.isCertain('year')) shiftYear(result.end, years);
    }
    return results;
  }
}
