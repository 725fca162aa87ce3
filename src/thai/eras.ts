/**
 * Thai eras and their conversion to the Common Era, with the historical calendar: before the
 * 1941 reform the Buddhist-era year began on 1 April, so January–March of BE 2483 and earlier
 * belong to the next Common-Era year (CE = BE − 542); Rattanakosin years (ร.ศ.) also began on
 * 1 April (CE = RS + 1781, + 1782 in January–March); Chula Sakarat (จ.ศ.) is CE = CS + 638
 * (+ 639 before its new year in March/April, taken here as January–March).
 */
import type { CalendarDate } from './calendar.js';
import { THAI_CONSONANTS } from './characters.js';

/** BE: Buddhist era (พ.ศ.); CE: Common Era (ค.ศ.); RS: Rattanakosin (ร.ศ.); CS: Chula Sakarat (จ.ศ.). */
export type Era = 'BE' | 'CE' | 'RS' | 'CS';

/** A year as the text writes it, the era it was read in, and the Common-Era year. */
export interface YearReading {
  written: string;
  era: Era;
  ce: number;
}

/**
 * Era markers written before a year; not the tail of an acronym (`ก.ค.ศ.` is a commission).
 * Undotted `รศ.` is an associate professor, so only `พศ.` and `คศ.` go without the first dot.
 */
export const ERA_MARKER_PATTERN =
  `(?<![${THAI_CONSONANTS}]\\.)` + '(?:[พครจ]\\.\\s?ศ\\.?|[พค]ศ\\.|พุทธศักราช|คริสต์ศักราช|คริสตศักราช|รัตนโกสินทร์ศก|จุลศักราช|B\\.\\s?E\\.?|A\\.\\s?D\\.?|C\\.\\s?E\\.?)';

/** The abbreviations as running text writes them before a year: the common two often without their last dot (`พ.ศ 2562`). */
export const ERA_ABBREVIATIONS: readonly string[] = ['พ.ศ.', 'ค.ศ.', 'พ.ศ', 'ค.ศ', 'จ.ศ.', 'ร.ศ.'];

const MARKER_ERAS: ReadonlyArray<readonly [RegExp, Era]> = [
  [/^(?:พ|พุทธ|B)/, 'BE'],
  [/^(?:ค|คริสต|A|C)/, 'CE'],
  [/^(?:ร|รัตนโกสินทร์)/, 'RS'],
  [/^(?:จ|จุล)/, 'CS'],
];

/** Four-digit years from 2300 on are Buddhist era (CE 1757); nobody writes CE years that late. */
const FIRST_UNMARKED_BE_YEAR = 2300;
/** The last Buddhist-era year that began on 1 April (it ended early, on 31 December 1940). */
const LAST_APRIL_BE_YEAR = 2483;

/** The era of a marker that ERA_MARKER_PATTERN matched. */
export function eraOfMarker(marker: string): Era {
  for (const [pattern, era] of MARKER_ERAS) if (pattern.test(marker)) return era;
  return 'BE';
}

/** The era of a year written without a marker: two digits are Thai short BE years (`ส.ค.63`). */
export function eraOfUnmarkedYear(written: string): Era {
  if (written.length <= 2) return 'BE';
  return Number(written) >= FIRST_UNMARKED_BE_YEAR ? 'BE' : 'CE';
}

/** The full year number: two-digit BE years are 25xx, two-digit CE years 20xx. */
export function fullYearNumber(written: string, era: Era): number {
  const year = Number(written);
  if (written.length > 2) return year;
  return era === 'CE' ? 2000 + year : 2500 + year;
}

function startsInApril(year: number, era: Era): boolean {
  return era === 'RS' || (era === 'BE' && year <= LAST_APRIL_BE_YEAR);
}

/** The Common-Era year of `year` in `era`; `month` decides for eras whose year began in spring. */
export function toCommonEraYear(year: number, era: Era, month?: number): number {
  const earlyInYear = month !== undefined && month <= 3;
  switch (era) {
    case 'CE':
      return year;
    case 'BE':
      return year - (startsInApril(year, era) && earlyInYear ? 542 : 543);
    case 'RS':
      return year + (earlyInYear ? 1782 : 1781);
    case 'CS':
      return year + (earlyInYear ? 639 : 638);
  }
}

/** The days a year covers when it did not start on 1 January (pre-1941 BE and RS years). */
export function eraYearInterval(year: number, era: Era): { start: CalendarDate; end: CalendarDate } | null {
  if (!startsInApril(year, era)) return null;
  const first = toCommonEraYear(year, era);
  const end: CalendarDate = era === 'BE' && year === LAST_APRIL_BE_YEAR ? { year: first, month: 12, day: 31 } : { year: first + 1, month: 3, day: 31 };
  return { start: { year: first, month: 4, day: 1 }, end };
}

/** Reads a written year (ASCII digits) with an optional era marker; `month` decides for years that began in April. */
export function readYear(written: string, marker: string | undefined, month?: number): YearReading {
  return readYearInEra(written, marker ? eraOfMarker(marker) : eraOfUnmarkedYear(written), month);
}

/** Reads a written year (ASCII digits) in an era already known. */
export function readYearInEra(written: string, era: Era, month?: number): YearReading {
  return { written, era, ce: toCommonEraYear(fullYearNumber(written, era), era, month) };
}

/** The second year of a range, read in the era of the first; fewer digits keep its century (`2559-63`). */
export function readRangeEndYear(start: YearReading, written: string): YearReading {
  const startYear = fullYearNumber(start.written, start.era);
  const year = written.length < start.written.length ? startYear - (startYear % 100) + Number(written) : fullYearNumber(written, start.era);
  return { written, era: start.era, ce: toCommonEraYear(year, start.era) };
}
