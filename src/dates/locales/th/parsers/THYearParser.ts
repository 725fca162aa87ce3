/**
 * Years and year ranges: `ปี 2562`, `ปี2536`, `ในปี 2019`, `ปี 62`, `พ.ศ. 2562`, `พุทธศักราช ๒๕๖๓`,
 * `ค.ศ. 2030`, `ร.ศ. 128`, `จ.ศ. 1250`, `2559-2563`, `ค.ศ. 2017-2021`. A bare number is a year
 * only when it is a four-digit Buddhist-era year (2400–2699) that counts nothing. Years of the
 * eras that began on 1 April (ร.ศ., BE before 2484) are intervals of days.
 */
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { CalendarDate } from '../../../../thai/calendar.js';
import { ERA_MARKER_PATTERN, eraYearInterval, fullYearNumber, readRangeEndYear, readYear, type YearReading } from '../../../../thai/eras.js';
import { tagKind } from '../../../result-tags.js';
import type { ParserAnchors } from '../../../anchors.js';
import { dateComponents, dayOfYearComponents } from '../components.js';
import { GAP, NAMED_YEAR_BEFORE, NUMBER_END, RANGE_CONNECTOR, countsSomething, startsAtNumberBoundary } from '../constants.js';

const YEAR_DIGITS = `(\\d{4}|\\d{2,3})${NUMBER_END}`;
const PATTERN = new RegExp(
  `(ปี${GAP})?(?:(${ERA_MARKER_PATTERN})${GAP})?${YEAR_DIGITS}` +
    `(?:${GAP}${RANGE_CONNECTOR}${GAP}(?:ปี${GAP})?(?:${ERA_MARKER_PATTERN}${GAP})?${YEAR_DIGITS})?`,
);

const BARE_YEAR_MIN = 2400;
const BARE_YEAR_MAX = 2699;
/** Common-Era years a bare number after an event's name may be (`ฟุตบอลโลก 2022`). */
const NAMED_CE_YEAR_MIN = 1900;
const NAMED_CE_YEAR_MAX = 2100;
const NAMED_LOOK_BEHIND = 60;
/** Words after which a number is an identifier, not a year (`เลขที่ 2560`, `มาตรา 2550`, `เลขหมาย 2563`). */
const IDENTIFIER_BEFORE = /(?:ที่|เลข|หมายเลข|เลขหมาย|เบอร์|ทะเบียน|มาตรา|ข้อ|รหัส|ห้อง|โทร\.?|โทรศัพท์|โทรสาร|แฟกซ์|ต่อ|หมู่)[\s\u00a0:]{0,3}$/;

/** Part of a phone or reference number: `02-283-2560`, `0 2617 6000`. */
const DIGITS_BEFORE = /\d[-–\s\u00a0]$/;
const DIGITS_AFTER = /^[-–\s\u00a0]?\d/;
/** A unit in Latin letters makes a number a measure: `2400 MHz`. */
const LATIN_UNIT_AFTER = /^[\s\u00a0]?[A-Za-z]/;

function isBareYear(written: string): boolean {
  const year = Number(written);
  return written.length === 4 && year >= BARE_YEAR_MIN && year <= BARE_YEAR_MAX;
}

/** A four-digit Common-Era year, which is a year without `ปี` only after an event's or a law's name. */
function isNamedCeYear(written: string): boolean {
  const year = Number(written);
  return written.length === 4 && year >= NAMED_CE_YEAR_MIN && year <= NAMED_CE_YEAR_MAX;
}

/** A year, or one end of it when the year runs from 1 April. */
function yearComponents(context: ParsingContext, reading: YearReading, day: CalendarDate | undefined): ParsingComponents {
  return day ? dayOfYearComponents(context, day, reading) : dateComponents(context, {}, reading);
}

function intervalOf(reading: YearReading): { start: CalendarDate; end: CalendarDate } | null {
  return eraYearInterval(fullYearNumber(reading.written, reading.era), reading.era);
}

export default class THYearParser implements Parser {
  // Before the digits ปี and an era (18 units); after them a range to a second year (30).
  readonly anchors: ParserAnchors = { digits: true, before: 24, after: 40 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, yearWord, marker, written, endWritten] = match;
    const index = match.index!;
    const named = !yearWord && !marker && NAMED_YEAR_BEFORE.test(context.text.slice(Math.max(0, index - NAMED_LOOK_BEHIND), index));
    if (!yearWord && !marker) {
      // `พ.ศ.2549` has a dot before its digits; a bare year must stand alone.
      if (!startsAtNumberBoundary(context.text, index)) return null;
      const allowed = (year: string): boolean => isBareYear(year) || (named && isNamedCeYear(year));
      if (!allowed(written) || (endWritten && !allowed(endWritten))) return null;
      const before = context.text.slice(Math.max(0, index - 12), index);
      const after = context.text.slice(index + text.length, index + text.length + 2);
      if (IDENTIFIER_BEFORE.test(before) || DIGITS_BEFORE.test(before)) return null;
      if (DIGITS_AFTER.test(after) || LATIN_UNIT_AFTER.test(after)) return null;
    }
    // Three digits only for the old eras (ร.ศ. 128).
    if (written.length === 3 && !marker) return null;
    // After ปี, an era marker or an event's name four digits are a year whatever follows
    // (`ปี 2542 หลังจาก`, `ฟุตบอลโลก 2022 หลังคว้าแชมป์`).
    if ((!yearWord && !marker && !named) || written.length === 2) {
      if (countsSomething(context.text, index + text.length)) return null;
    }
    const start = readYear(written, marker);
    const end = endWritten ? readRangeEndYear(start, endWritten) : undefined;
    if (end && end.ce <= start.ce) return null;

    const result = context.createParsingResult(index, text);
    const startInterval = intervalOf(start);
    result.start = yearComponents(context, start, startInterval?.start);
    if (end || startInterval) {
      const last = end ?? start;
      result.end = yearComponents(context, last, intervalOf(last)?.end);
    }
    if (!end && startInterval) tagKind(result.start, 'year');
    return result;
  }
}
