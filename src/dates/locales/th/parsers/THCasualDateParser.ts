/**
 * Days named relative to the document date: `วันนี้`, `เมื่อวานนี้`, `วานนี้`, `เมื่อวานซืน`,
 * `พรุ่งนี้`, `วันพรุ่งนี้`, `มะรืนนี้`, `คืนนี้`, `เมื่อคืน`.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { addDays } from '../../../../thai/calendar.js';
import { tagDayWord, tagKind } from '../../../result-tags.js';
import type { ParserAnchors } from '../../../anchors.js';
import { computedDateComponents, referenceDate } from '../components.js';
import { SPACE } from '../constants.js';

const DAY_OFFSETS: ReadonlyArray<readonly [string, number]> = [
  ['เมื่อวานซืน', -2],
  ['วานซืน', -2],
  ['เมื่อวานนี้', -1],
  ['เมื่อวาน', -1],
  ['วานนี้', -1],
  ['วันพรุ่งนี้', 1],
  ['พรุ่งนี้', 1],
  ['วันมะรืนนี้', 2],
  ['มะรืนนี้', 2],
  ['วันมะรืน', 2],
  ['มะรืน', 2],
  ['วันนี้', 0],
  ['เมื่อคืนนี้', -1],
  ['เมื่อคืน', -1],
  ['คืนนี้', 0],
  ['เช้านี้', 0],
  ['บ่ายนี้', 0],
  ['เย็นนี้', 0],
];

const DAY_WORDS = DAY_OFFSETS.map(([words]) => words);

/** `เมื่อคืนวันที่ 20 ม.ค.` is the night of a date given next to it, not last night. */
const NIGHT = /คืน/;
const NOT_BEFORE_A_DATE = `(?!${SPACE}{0,2}วัน)`;
const alternative = (words: string): string => (NIGHT.test(words) ? words + NOT_BEFORE_A_DATE : words);

/** `ทุกวันนี้` is nowadays, `ในเร็ววันนี้` soon, `2-3 วันนี้` and `วันสองวันนี้` these few days. */
const PATTERN = new RegExp(`(?<!ทุก|เร็ว|สอง|สาม|\\d${SPACE}?)(?:${DAY_OFFSETS.map(([words]) => alternative(words)).join('|')})`);

export default class THCasualDateParser implements Parser {
  // The match is one of the words; after it the look-ahead for a date (4 units).
  readonly anchors: ParserAnchors = { words: DAY_WORDS, before: 4, after: 8 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const offset = DAY_OFFSETS.find(([words]) => words === match[0])![1];
    const result = context.createParsingResult(match.index!, match[0]);
    result.start = tagDayWord(tagKind(computedDateComponents(context, addDays(referenceDate(context), offset), 'day'), 'relative'));
    return result;
  }
}
