/**
 * A date or month without its year, followed by a year relative to the document date, is one
 * expression: `เดือนพ.ย. ปีที่แล้ว` (November of last year), `5 ม.ค. ปีหน้า`, `มีนาคมปีนี้`.
 * The result resolves against the document date like every relative expression.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isEnglish, isRelative, tagKind, taggedKind } from '../../../result-tags.js';
import { GAP } from '../constants.js';

const ADJACENT = new RegExp(`^${GAP}$`);

function isYearlessDate(result: ParsingResult): boolean {
  const start = result.start;
  return !result.end && !isEnglish(result) && !taggedKind(result) && start.isCertain('month') && !start.isCertain('year') && !start.isCertain('hour');
}

/** A relative expression that names a year and nothing finer (`ปีที่แล้ว`, `ปีหน้า`). */
function isRelativeYear(result: ParsingResult): boolean {
  return !result.end && !isEnglish(result) && isRelative(result.start) && result.start.isCertain('year') && !result.start.isCertain('month');
}

export default class THMergeRelativeYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : '';
      if (previous && isYearlessDate(previous) && isRelativeYear(result) && ADJACENT.test(between)) {
        const start = previous.start.clone().addTags(previous.start.tags()).assign('year', result.start.get('year')!);
        merged[merged.length - 1] = context.createParsingResult(previous.index, result.index + result.text.length, tagKind(start, 'relative'));
      } else {
        merged.push(result);
      }
    }
    return merged;
  }
}
