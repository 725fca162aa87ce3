/**
 * Weekdays relative to the document date: `วันเสาร์นี้` and `อังคารนี้` (the next one, today
 * included), `วันพุธหน้า` (that day of next week), `วันจันทร์ที่แล้ว`, `วันศุกร์ที่ผ่านมา` and
 * `เมื่อวันจันทร์` (the last one before today). Without `วัน`, `อาทิตย์` means week, not Sunday.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, weekday, type CalendarDate } from '../../../../thai/calendar.js';
import { tagKind } from '../../../result-tags.js';
import { WEEKDAY_NAMES, WEEKDAY_PATTERN, weekdayFromName } from '../../../../thai/weekdays.js';
import type { ParserAnchors } from '../../../anchors.js';
import { computedDateComponents, referenceDate } from '../components.js';
import { BEFORE_AT_PHRASE_END, SPACE } from '../constants.js';

const WEEKDAY_WITHOUT_WAN = WEEKDAY_PATTERN.replace('อาทิตย์|', '');
const PATTERN = new RegExp(
  `(วัน${WEEKDAY_PATTERN}|${WEEKDAY_WITHOUT_WAN})${SPACE}?(หน้า|นี้|ที่จะถึง(?:นี้)?|ที่แล้ว|ที่ผ่านมา|${BEFORE_AT_PHRASE_END})` +
    `|(?<=เมื่อ${SPACE}?)(วัน${WEEKDAY_PATTERN})(?!${SPACE}?(?:ที่|\\d))`,
);

function resolve(reference: CalendarDate, target: number, when: string): CalendarDate {
  const today = weekday(reference);
  if (when === 'หน้า') {
    const nextMonday = addDays(reference, 7 - ((today + 6) % 7));
    return addDays(nextMonday, (target + 6) % 7);
  }
  if (when === 'นี้' || when.startsWith('ที่จะถึง')) return addDays(reference, (target - today + 7) % 7);
  return addDays(reference, -((today - target + 7) % 7 || 7));
}

export default class THWeekdayParser implements Parser {
  // Before the name วัน; after it the pointing words (13 units).
  readonly anchors: ParserAnchors = { words: WEEKDAY_NAMES, before: 8, after: 20 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, name, when, pastName] = match;
    const target = weekdayFromName(name ?? pastName);
    if (target === undefined) return null;
    const date = resolve(referenceDate(context), target, when ?? 'ที่แล้ว');
    const result = context.createParsingResult(match.index!, text);
    result.start = tagKind(computedDateComponents(context, date, 'day'), 'relative');
    return result;
  }
}
