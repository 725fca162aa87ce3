/**
 * Reads the publication date of a byline line such as `มิถุนายน 20, 2019`, `20 มิ.ย. 2562`,
 * `June 20, 2019` or `2019-06-20`. Only whole short lines are read: a date inside a sentence
 * is the dates stage's business, not the byline's.
 */
import { THAI_BLOCK } from '../thai/characters.js';
import { toAsciiDigits } from '../thai/digits.js';
import { monthFromName } from '../thai/months.js';

const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const THAI = new RegExp(`[${THAI_BLOCK}]`);

function monthNumber(word: string): number | null {
  const thai = monthFromName(word);
  if (thai !== undefined) return thai;
  const w = word.toLowerCase();
  const english = ENGLISH_MONTHS.findIndex((m) => w.startsWith(m) && /^[a-z]+\.?$/.test(w));
  return english === -1 ? null : english + 1;
}

/** Common-era year from a written year: Buddhist-era years (> 2400) lose 543. */
function ceYear(written: number): number {
  return written > 2400 ? written - 543 : written;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WEEKDAY_PREFIX = /^(?:วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?)\s*/i;
const TIME_SUFFIX = /\s*(?:[-–,|]\s*)?(?:เวลา\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:น\.|am|pm)?\s*$/i;

/** The ISO date of a byline, or null when the line is not a date and nothing else. */
export function parseBylineDate(line: string): string | null {
  let s = toAsciiDigits(line.trim()).replace(/\u00A0/g, ' ');
  if (s.length > 40) return null;
  s = s.replace(WEEKDAY_PREFIX, '').replace(TIME_SUFFIX, '').trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return iso(ceYear(+m[3]), +m[2], +m[1]);
  // Month first: "มิถุนายน 20, 2019", "June 20, 2019"
  m = /^([^\s\d,]+)\s+(\d{1,2}),?\s+(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(\d{4})$/.exec(s);
  if (m && monthNumber(m[1])) return iso(ceYear(+m[3]), monthNumber(m[1])!, +m[2]);
  // Day first: "20 มิถุนายน 2562", "20 มิ.ย. 62", "20 June 2019"
  m = /^(\d{1,2})\s*([^\s\d,]+)\s*,?\s*(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(\d{4}|\d{2})$/.exec(s);
  if (m && monthNumber(m[2])) {
    // Two-digit years are Buddhist era after a Thai month name (`มิ.ย. 62`), else Common Era.
    const isThaiMonth = THAI.test(m[2]);
    const year = m[3].length === 2 ? (isThaiMonth ? 2500 : 2000) + +m[3] : +m[3];
    return iso(ceYear(year), monthNumber(m[2])!, +m[1]);
  }
  return null;
}
