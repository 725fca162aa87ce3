/**
 * Reads the publication date of a byline line such as `มิถุนายน 20, 2019`, `20 มิ.ย. 2562`,
 * `June 20, 2019` or `2019-06-20`. Only whole short lines are read: a date inside a sentence
 * is the dates stage's business, not the byline's. Years are read by the dates stage's rules
 * (`thai/eras.ts`), so that the same date gives the same day in both places: before BE 2484
 * the year began in April, and `5 มกราคม 2480` is 1938-01-05.
 */
import { isValidDate, isoDate } from '../thai/calendar.js';
import { THAI_BLOCK } from '../thai/characters.js';
import { toAsciiDigits } from '../thai/digits.js';
import { ERA_MARKER_PATTERN, eraOfMarker, eraOfUnmarkedYear, readYearInEra, type Era } from '../thai/eras.js';
import { monthFromName } from '../thai/months.js';
import { WEEKDAY_PATTERN } from '../thai/weekdays.js';

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const THAI = new RegExp(`[${THAI_BLOCK}]`);

function monthNumber(word: string): number | null {
  const thai = monthFromName(word);
  if (thai !== undefined) return thai;
  const w = word.toLowerCase();
  const english = ENGLISH_MONTHS.findIndex((m) => w.startsWith(m) && /^[a-z]+\.?$/.test(w));
  return english === -1 ? null : english + 1;
}

/**
 * The Common-Era year of a byline date. Two-digit years are Buddhist era after a Thai month
 * name (`มิ.ย. 62`) but Common Era after an English one (`20 June 19`).
 */
function ceYear(written: string, marker: string | undefined, month: number, afterEnglishMonth: boolean): number {
  let era: Era;
  if (marker) era = eraOfMarker(marker);
  else if (written.length <= 2 && afterEnglishMonth) era = 'CE';
  else era = eraOfUnmarkedYear(written);
  return readYearInEra(written, era, month).ce;
}

function iso(year: number, month: number, day: number): string | null {
  const date = { year, month, day };
  return isValidDate(date) ? isoDate(date) : null;
}

const WEEKDAY_PREFIX = new RegExp(`^(?:วัน${WEEKDAY_PATTERN}(?:ที่)?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?)\\s*`, 'i');
const TIME_SUFFIX = /\s*(?:[-–,|]\s*)?(?:เวลา\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:น\.|am|pm)?\s*$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/;
const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
// Month first: "มิถุนายน 20, 2019", "June 20, 2019"
const MONTH_FIRST = new RegExp(`^([^\\s\\d,]+)\\s+(\\d{1,2}),?\\s+(?:(${ERA_MARKER_PATTERN})\\s*)?(\\d{4})$`);
// Day first: "20 มิถุนายน 2562", "20 มิ.ย. 62", "20 June 2019"
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s*([^\\s\\d,]+)\\s*,?\\s*(?:(${ERA_MARKER_PATTERN})\\s*)?(\\d{4}|\\d{2})$`);

/** The ISO date of a byline, or null when the line is not a date and nothing else. */
export function parseBylineDate(line: string): string | null {
  let s = toAsciiDigits(line.trim()).replace(/\u00A0/g, ' ');
  if (s.length > 40) return null;
  s = s.replace(WEEKDAY_PREFIX, '').replace(TIME_SUFFIX, '').trim();
  let m = ISO_DATE.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = NUMERIC_DATE.exec(s);
  if (m) return iso(ceYear(m[3], undefined, +m[2], false), +m[2], +m[1]);
  m = MONTH_FIRST.exec(s);
  let month = m && monthNumber(m[1]);
  if (m && month) return iso(ceYear(m[4], m[3], month, !THAI.test(m[1])), month, +m[2]);
  m = DAY_FIRST.exec(s);
  month = m && monthNumber(m[2]);
  if (m && month) return iso(ceYear(m[4], m[3], month, !THAI.test(m[2])), month, +m[1]);
  return null;
}
