/**
 * A quarter or a half of a named year, as business news reports results: `ไตรมาส 3/2569`,
 * `ไตรมาสที่ 2 ปี 2570`, `ไตรมาสแรกของปี พ.ศ. 2569`, `Q3/69`, `3Q2026`, `ครึ่งปีแรกของปี 2569`,
 * `H1/2026`, `9 เดือนแรกของปี 2569`, `4 เดือนหลังของปี 2568`. A range over the part's months
 * (`thai/year-parts.ts`). Only with its year, written or relative to the document date
 * (`ไตรมาส 3 ปีนี้`, `ครึ่งปีแรกของปีหน้า`): `ไตรมาสนี้` alone names no months.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { HALF_WORD_PATTERN, halfMonths, leadingMonths, QUARTER_WORD_PATTERN, quarterMonths, yearPartNumber } from '../../../../thai/year-parts.js';
import type { ParserAnchors } from '../../../anchors.js';
import { tagKind } from '../../../result-tags.js';
import { computedDateComponents, dateComponents, referenceDate } from '../components.js';
import { BEFORE_AT_PHRASE_END, GAP, SPACE, YEAR_PATTERN, relativeYearOffset, yearFromGroups } from '../constants.js';

/** Every Thai match holds one of them. */
const PART_WORDS = ['ไตรมาส', 'ครึ่ง', 'เดือนแรก', 'เดือนหลัง'];
const NOT_LATIN_BEFORE = '(?<![A-Za-z0-9])';
const NOT_LATIN_AFTER = '(?![A-Za-z])';
const PART =
  `(?:ไตรมาส(?:ที่)?${GAP}(?:([1-4])(?!\\d)|(${QUARTER_WORD_PATTERN}))` +
  `|${NOT_LATIN_BEFORE}(?:[Qq]([1-4])|([1-4])[Qq])${NOT_LATIN_AFTER}` +
  `|ครึ่ง(?:ปี)?${GAP}(${HALF_WORD_PATTERN})` +
  `|${NOT_LATIN_BEFORE}(?:H([12])|([12])H)${NOT_LATIN_AFTER}` +
  `|(?<!\\d)(1[0-2]|[1-9])${GAP}เดือน(แรก|หลัง))`;
// The year follows a slash, `ปี`, `ของปี`, `ประจำปี`, or a bare space (then four digits, so
// that `ไตรมาส 3 25 ราย` reads no year).
const BEFORE_YEAR = `(${GAP}[/-]${GAP}|${GAP}(?:ของ${GAP})?(?:ประจำ)?ปี${GAP}|${SPACE}{1,3}|)`;
const RELATIVE_YEAR = `${GAP}(?:ของ${GAP})?ปี(นี้|หน้า|ที่แล้ว|ที่ผ่านมา|${BEFORE_AT_PHRASE_END})`;
const PATTERN = new RegExp(`${PART}(?:${BEFORE_YEAR}${YEAR_PATTERN}|${RELATIVE_YEAR})`);

export default class THYearPartParser implements Parser {
  // Every match holds ไตรมาส, ครึ่ง, เดือนแรก or เดือนหลัง (a count and a space before it: 2 units),
  // or the Latin letter of `Q3`, `3Q`, `H1`, `1H`; from its start up to 58 units (ไตรมาสที่ สุดท้าย
  // ของ ประจำปี, an era written out, the year and the look-ahead for a counter after it).
  readonly anchors: ParserAnchors = { words: PART_WORDS, latin: true, before: 4, after: 64 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, quarterDigit, quarterWord, qFirst, qLast, halfWord, hFirst, hLast, months, side, beforeYear, era, digits, relativeYear] = match;
    const quarter = yearPartNumber(quarterDigit ?? quarterWord ?? qFirst ?? qLast ?? '', 4);
    const half = yearPartNumber(halfWord ?? hFirst ?? hLast ?? '', 2);
    // `3 เดือนหลังปี 2569` may be "three months after 2569": the last months only with ของ.
    if (side === 'หลัง' && !text.includes('ของ')) return null;
    const part =
      quarter !== undefined ? quarterMonths(quarter) : half !== undefined ? halfMonths(half) : months && leadingMonths(Number(months), side === 'หลัง');
    if (!part) return null;
    const result = context.createParsingResult(match.index!, text);
    if (relativeYear) {
      const year = referenceDate(context).year + relativeYearOffset(relativeYear);
      result.start = tagKind(computedDateComponents(context, { year, month: part.firstMonth, day: 1 }, 'month'), 'relative');
      result.end = tagKind(computedDateComponents(context, { year, month: part.lastMonth, day: 1 }, 'month'), 'relative');
      return result;
    }
    if (!digits || (!era && digits.length < 4 && beforeYear.trim() === '')) return null;
    const year = yearFromGroups(era, digits, part.firstMonth);
    if (!year) return null;
    result.start = dateComponents(context, { month: part.firstMonth }, year);
    result.end = dateComponents(context, { month: part.lastMonth }, yearFromGroups(era, digits, part.lastMonth));
    return result;
  }
}
