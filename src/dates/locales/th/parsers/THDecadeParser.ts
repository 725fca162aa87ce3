/**
 * Decades: `ทศวรรษ 1990`, `ทศวรรษที่ 2530` (Buddhist-era decades run 2530–2539, CE 1987–1996),
 * `ยุค 90` and `ยุค 90s` (the 1990s: entertainment news names decades by two digits),
 * `ยุค 80-90`, and their parts, `ปลายทศวรรษ 1980`, `ต้นยุค 2000` (`thai/year-parts.ts`).
 * A range of years. A count of decades comes before the word (`3 ทศวรรษ`) and is no date, nor
 * is an era named by an amount (`ยุค 30 บาท`).
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { ERA_MARKER_PATTERN, readYear, type YearReading } from '../../../../thai/eras.js';
import { type DecadePartWord, decadeYears } from '../../../../thai/year-parts.js';
import type { ParserAnchors } from '../../../anchors.js';
import { dateComponents } from '../components.js';
import { countsSomething, GAP, PART_OF_PERIOD } from '../constants.js';

const DECADE_WORDS = ['ทศวรรษ', 'ยุค'];
/** A decade's digits, with the English plural (`90s`, `90's`) or its Thai spelling (`90ส์`). */
const DECADE_DIGITS = `(\\d{4}|\\d{2})(?:'?s|ส์)?(?![\\d.,A-Za-z])`;
const PATTERN = new RegExp(
  `(${PART_OF_PERIOD})?(?:${DECADE_WORDS.join('|')})(?:ที่)?${GAP}(?:(${ERA_MARKER_PATTERN})${GAP})?${DECADE_DIGITS}(?:${GAP}[-–]${GAP}${DECADE_DIGITS})?`,
);

/** Two-digit decades that Thai news means as the 1930s to the 1990s; `ยุค 20` may be either century. */
const FIRST_SHORT_DECADE = 30;

/** The reading of a written decade's first year, or undefined when the digits name no decade. */
function decadeReading(written: string, marker: string | undefined): YearReading | undefined {
  const number = Number(written);
  if (number % 10 !== 0) return undefined;
  if (written.length === 4) return readYear(written, marker);
  return !marker && number >= FIRST_SHORT_DECADE ? { written, era: 'CE', ce: 1900 + number } : undefined;
}

export default class THDecadeParser implements Parser {
  // Before the word its part (ต้น, กลาง, ปลาย); after it ที่, an era written out, two decades
  // with their plurals and the look-ahead (29 units).
  readonly anchors: ParserAnchors = { words: DECADE_WORDS, before: 4, after: 32 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, part, marker, written, endWritten] = match;
    const first = decadeReading(written, marker);
    if (!first) return null;
    // `ยุค 30 บาท` is the thirty-baht era, not the 1930s.
    if (countsSomething(context.text, match.index! + text.length)) return null;
    let { first: firstYear, last: lastYear } = decadeYears(first.ce, part as DecadePartWord | undefined);
    if (endWritten) {
      // `ยุค 80-90`: a second decade, later than the first, in the same way of writing.
      if (endWritten.length !== written.length) return null;
      const end = decadeReading(endWritten, marker);
      if (!end || end.ce <= first.ce) return null;
      firstYear = first.ce;
      lastYear = end.ce + 9;
    }
    const result = context.createParsingResult(match.index!, text);
    // The first year keeps what the text wrote; the last is not written.
    result.start = dateComponents(context, {}, { ...first, ce: firstYear });
    result.end = context.createParsingComponents({ year: lastYear });
    return result;
  }
}
