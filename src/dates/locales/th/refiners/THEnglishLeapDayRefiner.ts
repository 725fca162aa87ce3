/**
 * An English 29 February without its year (`on February 29`, `29 Feb`) is a leap year's:
 * chrono gives it the year nearest the document and then drops it as a day that does not
 * exist (its UnlikelyFormatFilter), so this runs before chrono's English refiners and moves it
 * to the leap year before or after, as THYearlessDateRefiner does a Thai one. English gives no
 * words for a side here: either may have it, and at most one does.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isEnglish } from '../../../result-tags.js';
import { BOTH_SIDES, existsInItsYear, moveToLeapYear } from '../leap-day.js';

export default class THEnglishLeapDayRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (isEnglish(result) && result.start.isCertain('month') && !result.start.isCertain('year') && !existsInItsYear(result.start)) {
        moveToLeapYear(result, BOTH_SIDES);
      }
    }
    return results;
  }
}
