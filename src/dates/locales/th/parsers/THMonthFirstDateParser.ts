/**
 * Month name first, English style, in Thai script: `มิถุนายน 20, 2019` (news bylines). The
 * comma tells it apart from a month and a year (`มิถุนายน 2562`).
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { MONTH_NAME_CORES, MONTH_NAME_PATTERN, monthFromName } from '../../../../thai/months.js';
import type { ParserAnchors } from '../../../anchors.js';
import { dateComponents } from '../components.js';
import { GAP, SPACE, YEAR_PATTERN, yearFromGroups } from '../constants.js';

const PATTERN = new RegExp(`(${MONTH_NAME_PATTERN})${SPACE}{1,3}(\\d{1,2}),${GAP}${YEAR_PATTERN}`);

export default class THMonthFirstDateParser implements Parser {
  // The month comes first; after it up to 39 units (the rest of its name, day, comma, a year with its era).
  readonly anchors: ParserAnchors = { words: MONTH_NAME_CORES, before: 8, after: 56 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const month = monthFromName(match[1]);
    const day = Number(match[2]);
    if (!month || day < 1 || day > 31) return null;
    const result = context.createParsingResult(match.index!, match[0]);
    result.start = dateComponents(context, { day, month }, yearFromGroups(match[3], match[4], month));
    return result;
  }
}
