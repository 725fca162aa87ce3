/** Proleptic Gregorian day arithmetic on plain dates, free of time zones. */

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const DAY_MS = 86_400_000;

function toUtc(date: CalendarDate): Date {
  const utc = new Date(Date.UTC(2000, date.month - 1, date.day));
  utc.setUTCFullYear(date.year);
  return utc;
}

function fromUtc(utc: Date): CalendarDate {
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}

/** The month `months` after (or before) the month of `date`, as {year, month}. */
export function addMonths(date: CalendarDate, months: number): { year: number; month: number } {
  const index = date.year * 12 + (date.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return toUtc(date).getUTCDay();
}

export function isValidDate(date: CalendarDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  const back = fromUtc(toUtc(date));
  return back.month === date.month && back.day === date.day;
}

/** The ISO week-numbering year and week of a date. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 3 - ((weekday(date) + 6) % 7));
  const firstDay = toUtc({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toUtc(thursday).getTime() - firstDay.getTime()) / DAY_MS / 7) + 1 };
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function isoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}
