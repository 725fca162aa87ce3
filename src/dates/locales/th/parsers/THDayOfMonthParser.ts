/**
 * A day of the month without a month, pointed at by the words after it: `วันที่ 25 ที่ผ่านมา`
 * (the last 25th up to the document date), `วันที่ 5 นี้`, `วันที่ 5 ที่จะถึงนี้` (the next 5th),
 * `วันเสาร์ที่ 5 ที่ผ่านมา` (the weekday, when given, picks the month in which the 5th is a Saturday).
 * The pointing words stay outside the span, as `นี้` and `ที่ผ่านมา` do everywhere.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addMonths, isValidDate, weekday, type CalendarDate } from '../../../../thai/calendar.js';
import { tagKind } from '../../../result-tags.js';
import { WEEKDAY_PATTERN, weekdayFromName } from '../../../../thai/weekdays.js';
import type { ParserAnchors } from '../../../anchors.js';
import { computedDateComponents, referenceDate } from '../components.js';
import { GAP, NUMBER_START } from '../constants.js';

const PATTERN = new RegExp(`(?:วันที่|(?:วัน)?(${WEEKDAY_PATTERN})${GAP}ที่)${GAP}${NUMBER_START}(\\d{1,2})(?!\\d)(?=${GAP}(ที่ผ่านมา|นี้|ที่จะถึง))`);
/** How many months back or ahead a pointed day may lie. */
const MONTHS_TO_SEARCH = 3;

/** The nearest valid day `day` from the reference month, stepping a month at a time. */
function nearestDay(reference: CalendarDate, day: number, past: boolean, dayOfWeek: number | undefined): CalendarDate | null {
  for (let step = 0; step < MONTHS_TO_SEARCH; step++) {
    const month = addMonths(reference, past ? -step : step);
    const date = { ...month, day };
    const onTheRightSide = past ? day <= reference.day || step > 0 : day >= reference.day || step > 0;
    if (onTheRightSide && isValidDate(date) && (dayOfWeek === undefined || weekday(date) === dayOfWeek)) return date;
  }
  return null;
}

export default class THDayOfMonthParser implements Parser {
  // Before the day วันที่ or a weekday with ที่ (16 units); after it the pointing words it looks ahead to (10).
  readonly anchors: ParserAnchors = { digits: true, before: 24, after: 16 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, weekdayName, digits, pointer] = match;
    const reference = referenceDate(context);
    const past = pointer === 'ที่ผ่านมา';
    const dayOfWeek = weekdayName === undefined ? undefined : weekdayFromName(weekdayName);
    // A weekday that fits no nearby month is a slip of the writer: the day number wins.
    const date = nearestDay(reference, Number(digits), past, dayOfWeek) ?? nearestDay(reference, Number(digits), past, undefined);
    if (!date) return null;
    const result = context.createParsingResult(match.index!, text);
    result.start = tagKind(computedDateComponents(context, date, 'day'), 'relative');
    return result;
  }
}
