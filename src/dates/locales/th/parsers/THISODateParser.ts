/**
 * Dates written the ISO way inside Thai text, as pages and scrapers print them: `2019-01-21`,
 * `2019-01-21 13:49`, `2019-01-21T13:49:00+07:00`, and with a Buddhist-era year (`2562-01-21`).
 * A time written with the date is part of it: one date-time.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { ParserAnchors } from '../../../anchors.js';
import { isValidDate } from '../../../../thai/calendar.js';
import { readYear } from '../../../../thai/eras.js';
import { dateComponents } from '../components.js';
import { startsAtNumberBoundary } from '../constants.js';

const PATTERN = /(?<![\d.,:/A-Za-z-])(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d]|[-./:]\d)/;
/** Years that ISO dates in news are written in: Common Era, or Buddhist era from BE 2400. */
const FIRST_CE_YEAR = 1800;
const LAST_CE_YEAR = 2200;
const FIRST_BE_YEAR = 2400;
const LAST_BE_YEAR = 2800;

export default class THISODateParser implements Parser {
  // The year's digits open every match; the longest form (2019-01-21T13:49:00.000000+07:00)
  // and the look-ahead after it are 19 units.
  readonly anchors: ParserAnchors = { digits: true, before: 4, after: 24 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index!;
    if (!startsAtNumberBoundary(context.text, index)) return null;
    const [text, yearText, monthText, dayText, hourText, minuteText] = match;
    const year = Number(yearText);
    const inCommonEra = year >= FIRST_CE_YEAR && year <= LAST_CE_YEAR;
    if (!inCommonEra && !(year >= FIRST_BE_YEAR && year <= LAST_BE_YEAR)) return null;
    const reading = readYear(yearText, inCommonEra ? 'ค.ศ.' : 'พ.ศ.');
    const [month, day] = [Number(monthText), Number(dayText)];
    if (!isValidDate({ year: reading.ce, month, day })) return null;
    const result = context.createParsingResult(index, text);
    result.start = dateComponents(context, { day, month }, reading);
    if (hourText !== undefined) {
      const [hour, minute] = [Number(hourText), Number(minuteText)];
      if (hour > 23 || minute > 59) return null;
      result.start.assign('hour', hour).assign('minute', minute);
    }
    return result;
  }
}
