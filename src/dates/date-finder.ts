/**
 * Finds the date and time expressions of a Thai text with the Thai chrono locale and reads
 * them into date mentions with code-point offsets. Relative expressions resolve against the
 * document's publication date; without one they keep no value and a warning says so.
 */
import { CodePointIndex } from '../core/code-points.js';
import type { DateMention } from '../document/types.js';
import type { YearReading } from '../thai/eras.js';
import { createThaiChrono, type ThaiLocaleOptions } from './locales/th/index.js';
import { WindowedChrono } from './parse-in-windows.js';
import { isImpossibleDate, readResult } from './read-result.js';
import { toAsciiDigits, toThaiDigits } from '../thai/digits.js';

export interface FindDatesOptions {
  /** The document date (`YYYY-MM-DD`, optionally with a time): the anchor of relative expressions. */
  published?: string;
  /** The text's code-point index, when the caller has one already (a pipeline's document does). */
  index?: CodePointIndex;
}

export type DateWarningCode = 'impossible-date' | 'no-anchor' | 'bad-published';

export interface DateWarning {
  code: DateWarningCode;
  message: string;
  /** Code-point offsets of the expression the warning is about. */
  start?: number;
  end?: number;
}

export interface DateFinding {
  dates: DateMention[];
  warnings: DateWarning[];
}

/**
 * chrono needs a reference date even when the document has none; a fixed one keeps the
 * output reproducible. No value that depends on it is reported (see `needsAnchor`).
 */
const UNANCHORED_REFERENCE = new Date(2000, 0, 1, 12);

function referenceFromPublished(published: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day, 12);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** The year as the text writes it: in Thai digits where the text uses them. */
function writtenAsInText(reading: YearReading, spanText: string): YearReading {
  const thai = toThaiDigits(reading.written);
  return spanText.includes(thai) ? { ...reading, written: thai } : reading;
}

export type DateFinderOptions = ThaiLocaleOptions;

export class DateFinder {
  private readonly chrono: WindowedChrono;

  constructor(options: DateFinderOptions = {}) {
    this.chrono = new WindowedChrono(createThaiChrono(options));
  }

  find(text: string, options: FindDatesOptions = {}): DateFinding {
    const warnings: DateWarning[] = [];
    const reference = options.published === undefined ? null : referenceFromPublished(options.published);
    if (options.published !== undefined && !reference) {
      warnings.push({ code: 'bad-published', message: `meta.published "${options.published}" is not a YYYY-MM-DD date; relative dates stay unresolved` });
    }
    const anchored = reference !== null;
    const index = options.index ?? new CodePointIndex(text);
    const dates: DateMention[] = [];
    const results = this.chrono.parse(toAsciiDigits(text), reference ?? UNANCHORED_REFERENCE);
    for (const result of results) {
      const start = index.toCodePoint(result.index);
      const end = index.toCodePoint(result.index + result.text.length);
      const spanText = index.slice(start, end);
      if (isImpossibleDate(result.start, anchored) || (result.end && isImpossibleDate(result.end, anchored))) {
        warnings.push({ code: 'impossible-date', message: `"${spanText}" names a day that does not exist`, start, end });
        continue;
      }
      const { type, value, year, endYear, needsAnchor } = readResult(result, anchored);
      const mention: DateMention = { start, end, text: spanText, type, value };
      if (year) mention.year = writtenAsInText(year, spanText);
      if (endYear) mention.endYear = writtenAsInText(endYear, spanText);
      if (needsAnchor) mention.needsAnchor = true;
      dates.push(mention);
    }
    const unresolved = dates.filter((date) => date.needsAnchor).length;
    if (unresolved > 0) {
      warnings.push({ code: 'no-anchor', message: `${unresolved} date expression(s) need the document date (meta.published), which is missing` });
    }
    return { dates, warnings };
  }
}

let sharedFinder: DateFinder | null = null;

/** The date mentions of `text` (code-point offsets); builds one shared finder on first use. */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  sharedFinder ??= new DateFinder();
  return sharedFinder.find(text, options).dates;
}
