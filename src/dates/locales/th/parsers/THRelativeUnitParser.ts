/**
 * This, next and last week, month or year: `สัปดาห์หน้า` (an ISO week), `เดือนที่แล้ว`, `ปีนี้`,
 * `ปีหน้า`, `ต้นเดือนหน้า` (a month), `อาทิตย์ที่ผ่านมา`. `วันอาทิตย์หน้า` is a weekday, not a week.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { tagKind, tagWeekPrecision } from '../../../result-tags.js';
import type { ParserAnchors } from '../../../anchors.js';
import { shiftedDateComponents, type RelativeUnit } from '../components.js';
import { BEFORE_AT_PHRASE_END, PART_OF_PERIOD, SPACE } from '../constants.js';

const UNITS = ['สัปดาห์', 'อาทิตย์', 'เดือน', 'ปี'];
const PATTERN = new RegExp(`${PART_OF_PERIOD}?(?<!วัน)(${UNITS.join('|')})${SPACE}?(หน้า|ถัดไป|นี้|ที่แล้ว|ที่ผ่านมา|${BEFORE_AT_PHRASE_END})`);

function direction(word: string): number {
  if (word === 'หน้า' || word === 'ถัดไป') return 1;
  return word === 'นี้' ? 0 : -1;
}

export default class THRelativeUnitParser implements Parser {
  // Before the unit ต้น, กลาง or ปลาย (4 units); after it the pointing word (11).
  readonly anchors: ParserAnchors = { words: UNITS, before: 8, after: 16 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const [text, unit, when] = match;
    const result = context.createParsingResult(match.index!, text);
    const start = shiftedDateComponents(context, unit as RelativeUnit, direction(when));
    result.start = tagKind(unit === 'ปี' || unit === 'เดือน' ? start : tagWeekPrecision(start), 'relative');
    return result;
  }
}
