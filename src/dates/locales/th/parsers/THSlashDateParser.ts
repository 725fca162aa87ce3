/**
 * Numeric dates, day first as Thai writes them: `20/06/2562`, `20/6/62`, `20-06-2562`, `26-6-61`,
 * `20.06.2562`. Dots need a four-digit year, so `1.9.62` or `13.62` are never dates.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { readYear } from '../../../../thai/eras.js';
import type { ParserAnchors } from '../../../anchors.js';
import { dateComponents } from '../components.js';
import { GAP, NUMBER_START, startsAtNumberBoundary } from '../constants.js';

const PATTERN = new RegExp(
  `(?:(?:วันที่|วัน)${GAP})?${NUMBER_START}(\\d{1,2})(?:/(\\d{1,2})/(\\d{4}|\\d{2})|-(\\d{1,2})-(\\d{4}|\\d{2})|\\.(\\d{1,2})\\.(\\d{4}))(?![\\d]|[./-]\\d)`,
);

export default class THSlashDateParser implements Parser {
  // Before the day วันที่ (7 units); after the day the month, the year and the look-ahead (6).
  readonly anchors: ParserAnchors = { digits: true, before: 12, after: 12 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index!;
    if (!startsAtNumberBoundary(context.text, index + match[0].search(/\d/))) return null;
    const first = Number(match[1]);
    const second = Number(match[2] ?? match[4] ?? match[6]);
    const written = match[3] ?? match[5] ?? match[7];
    // Day first, unless only month first can be right (`2/21/2004`, as English writes it).
    const [day, month] = second > 12 && first <= 12 ? [second, first] : [first, second];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start = dateComponents(context, { day, month }, readYear(written, undefined, month));
    return result;
  }
}
