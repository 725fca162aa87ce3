/**
 * `อีก 10 วัน` is a date ten days on, unless it adds to a length of time: `นาน 1 เดือน กับอีก
 * 10 วัน`, `ใช้เวลาอีก 3 วัน` say how long, not when.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { SMALL_NUMBER_PATTERN } from '../constants.js';

const LENGTH_BEFORE = new RegExp(
  `(?:${SMALL_NUMBER_PATTERN}\\s*(?:วัน|สัปดาห์|อาทิตย์|เดือน|ปี|ชั่วโมง|นาที)\\s*(?:กับ|และ|บวก)|ใช้เวลา|เป็นเวลา|(?<!ไม่)นาน|(?<![\u0E01-\u0E4E])รวม)\\s*$`,
);
/** Enough text before a result for `12 ชั่วโมง กับ`. */
const LOOK_BEHIND = 24;

export default class THDurationFilterRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter(
      (result) => !(result.text.startsWith('อีก') && LENGTH_BEFORE.test(context.text.slice(Math.max(0, result.index - LOOK_BEHIND), result.index))),
    );
  }
}
