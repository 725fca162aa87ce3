/**
 * Reads the publication date of a byline line: `มิถุนายน 20, 2019`, `20 มิ.ย. 2562`, `June 20,
 * 2019`, `2019-06-20`, with what real pages put around it: a label (`Submitted on Mon, 2019-01-21
 * 13:49`, `เผยแพร่: 21 ก.พ. 68 13:13 น.`), a weekday (`วันอาทิตย์ ที่ 19 พฤศจิกายน พ.ศ. 2566`), a time
 * (`, 02.00 น.`, `เวลา 13.13 น.`, `| 15:28`), an author or source after a bar. Only short lines are
 * read: a date inside a sentence is the dates stage's business, not the byline's. Years are read
 * by the dates stage's rules (`thai/eras.ts`), so that the same date gives the same day in both
 * places: before BE 2484 the year began in April, and `5 มกราคม 2480` is 1938-01-05.
 */
import { isValidDate, isoDate, pad } from '../thai/calendar.js';
import { THAI_BLOCK } from '../thai/characters.js';
import { toAsciiDigits } from '../thai/digits.js';
import { ERA_MARKER_PATTERN, eraOfMarker, eraOfUnmarkedYear, readYearInEra, type Era } from '../thai/eras.js';
import { monthFromName } from '../thai/months.js';
import { WEEKDAY_PATTERN } from '../thai/weekdays.js';

