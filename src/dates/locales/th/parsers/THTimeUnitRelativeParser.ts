/**
 * A number of days, weeks, months or years from the document date: `อีก 3 วัน`, `อีกสองสัปดาห์`,
 * `2 สัปดาห์ที่ผ่านมา`, `3 วันก่อน`, `5 ปีที่แล้ว`, `10 วันข้างหน้า`. Weeks resolve to the day.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { tagKind } from '../../../result-tags.js';
import type { ParserAnchors } from '../../../anchors.js';
import { shiftedDateComponents, type RelativeUnit } from '../components.js';
import { BEFORE_AT_PHRASE_END, GAP, NUMBER_START, SMALL_NUMBER_PATTERN, SPACE, smallNumberValue } from '../constants.js';

const UNITS = ['วัน', 'สัปดาห์', 'อาทิตย์', 'เดือน', 'ปี'];
const UNIT = `(${UNITS.join('|')})`;
const PATTERN = new RegExp(
  `อีก${GAP}${NUMBER_START}(${SMALL_NUMBER_PATTERN})${GAP}${UNIT}(?:${GAP}ข้างหน้า)?` +
    `|${NUMBER_START}(${SMALL_NUMBER_PATTERN})${GAP}${UNIT}${SPACE}?(ที่ผ่านมา|ที่แล้ว|ข้างหน้า|${BEFORE_AT_PHRASE_END})`,
);

export default class THTimeUnitRelativeParser implements Parser {
  // Before the unit อีก and a number (12 units); after it ข้างหน้า or ที่ผ่านมา (11).
  readonly anchors: ParserAnchors = { words: UNITS, before: 20, after: 16 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, laterCount, laterUnit, count, unit, when] = match;
    const amount = smallNumberValue(laterCount ?? count);
    if (!(amount > 0)) return null;
    const signed = laterCount !== undefined || when === 'ข้างหน้า' ? amount : -amount;
    const result = context.createParsingResult(match.index!, text);
    result.start = tagKind(shiftedDateComponents(context, (laterUnit ?? unit) as RelativeUnit, signed), 'relative');
    return result;
  }
}
