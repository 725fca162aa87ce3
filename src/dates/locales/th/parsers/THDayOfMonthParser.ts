/**
 * A day of the month without a month, pointed at by the words after it: `วันที่ 25 ที่ผ่านมา`
 * (the last 25th up to the document date), `วันที่ 5 นี้`, `วันที่ 5 ที่จะถึงนี้` (the next 5th).
 * The pointing words stay outside the span, as `นี้` and `ที่ผ่านมา` do everywhere.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addMonths, isValidDate, type CalendarDate } from '../../../calendar.js';
import { tagKind } from '../../../result-tags.js';
import { computedDateComponents, referenceDate } from '../components.js';
import { GAP, NUMBER_START } from '../constants.js';

const PATTERN = new RegExp(`วันที่${GAP}${NUMBER_START}(\\d{1,2})(?!\\d)(?=${GAP}(ที่ผ่านมา|นี้|ที่จะถึง))`);

/** The nearest valid day `day` from the reference month, stepping a month at a time. */
function nearestDay(reference: CalendarDate, day: number, past: boolean): CalendarDate | null {
  for (let step = 0; step < 3; step++) {
    const month = addMonths(reference, past ? -step : step);
    const date = { ...month, day };
    const onTheRightSide = past ? day <= reference.day || step > 0 : day >= reference.day || step > 0;
    if (onTheRightSide && isValidDate(date)) return date;
  }
  return null;
}

export default class THDayOfMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, digits, pointer] = match;
    const date = nearestDay(referenceDate(context), Number(digits), pointer === 'ที่ผ่านมา');
    if (!date) return null;
    const result = context.createParsingResult(match.index!, text);
    result.start = tagKind(computedDateComponents(context, date, 'day'), 'relative');
    return result;
  }
}