/** A byline's date, and its time of day when the line gives one. */
export interface BylineDate {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, the clock time as written (the page's own time zone). */
  time?: string;
}

/** Longer lines are prose, not bylines. */
const MAX_BYLINE_LENGTH = 80;
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

/** What pages write before the date: `Submitted on`, `เผยแพร่:`, `โพสต์เมื่อ`, `Published:`. Not "updated": that is another date. */
const LABEL = /^(?:submitted|posted|published|publish date|date|วันที่เผยแพร่|เผยแพร่(?:เมื่อ)?|โพสต์(?:เมื่อ)?|ลงวันที่|ข่าววันที่)\s*(?:on\b|เมื่อ|:)?\s*/i;
/**
 * The label before the date a page last changed an article (`อัปเดตล่าสุด`, `แก้ไข`, `Last updated`):
 * that date is not the publication's. A pattern's source, for `clean/chrome-lines.ts` too.
 */
export const UPDATE_LABEL = '(?:last[ -]?updated?|updated?|modified|อัปเดต|อัพเดท|อัพเดต|ปรับปรุง|แก้ไข)(?:ล่าสุด|ครั้งล่าสุด)?';

/**
 * Where a byline goes on to another date or to its author: `เผยแพร่: 23 ม.ค. 2560 10:05 ปรับปรุง:
 * 23 ม.ค. 2560 12:40 โดย: ...` is published on the first.
 */
const NEXT_LABEL = new RegExp(`\\s+(?=(?:${UPDATE_LABEL}|โดย|by)\\s*[:：])`, 'i');
/** Parts of a byline line: `โดย: MGR Online | 21 ก.พ. 68`, `21 ก.พ. 2568 • ข่าวการเมือง`, `... 14:26 —ThaiPR.net`. */
const PART_SEPARATOR = /\s+[|•·—–]\s*|\s*\|\s*/;
const WEEKDAY_PREFIX = new RegExp(`^(?:วัน${WEEKDAY_PATTERN}|${WEEKDAY_PATTERN}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?)\\s*(?:ที่\\s*)?`, 'i');
const DAY_WORD = /^วันที่\s*/;
/** A clock time at the end: ` 13:49`, `, 02.00 น.`, ` - 10:30 น.`, ` เวลา 13.13 น.`, ` | 15:28`, ` 1:30 pm`, ` (16:20 น.)`. */
const TIME_SUFFIX = /\s*(?:[-–,|]\s*)?\(?(?:เวลา\s*)?(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(น\.?|am|pm)?\)?\s*$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
// Month first: "มิถุนายน 20, 2019", "June 20, 2019"
const MONTH_FIRST = new RegExp(`^([^\\s\\d,]+)\\s+(\\d{1,2}),?\\s+(?:(${ERA_MARKER_PATTERN})\\s*)?(\\d{4})$`);
// Day first: "20 มิถุนายน 2562", "20 มิ.ย. 62", "28ม.ค.69", "20 June 2019"
const DAY_FIRST = new RegExp(`^(\\d{1,2})\\s*([^\\s\\d,]+)\\s*,?\\s*(?:(${ERA_MARKER_PATTERN})\\s*)?(\\d{4}|\\d{2})$`);

function clockTime(hour: number, minute: number, meridiem: string | undefined): string | undefined {
  let h = hour;
  if (meridiem?.toLowerCase() === 'pm' && h < 12) h += 12;
  if (meridiem?.toLowerCase() === 'am' && h === 12) h = 0;
  return h <= 23 && minute <= 59 ? `${pad(h, 2)}:${pad(minute, 2)}` : undefined;
}

/** The date (and time) of one part of a byline, which must be a date and nothing else. */
function readDatePart(part: string): BylineDate | null {
  let s = part.trim().replace(WEEKDAY_PREFIX, '').replace(DAY_WORD, '').trim();
  let m = ISO_DATE.exec(s);
  if (m) {
    const date = iso(+m[1], +m[2], +m[3]);
    if (!date) return null;
    const time = m[4] === undefined ? undefined : clockTime(+m[4], +m[5], undefined);
    return time ? { date, time } : { date };
  }
  let time: string | undefined;
  const clock = TIME_SUFFIX.exec(s);
  if (clock && clock.index > 0) {
    time = clockTime(+clock[1], +clock[2], clock[3]);
    s = s.slice(0, clock.index).replace(/[\s,\-–]+$/, '');
  }
  const withTime = (date: string | null): BylineDate | null => (date === null ? null : time ? { date, time } : { date });
  m = NUMERIC_DATE.exec(s);
  if (m) return withTime(iso(ceYear(m[3], undefined, +m[2], false), +m[2], +m[1]));
  m = MONTH_FIRST.exec(s);
  let month = m && monthNumber(m[1]);
  if (m && month) return withTime(iso(ceYear(m[4], m[3], month, !THAI.test(m[1])), month, +m[2]));
  m = DAY_FIRST.exec(s);
  month = m && monthNumber(m[2]);
  if (m && month) return withTime(iso(ceYear(m[4], m[3], month, !THAI.test(m[2])), month, +m[1]));
  return null;
}

/**
 * A wire service's section before an English date (`ข่าวหุ้น-การเงิน Friday July 2, 2010 12:31
 * —สำนักดัชนีเศรษฐกิจการค้า`): the section is a few words without digits.
 */
const SECTION_BEFORE_ENGLISH_DATE = /^[^\d]{1,30}?\s(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s)/i;

/**
 * A view counter or a reading time after the date: `... 08:12 น. อ่าน 3,210 ครั้ง`, `... (16:20 น.)
 * 48,219 views`, `... 14:27 น. 3.1K`, `01 ก.ย. 2565 อ่าน 5 นาที`, `... ผู้เข้าชม 862 คน`.
 */
const TRAILING_COUNTER =
  /\s+(?:(?:ใช้เวลา)?อ่าน(?:ประมาณ|ราว)?\s*\d{1,2}\s*นาที|\d{1,2}\s*min(?:ute)?s?\s*read|(?:อ่าน|เข้าชม|ผู้เข้าชม|ยอดเข้าชม|ผู้ชม|ยอดวิว|views?)\s*[:：]?\s*[\d,.]+\s*[kKmM]?\s*(?:ครั้ง|คน|views?)?|[\d,.]+\s*[kKmM]?\s*(?:views?|วิว|ครั้ง)|\d{1,3}(?:\.\d)?\s*[kKmM])$/i;

/**
 * The section a page files the article under, after the date's clock time and before a view
 * counter (`14 พฤษภาคม 2568 เวลา 18:32 น. ข่าวหุ้น ผู้เข้าชม 862 คน`). One word without digits, and
 * not a word that carries a sentence on (`เป็นต้นไป`, `ณ ...`, `ถึง ...`), nor a clock's `pm`. Read
 * only where the counter says the line is the page's: without it, a word after a date and its time
 * is as often an agenda's item (`5 มี.ค. 2568 เวลา 09.00 น. ประชุมสภา`), which is the article.
 */
const SECTION_AFTER_TIME = /(\d[:.]\d{2}\s*(?:น\.?)?)\s+(?![ap]\.?m\.?$)(?!เป็น|ถึง|จน|ณ|ที่|และ|โดย|ตาม|ของ|จาก|ใน)[^\d\s]{2,20}$/i;

function bylineShape(line: string): string {
  return toAsciiDigits(line)
    .replace(/[\u00A0\u200B]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A byline whose date a view counter or a reading time follows (`01 ก.ย. 2565 อ่าน 5 นาที`): the
 * page's furniture wherever it stands, never a date the article itself gives (a timeline's heading).
 */
export function isCountedByline(line: string): boolean {
  // the date first: it gives up on a paragraph-long line at once
  return readBylineDate(line) !== null && endsWithCounter(line);
}

/** Whether a view counter or a reading time ends `line`: for a line already read as a byline. */
export function endsWithCounter(line: string): boolean {
  return TRAILING_COUNTER.test(bylineShape(line));
}

/** The date of a byline line, or null when the line is not a byline. */
export function readBylineDate(line: string): BylineDate | null {
  const s = bylineShape(line);
  if (s.length > MAX_BYLINE_LENGTH || !/\d/.test(s)) return null;
  const labelled = s.replace(LABEL, '').replace(SECTION_BEFORE_ENGLISH_DATE, '').split(NEXT_LABEL)[0];
  const uncounted = labelled.replace(TRAILING_COUNTER, '');
  const unlabelled = uncounted === labelled ? uncounted : uncounted.replace(SECTION_AFTER_TIME, '$1');
  const whole = readDatePart(unlabelled);
  if (whole) return whole;
  const parts = unlabelled.split(PART_SEPARATOR);
  if (parts.length >= 2 && parts.length <= 4) {
    for (const part of parts) {
      const found = readDatePart(part.replace(LABEL, ''));
      if (found) return found;
    }
  }
  if (AUTHOR_LEAD.test(unlabelled)) return dateAfterLead(unlabelled);
  // A section's name before the date (`อาชญากรรม 12 ก.ย. 2566 | 14:27 น.`): only with a clock time,
  // which a sentence's date (`เมื่อวันที่ 12 ก.ย. 2566`) seldom has.
  if (!SHORT_LEAD.test(unlabelled)) return null;
  const found = dateAfterLead(unlabelled);
  return found?.time ? found : null;
}

/** `ผู้เขียน: กองบรรณาธิการ TNN Online 18 ก.ค. 2567, 16:42 น.`: an author's label and name, then the date. */
const AUTHOR_LEAD = /^(?:ผู้เขียน|เขียนโดย|รายงานโดย|โดย|written by|by|author)\s*[:：]?\s*\S/i;
/** One word before the first number, a section's name, not a date's own words (`ในวันที่`, `เมื่อ`, `ณ`). */
const SHORT_LEAD = /^(?!\S*(?:วัน|เมื่อ|เวลา|ตั้งแต่|ถึง|ช่วง))(?!ใน|ณ)[^\d\s]{1,20}\s\d/;
/** A space before a number: where the date after an author's or a section's name may start. */
const SPACE_BEFORE_NUMBER = /\s(?=\d)/g;

function dateAfterLead(line: string): BylineDate | null {
  for (const space of line.matchAll(SPACE_BEFORE_NUMBER)) {
    const found = readDatePart(line.slice(space.index + 1));
    if (found) return found;
  }
  return null;
}

/** The ISO date of a byline, or null when the line is not a date and nothing else. */
export function parseBylineDate(line: string): string | null {
  return readBylineDate(line)?.date ?? null;
}
