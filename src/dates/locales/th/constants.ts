/**
 * Pattern pieces shared by the Thai parsers. Every quantifier is bounded so that each match
 * is short and scanning stays linear on any input.
 */
import { ERA_MARKER_PATTERN, readYear, type YearReading } from '../../../thai/eras.js';
import { MONTH_NAME_PATTERN } from '../../../thai/months.js';
import { NUMBER_WORD_PATTERN, numberWordValue } from '../../../thai/number-words.js';

/** Spaces as Thai news writes them, no-break and zero-width spaces included. */
export const SPACE = '[\\s\\u00a0\\u200b]';
/** Optional space between the parts of an expression. */
export const GAP = `${SPACE}{0,3}`;

/** Range connectors between two dates or times: dashes, `ถึง`, `จนถึง`, `ไปจนถึง`, and `ต่อเนื่องถึง` ("on through", as event notices write a run of days). */
export const RANGE_CONNECTOR = `(?:[-–—~]|(?:ต่อเนื่อง${GAP})?(?:ไป)?(?:จน)?ถึง)`;

/**
 * A part of the day written before the next day's date (`คืนวันที่ 4 ต่อเนื่องถึงเช้าวันที่ 5 ธ.ค.`): no
 * parser reads it; it says the night ran on into the next morning, two days, not a range
 * (THListedDaysRefiner). Longer words first.
 */
export const PART_OF_DAY = `(?:(?:ช่วง|ตอน)${GAP})?(?:เช้ามืด|รุ่งเช้า|เช้า|สาย|เที่ยงคืน|เที่ยง|บ่าย|เย็น|หัวค่ำ|ค่ำ|กลางคืน|คืน|ดึก)`;

/** The early, middle or late part of a month or year (`ต้นเดือน`, `ปลายปี`): it narrows a date, no parser reads it. */
export const PART_OF_PERIOD = '(?:ต้น|กลาง|ปลาย)';

/** `ก่อน` means "ago" only at the end of a phrase; `ปีก่อนการเลือกตั้ง` is "the year before the election". */
export const BEFORE_AT_PHRASE_END = `ก่อน(?=${SPACE}|[),.]|$)`;

/**
 * What may not touch a number on its left: another digit, a decimal or thousands separator,
 * a slash or colon (`5/2563`, `1:30`), or a Latin letter (`iPhone15`).
 */
const NUMBER_LEFT_NEIGHBOUR = /[\d.,:/A-Za-z]/;
export const NUMBER_START = '(?<![\\d.,:/A-Za-z])';

/** Units and counters that make a number a quantity rather than a year (`2500 บาท`). */
const QUANTITY_WORDS = [
  'บาท',
  'ล้าน',
  'แสน',
  'หมื่น',
  'พัน(?!ธ)',
  'คน',
  'ราย',
  'ตัว(?!เลข)',
  'ครั้ง',
  'แห่ง',
  'หน่วย',
  'ชิ้น',
  'ลำ',
  'คัน',
  'หลัง(?!จาก)',
  'เล่ม',
  'ไร่',
  'ตัน',
  'กิโล',
  'กม',
  'เมตร',
  'ลิตร',
  'กรัม',
  'ดอลลาร์',
  'เหรียญ',
  'ปี',
  'เดือน',
  'วัน(?!ที่)',
  'ชั่วโมง',
  'ชม',
  'นาที',
  'วินาที',
  '%',
  'เปอร์เซ็นต์',
  'ครัวเรือน',
  'โครงการ',
  'ฉบับ',
  'ข้อ(?!มูล|ตกลง)',
  'ศพ',
];
const NOT_A_QUANTITY = `(?!${SPACE}{0,2}(?:${QUANTITY_WORDS.join('|')}))`;
/**
 * Two digits that can be a day, with a month name after them, are the day of the next date, not
 * a short year: a date at a line's end and another opening the next line (`วันที่ 28
 * กรกฎาคม\n27 ก.ค.62`). A year above 31 cannot be a day: `ม.ค. 64 ก.พ. 64` keeps its years.
 */
const NOT_THE_NEXT_DAY = `(?!(?:[0-2]\\d|3[01])${SPACE}{0,3}(?:${MONTH_NAME_PATTERN}))`;
const QUANTITY_AFTER = new RegExp(`^${SPACE}{0,2}(?:${QUANTITY_WORDS.join('|')})`);

