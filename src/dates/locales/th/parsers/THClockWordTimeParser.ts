/**
 * Spoken Thai clock times: `ตี 5` (05:00), `หกโมงเช้า`, `สองโมงเช้า` (08:00), `เที่ยง`, `บ่ายโมง`,
 * `บ่าย 2 โมง` (14:00), `สี่โมงเย็น` (16:00), `2 ทุ่ม` (20:00), `เที่ยงคืน` (00:00), each with an
 * optional `ครึ่ง` (half past) and `เวลา` before it. A number word must not run on into a bigger
 * number (`การันตี 1,750`).
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { ParserAnchors } from '../../../anchors.js';
import { GAP, NUMBER_END, NUMBER_START, SMALL_NUMBER_PATTERN, smallNumberValue } from '../constants.js';

/** Every spoken time has one of these. */
const CLOCK_WORDS = ['ตี', 'บ่าย', 'โมง', 'ทุ่ม', 'เที่ยง'];
const N = `${NUMBER_START}(${SMALL_NUMBER_PATTERN})${NUMBER_END}`;
const HALF = `(?:${GAP}(ครึ่ง))?`;
/** Groups: 1 ตี-hour, 2 บ่าย-hour, 3 โมง-hour, 4 เช้า/เย็น, 5 ทุ่ม-hour, 6 เที่ยงคืน/เที่ยง, 7 ครึ่ง. */
const PATTERN = new RegExp(
  `(?:เวลา${GAP})?(?:` +
    `ตี${GAP}${N}(?!${GAP}(?:ครั้ง|ที|รอบ|ลูก|หมัด))` +
    `|บ่าย${GAP}(?:${N}${GAP})?โมง` +
    `|${N}${GAP}โมง(?:${GAP}(เช้า|เย็น|ตรง))?` +
    `|${N}${GAP}ทุ่ม(?!เท)` +
    // `มื้อเที่ยง` and `อาหารเที่ยง` are lunch; `เที่ยงตรง` and `เที่ยงธรรม` are fairness.
    `|(?<!มื้อ|อาหาร)(เที่ยงคืน|เที่ยง(?:วัน)?(?!ตรง|ธรรม|แท้))` +
    `)${HALF}`,
);

/** The 24-hour hour of what matched, or null when the words name no clock time. */
function hourOf(match: RegExpMatchArray): number | null {
  const [, ti, afternoon, mong, partOfDay, thum, noon] = match;
  if (ti !== undefined) return inRange(smallNumberValue(ti), 1, 5);
  if (match[0].includes('บ่าย')) return afternoon === undefined ? 13 : plus(inRange(smallNumberValue(afternoon), 1, 5), 12);
  if (thum !== undefined) return plus(inRange(smallNumberValue(thum), 1, 5), 18);
  if (noon !== undefined) return noon === 'เที่ยงคืน' ? 0 : 12;
  const n = smallNumberValue(mong);
  if (partOfDay === 'เช้า') return n <= 5 ? plus(inRange(n, 1, 5), 6) : inRange(n, 6, 11);
  if (partOfDay === 'เย็น') return plus(inRange(n, 1, 6), 12);
  if (n >= 7 && n <= 12) return n;
  return plus(inRange(n, 1, 5), 12);
}

function inRange(n: number, min: number, max: number): number | null {
  return n >= min && n <= max ? n : null;
}

function plus(n: number | null, offset: number): number | null {
  return n === null ? null : n + offset;
}

export default class THClockWordTimeParser implements Parser {
  // Before the clock word เวลา and a number word (13 units); after it a number, the words it
  // must not run into, เช้า or เย็น, ครึ่ง (22).
  readonly anchors: ParserAnchors = { words: CLOCK_WORDS, before: 24, after: 32 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const hour = hourOf(match);
    if (hour === null) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    result.start = context.createParsingComponents({ hour, minute: match[7] ? 30 : 0 });
    return result;
  }
}
