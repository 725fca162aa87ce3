/**
 * A month with its year (`พฤศจิกายน 2560`, `มิ.ย.61`, `เดือน ต.ค.61`), a month after `เดือน`
 * (`เดือนมีนาคม`, the year taken from the document date), a bare month that opens a month
 * range (`ม.ค.` in `ม.ค.-มี.ค. 64`; THMergeDateRangeRefiner joins the two) or that the words
 * after it point at (`ก.ย.นี้`, `มีนาคมที่ผ่านมา`; THYearlessDateRefiner picks the year), or a
 * month written in full or with both dots (`ตั้งแต่เม.ย.`, `พฤศจิกายนเดือนเดียว`).
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_NAME_CORES, MONTH_NAME_PATTERN, monthFromName } from '../../../../thai/months.js';
import type { ParserAnchors } from '../../../anchors.js';
import { dateComponents } from '../components.js';
import { GAP, RANGE_CONNECTOR, YEAR_PATTERN, yearFromGroups } from '../constants.js';

const PATTERN = new RegExp(
  `(เดือน${GAP})?(${MONTH_NAME_PATTERN})(?:${GAP}${YEAR_PATTERN})?` +
    // A quantified look-ahead that matches nothing is skipped by the regex engine: use an alternation.
    `(?:(?=(${GAP}${RANGE_CONNECTOR}${GAP}(?:เดือน${GAP})?${MONTH_NAME_PATTERN}|${GAP}(?:นี้|ที่ผ่านมา|ที่แล้ว|ที่จะถึง)))|)`,
);

/** `ส.ค.1` is a land title form, not August. */
const DIGIT_AFTER = /^\s?\d/;

/**
 * A full month name, or an abbreviation with both its dots, is a month by itself; `ก.พ.` alone
 * is as often the civil service commission.
 */
function standsAlone(name: string, month: number): boolean {
  return !name.includes('.') || (name.endsWith('.') && month !== 2);
}

export default class THMonthYearParser implements Parser {
  // Before the month เดือน (6 units); after it up to 63 (the rest of its name, a year with its
  // era, the look-ahead for a second month or the pointing words).
  readonly anchors: ParserAnchors = { words: MONTH_NAME_CORES, before: 12, after: 80 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, monthWord, monthName, era, digits, pointedAt] = match;
    const month = monthFromName(monthName);
    if (!month) return null;
    if (!monthWord && !digits && !pointedAt) {
      const end = match.index! + text.length;
      if (!standsAlone(monthName, month) || DIGIT_AFTER.test(context.text.slice(end, end + 2))) return null;
    }
    const result = context.createParsingResult(match.index!, text);
    result.start = dateComponents(context, { month }, yearFromGroups(era, digits, month));
    return result;
  }
}
