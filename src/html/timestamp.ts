/**
 * Reads the timestamps pages put in their metadata: ISO 8601 in its common variants
 * (`2019-01-21T13:49:00+07:00`, `2021-03-05 14:30` with a space and no zone, `…Z`,
 * `2019/02/15 19:08:17`), the e-mail form of feeds (`Wed, 15 Feb 2023 10:30:00 +0700`), a
 * Buddhist-era year in ISO form (`2562-01-21`), and any byline a person would write
 * (`21 ม.ค. 2562`). A time without a zone is Thai time.
 */
import { readBylineDate } from '../clean/byline-date.js';
import { isValidDate, isoDate, pad } from '../thai/calendar.js';
import { THAI_UTC_OFFSET, THAI_UTC_OFFSET_MINUTES } from '../thai/time-zone.js';

export interface Timestamp {
  /** `YYYY-MM-DD`, the day in the page's time zone. */
  date: string;
  /** `YYYY-MM-DDTHH:MM:SS±HH:MM`, when the value has a time of day. */
  at?: string;
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const EMAIL_FORM = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UT|UTC|GMT|[+-]\d{4})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Years from here on are Buddhist era even in an ISO-shaped value. */
const FIRST_BE_YEAR = 2400;
const BE_OFFSET = 543;

/** `+07:00` from `+0700`, `+07`, `+07:00`; minutes east of UTC. */
function offsetMinutes(zone: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  zone?: string;
}

function build(parts: Parts): Timestamp | null {
  let { year } = parts;
  if (year >= FIRST_BE_YEAR) year -= BE_OFFSET;
  const day = { year, month: parts.month, day: parts.day };
  if (!isValidDate(day)) return null;
  if (parts.hour === undefined || parts.minute === undefined) return { date: isoDate(day) };
  if (parts.hour > 23 || parts.minute > 59 || (parts.second ?? 0) > 59) return null;
  // Midnight on the dot is how sites write a date without a time (`2009-04-15T00:00:00+07:00`).
  if (parts.hour === 0 && parts.minute === 0 && !parts.second) return { date: isoDate(day) };
  const zone = (parts.zone ?? '').toUpperCase();
  // An instant given in UTC is shown in Thai time; an offset the page names is the page's own
  // time zone and stays (Thai WordPress sites write `+00:00` on Thai clock times).
  const utc = zone === 'Z' || zone === 'UTC' || zone === 'GMT' || zone === 'UT';
  const offset = zone && !utc ? offsetMinutes(zone) : THAI_UTC_OFFSET_MINUTES;
  const shift = utc ? THAI_UTC_OFFSET_MINUTES * 60_000 : 0;
  const d = new Date(Date.UTC(year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second ?? 0) + shift);
  const date = isoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  const time = `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  return { date, at: `${date}T${time}${formatOffset(offset)}` };
}

/**
 * A `+00:00` timestamp read as an instant in UTC, in Thai time (build() reads `+00:00` as the
 * page's own clock), or null when it has another offset or no time of day.
 */
export function asUtcInstant(timestamp: Timestamp): Timestamp | null {
  return timestamp.at?.endsWith('+00:00') ? readTimestamp(`${timestamp.at.slice(0, -'+00:00'.length)}Z`) : null;
}

/** The date and timestamp a metadata value gives, or null when it is not a date. */
export function readTimestamp(value: string): Timestamp | null {
  const s = value.trim();
  if (!s || s.length > 80) return null;
  let m = ISO.exec(s);
  if (m) {
    return build({
      year: +m[1],
      month: +m[2],
      day: +m[3],
      hour: m[4] === undefined ? undefined : +m[4],
      minute: m[5] === undefined ? undefined : +m[5],
      second: m[6] === undefined ? undefined : +m[6],
      zone: m[7],
    });
  }
  m = EMAIL_FORM.exec(s);
  if (m) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    if (month === 0) return null;
    return build({
      year: +m[3],
      month,
      day: +m[1],
      hour: m[4] === undefined ? undefined : +m[4],
      minute: m[5] === undefined ? undefined : +m[5],
      second: m[6] === undefined ? undefined : +m[6],
      zone: m[7],
    });
  }
  const byline = readBylineDate(s);
  if (!byline) return null;
  return byline.time ? { date: byline.date, at: `${byline.date}T${byline.time}:00${THAI_UTC_OFFSET}` } : { date: byline.date };
}
