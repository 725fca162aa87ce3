/**
 * Day, month name and optional year, in Thai order: `1 มีนาคม 2562`, `วันศุกร์ที่ 1 มี.ค. 62`,
 * `วันที่ 12 ก.ย.61`, `28ก.ค.`, and day ranges inside one month: `1-3 มี.ค. 62`, `15-27 ธันวาคม`,
 * `วันจันทร์ที่ 1 ถึงวันศุกร์ที่ 5 มิ.ย.`.
 * The weekday prefix, `วันที่` and the era marker belong to the span.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_AFTER_DAY_PATTERN, MONTH_NAME_CORES, monthFromName } from '../../../../thai/months.js';
import { WEEKDAY_PATTERN } from '../../../../thai/weekdays.js';
import type { ParserAnchors } from '../../../anchors.js';
import { dateComponents } from '../components.js';
import { GAP, NUMBER_START, RANGE_CONNECTOR, YEAR_PATTERN, startsAtNumberBoundary, yearFromGroups } from '../constants.js';

/** `วันศุกร์ที่ `, `ศุกร์ที่ `, `วันศุกร์ `: on the first day, and on the last day of a range (`วันจันทร์ที่ 1 - วันศุกร์ที่ 5 มิ.ย.`). */
const WEEKDAY_PREFIX = `(?:วัน)?${WEEKDAY_PATTERN}${GAP}(?:ที่)?${GAP}`;

const PATTERN = new RegExp(
  `(?:${WEEKDAY_PREFIX})?` +
    `(?:(?:วันที่|วัน)${GAP})?` +
    `${NUMBER_START}(\\d{1,2})(?!\\d)` +
    `(?:${GAP}${RANGE_CONNECTOR}${GAP}(?:${WEEKDAY_PREFIX}|วันที่${GAP})?(\\d{1,2})(?!\\d))?` +
    `${GAP}(?:เดือน${GAP})?(${MONTH_AFTER_DAY_PATTERN})` +
    `(?:${GAP},?${GAP}${YEAR_PATTERN})?`,
);

const DAY_GROUP = 1;
const END_DAY_GROUP = 2;
const MONTH_GROUP = 3;
const ERA_GROUP = 4;
const YEAR_GROUP = 5;

export default class THMonthNameDateParser implements Parser {
  // Before the month up to 57 units (weekday prefix, วันที่, a day range with a second prefix,
  // เดือน); after it up to 38 (the rest of its name, a year with its era, the look-aheads).
  readonly anchors: ParserAnchors = { words: MONTH_NAME_CORES, before: 72, after: 56 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index!;
    if (!startsAtNumberBoundary(context.text, index + match[0].search(/\d/))) return null;
    const month = monthFromName(match[MONTH_GROUP]);
    const day = Number(match[DAY_GROUP]);
    const endDay = match[END_DAY_GROUP] ? Number(match[END_DAY_GROUP]) : undefined;
    if (!month || day < 1 || day > 31) return null;
    if (endDay !== undefined && (endDay <= day || endDay > 31)) return null;
    const year = yearFromGroups(match[ERA_GROUP], match[YEAR_GROUP], month);
    const result = context.createParsingResult(index, match[0]);
    result.start = dateComponents(context, { day, month }, year);
    if (endDay !== undefined) result.end = dateComponents(context, { day: endDay, month }, year);
    return result;
  }
}
