import { abbreviates, isShortForm, nearlyAbbreviates } from './acronym-matcher.js';
import { CodePointIndex } from '../core/code-points.js';
import { SPACE } from './characters.js';

/** How the inside of a parenthesis is laid out, after the forms seen in Thai news. */
export type InsidePattern = 'EN' | 'ACR' | 'EN:ACR' | 'ACR:EN' | 'EN-ACR' | 'ACR-EN' | 'EN,ACR' | 'EN(ACR)';

/** A half-open range of indices into a text: code points where exported, UTF-16 units inside the parenthetical finder. */
export type Range = [start: number, end: number];

export interface InsideParts {
  pattern: InsidePattern;
  english?: Range;
  acronym?: Range;
}

function trim(text: string, [start, end]: Range): Range {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return [start, end];
}

const slice = (text: string, [start, end]: Range): string => text.slice(start, end);

/**
 * The short form at the start of `range`, when what follows it is nothing or a trailing note
 * after `,` `;` or `(` (`WHO, 2020`), which belongs to neither the English nor the acronym.
 */
function leadingShortForm(text: string, range: Range): Range | null {
  const [start, end] = trim(text, range);
  let stop = start;
  while (stop < end && !SPACE.test(text[stop]) && !',;('.includes(text[stop])) stop++;
  const candidate: Range = [start, stop];
  const rest = trim(text, [stop, end]);
  if (rest[0] < rest[1] && !',;('.includes(text[rest[0]])) return null;
  return isShortForm(slice(text, candidate)) ? candidate : null;
}

/** The separators between an English name and its short form, in the order they are tried. */
const COLON = /\s*[:：]\s*/gu;
const DASH = /\s+[-–—]+\s*|\s*[–—]+\s+|\s*-\s+/gu;

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

function firstMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** Splits at a separator: English then short form, or short form then English. */
function splitAt(
  text: string,
  pattern: RegExp,
  englishFirst: InsidePattern,
  acronymFirst: InsidePattern,
): InsideParts | null {
  const last = lastMatch(text, pattern);
  if (last && last.index > 0) {
    const acronym = leadingShortForm(text, [last.index + last[0].length, text.length]);
    const english = trim(text, [0, last.index]);
    if (acronym && english[1] > english[0] && !isShortForm(slice(text, english))) {
      return { pattern: englishFirst, english, acronym };
    }
  }
  const first = firstMatch(text, pattern);
  if (first && first.index > 0) {
    const acronym = trim(text, [0, first.index]);
    const english = trim(text, [first.index + first[0].length, text.length]);
    // A short form first is often a qualifier (`ASEAN – Australia Special Summit`): its letters must spell the English.
    const short = slice(text, acronym);
    if (isShortForm(short) && /\s/u.test(slice(text, english)) && abbreviates(short, slice(text, english))) {
      return { pattern: acronymFirst, english, acronym };
    }
  }
  return null;
}

/**
 * A comma is an ordinary part of English names (`Micro, Small and Medium Enterprises`), so a
 * short form after the last comma counts only when its letters spell the English, all of them
 * or all but one.
 */
function splitAtComma(text: string): InsideParts | null {
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return null;
  const acronym = trim(text, [comma + 1, text.length]);
  const english = trim(text, [0, comma]);
  const short = slice(text, acronym);
  if (!isShortForm(short) || !nearlyAbbreviates(short, slice(text, english))) return null;
  return { pattern: 'EN,ACR', english, acronym };
}

/** `Social Investment Fund-SIF`: a hyphen without spaces counts only before letters that spell the English. */
function splitAtHyphen(text: string): InsideParts | null {
  const m = /[-–]([^\s\-–]+)\s*$/u.exec(text);
  if (!m || !isShortForm(m[1])) return null;
  const english = trim(text, [0, m.index]);
  if (!/\s/u.test(slice(text, english)) || !abbreviates(m[1], slice(text, english))) return null;
  const start = m.index + 1;
  return { pattern: 'EN-ACR', english, acronym: [start, start + m[1].length] };
}

/** `English (ACR)` written inside the parenthesis itself. */
function splitNested(text: string): InsideParts | null {
  const m = /\(\s*([^()\s]+)\s*\)\s*$/u.exec(text);
  if (!m || !isShortForm(m[1])) return null;
  const english = trim(text, [0, m.index]);
  if (english[1] <= english[0]) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { pattern: 'EN(ACR)', english, acronym: [start, start + m[1].length] };
}

/** Splits the inside of a parenthesis (without the brackets) into its English and short form, as UTF-16 ranges. */
export function splitInsideUtf16(text: string): InsideParts {
  const whole = trim(text, [0, text.length]);
  const parts = splitAt(text, COLON, 'EN:ACR', 'ACR:EN') ?? splitAt(text, DASH, 'EN-ACR', 'ACR-EN') ?? splitAtComma(text) ?? splitAtHyphen(text) ?? splitNested(text);
  if (parts) return parts;
  if (isShortForm(slice(text, whole))) return { pattern: 'ACR', acronym: whole };
  return { pattern: 'EN', english: whole };
}

/**
 * Splits the inside of a parenthesis (without the brackets) into its English and short form,
 * as code-point ranges into `text`.
 */
export function splitInside(text: string): InsideParts {
  const parts = splitInsideUtf16(text);
  const index = new CodePointIndex(text);
  const toCodePoints = ([start, end]: Range): Range => [index.toCodePoint(start), index.toCodePoint(end)];
  return {
    pattern: parts.pattern,
    ...(parts.english && { english: toCodePoints(parts.english) }),
    ...(parts.acronym && { acronym: toCodePoints(parts.acronym) }),
  };
}