/**
 * Names of events, competitions, festivals and laws that a year follows without `ปี`
 * (`ฟุตบอลโลก 2022`, `ซีเกมส์ 2019`, `ปีใหม่ 2026`, `รัฐธรรมนูญ 2560`, `Expo 2020`): after them a
 * bare number is a year in either era.
 */
export const NAMED_YEAR_BEFORE = new RegExp(
  '(?:' +
    [
      'ฟุตบอลโลก',
      'บอลโลก',
      'เวิลด์คัพ',
      'world cup',
      'ยูโร',
      'euro',
      'ซีเกมส์',
      'ซีเกมส์ครั้งที่ \\d+',
      'sea games',
      'เอเชียนเกมส์',
      'asian games',
      'เอเชียนคัพ',
      'asian cup',
      'เอเอฟเอฟ คัพ',
      'aff cup',
      'ซูซูกิ คัพ',
      'มิตซูบิชิ อิเล็คทริค คัพ',
      'โอลิมปิก(?:ส์)?(?:เกมส์)?',
      'olympics?',
      'พาราลิมปิก(?:ส์)?',
      'paralympics?',
      'ยูธโอลิมปิก',
      'อาเซียนพาราเกมส์',
      'ชิงแชมป์(?:โลก|เอเชีย|อาเซียน|ยุโรป)',
      'เวิลด์ เอ็กซ์โป',
      'เอ็กซ์โป',
      'expo',
      'มิสยูนิเวิร์ส',
      'miss universe',
      'มิสแกรนด์(?:ไทยแลนด์|อินเตอร์เนชั่นแนล)?',
      'รัฐธรรมนูญ(?:แห่งราชอาณาจักรไทย)?(?: ฉบับ(?:ปี)?)?',
      'ร่างรัฐธรรมนูญ',
      'แผนพัฒนา[ก-๙]{0,30}',
      'ยุทธศาสตร์ชาติ',
      'วิสัยทัศน์',
      'เอเปค',
      'apec',
      'cop',
      // the new year's and Songkran's festivities of a year (`ต้อนรับปีใหม่ 2026`)
      'ปีใหม่',
      'สงกรานต์',
    ].join('|') +
    ')[\\s\\u00a0]{0,2}$',
  'i',
);

/** Whether the number that ends at `end` counts something (`2500 บาท`, `62 คน`). */
export function countsSomething(text: string, end: number): boolean {
  return QUANTITY_AFTER.test(text.slice(end, end + 12));
}

/** A number ends where no digit and no decimal part follows. */
export const NUMBER_END = '(?![\\d]|[.,:]\\d)';

/**
 * A year after a month or an era marker: optional marker (group 1), then four digits, or two
 * digits that do not count something (`12 ธ.ค. 10 คน`) and do not open the next date (group 2);
 * never the start of a decimal.
 */
export const YEAR_PATTERN = `(?:(${ERA_MARKER_PATTERN})${GAP})?(\\d{4}${NUMBER_END}|${NOT_THE_NEXT_DAY}\\d{2}${NUMBER_END}${NOT_A_QUANTITY})`;

/**
 * The regular expressions check the left neighbour with a look-behind, but chrono runs them on
 * the text after its previous match, where that neighbour is cut off: the parsers check again.
 */
export function startsAtNumberBoundary(text: string, index: number): boolean {
  return index === 0 || !NUMBER_LEFT_NEIGHBOUR.test(text[index - 1]);
}

/** The year of YEAR_PATTERN's groups, if the digits are present. */
export function yearFromGroups(marker: string | undefined, digits: string | undefined, month?: number): YearReading | undefined {
  return digits ? readYear(digits, marker, month) : undefined;
}

/** A small count written in ASCII digits (after `toAsciiDigits`) or as a Thai word. */
export const SMALL_NUMBER_PATTERN = `(?:\\d{1,2}|${NUMBER_WORD_PATTERN})`;

/** The value of a SMALL_NUMBER_PATTERN match. */
export function smallNumberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  return numberWordValue(text) ?? NaN;
}

/** Years from the document's year that `ปีนี้`, `ปีหน้า`, `ปีที่แล้ว`, `ปีที่ผ่านมา`, `ปีก่อน` name. */
export function relativeYearOffset(word: string): number {
  if (word === 'นี้') return 0;
  return word === 'หน้า' ? 1 : -1;
}
