/**
 * The Thai locale for chrono-node, built the way chrono's own locales are: Thai parsers and
 * refiners, plus chrono's English casual parsers and refiners for the English in Thai text.
 * Parsers read digits as ASCII: callers replace Thai digits first (`toAsciiDigits`), which
 * keeps every offset.
 */
import type { Parser, Refiner } from 'chrono-node';
import { Chrono, casual as englishCasual } from 'chrono-node/en';
import { englishOnly, latinOnly } from './english-guard.js';
import THCasualDateParser from './parsers/THCasualDateParser.js';
import THClockWordTimeParser from './parsers/THClockWordTimeParser.js';
import THDayOfMonthParser from './parsers/THDayOfMonthParser.js';
import THDecadeParser from './parsers/THDecadeParser.js';
import THFiscalYearParser from './parsers/THFiscalYearParser.js';
import THISODateParser from './parsers/THISODateParser.js';
import THMonthFirstDateParser from './parsers/THMonthFirstDateParser.js';
import THMonthNameDateParser from './parsers/THMonthNameDateParser.js';
import THMonthYearParser from './parsers/THMonthYearParser.js';
import THRelativeUnitParser from './parsers/THRelativeUnitParser.js';
import THSeasonParser from './parsers/THSeasonParser.js';
import THSlashDateParser from './parsers/THSlashDateParser.js';
import THTimeExpressionParser from './parsers/THTimeExpressionParser.js';
import THTimeUnitRelativeParser from './parsers/THTimeUnitRelativeParser.js';
import THWeekdayParser from './parsers/THWeekdayParser.js';
import THYearParser from './parsers/THYearParser.js';
import THYearPartParser from './parsers/THYearPartParser.js';
import THBudgetYearRefiner from './refiners/THBudgetYearRefiner.js';
import THListedDaysRefiner from './refiners/THListedDaysRefiner.js';
import THMergeDateRangeRefiner from './refiners/THMergeDateRangeRefiner.js';
import THMergeDateTimeRangeRefiner from './refiners/THMergeDateTimeRangeRefiner.js';
import THMergeDateTimeRefiner from './refiners/THMergeDateTimeRefiner.js';
import THMediaDurationRefiner from './refiners/THMediaDurationRefiner.js';
import THMergeRelativeYearRefiner from './refiners/THMergeRelativeYearRefiner.js';
import THOverlapRemovalRefiner from './refiners/THOverlapRemovalRefiner.js';
import THDurationFilterRefiner from './refiners/THDurationFilterRefiner.js';
import THImpossibleYearRefiner from './refiners/THImpossibleYearRefiner.js';
import THUrlFilterRefiner from './refiners/THUrlFilterRefiner.js';
import THListedDatesYearRefiner from './refiners/THListedDatesYearRefiner.js';
import THYearlessDateRefiner from './refiners/THYearlessDateRefiner.js';
import THEnglishLeapDayRefiner from './refiners/THEnglishLeapDayRefiner.js';

/** What chrono's constructor takes. */
interface LocaleConfiguration {
  parsers: Parser[];
  refiners: Refiner[];
}

/**
 * chrono's ENEndOfPeriodRefiner matches a regular expression against all the text before each
 * result, which is quadratic on a long article; `end of next month` is rare in Thai news.
 */
export const QUADRATIC_REFINERS: ReadonlySet<string> = new Set(['ENEndOfPeriodRefiner']);

function isLinear(refiner: Refiner): boolean {
  return !QUADRATIC_REFINERS.has(refiner.constructor.name);
}

export interface ThaiLocaleOptions {
  /** Join a date and the time that follows it into one date-time (default: two spans). */
  joinDateAndTime?: boolean;
}

function createCasualConfiguration(options: ThaiLocaleOptions = {}): LocaleConfiguration {
  const english = englishCasual.clone();
  return {
    parsers: [
      new THMonthNameDateParser(),
      new THMonthFirstDateParser(),
      new THMonthYearParser(),
      new THSlashDateParser(),
      new THISODateParser(),
      new THYearParser(),
      new THYearPartParser(),
      new THSeasonParser(),
      new THDecadeParser(),
      new THFiscalYearParser(),
      new THTimeExpressionParser(),
      new THClockWordTimeParser(),
      new THCasualDateParser(),
      new THRelativeUnitParser(),
      new THTimeUnitRelativeParser(),
      new THWeekdayParser(),
      new THDayOfMonthParser(),
      ...english.parsers.map(latinOnly),
    ],
    refiners: [
      new THEnglishLeapDayRefiner(),
      englishOnly(english.refiners.filter(isLinear)),
      new THUrlFilterRefiner(),
      new THImpossibleYearRefiner(),
      new THDurationFilterRefiner(),
      new THOverlapRemovalRefiner(),
      new THBudgetYearRefiner(),
      new THMediaDurationRefiner(),
      ...(options.joinDateAndTime ? [new THMergeDateTimeRefiner()] : [new THMergeDateTimeRangeRefiner()]),
      new THMergeRelativeYearRefiner(),
      new THMergeDateRangeRefiner(),
      new THListedDaysRefiner(),
      new THListedDatesYearRefiner(),
      new THYearlessDateRefiner(),
    ],
  };
}

/** A chrono instance for Thai text with English kept. Build it once and reuse it. */
export function createThaiChrono(options: ThaiLocaleOptions = {}): Chrono {
  return new Chrono(createCasualConfiguration(options));
}
