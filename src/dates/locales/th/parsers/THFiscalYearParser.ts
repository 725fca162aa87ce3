/**
 * Thai government fiscal years: `ปีงบประมาณ 2563`, `ปีงบประมาณ พ.ศ. ๒๕๖๓`, `ปีงบ 62`, `ปีงบฯ 2563-2565`,
 * as the days they cover (`thai/fiscal-year.ts`); and relative to the document date's fiscal year
 * (`ปีงบประมาณหน้า`, `ปีงบฯ นี้`, `ปีงบประมาณที่แล้ว`), as budget news writes them.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { ERA_MARKER_PATTERN, readRangeEndYear, readYear } from '../../../../thai/eras.js';
import { fiscalYearDays, fiscalYearOf } from '../../../../thai/fiscal-year.js';
import { tagKind } from '../../../result-tags.js';
import type { ParserAnchors } from '../../../anchors.js';
import { computedDateComponents, dayOfYearComponents, referenceDate } from '../components.js';
import { GAP, NUMBER_END, RANGE_CONNECTOR, relativeYearOffset } from '../constants.js';

/** Every match starts with it. */
const FISCAL_YEAR = ['ปีงบ'];
const YEAR = `(\\d{4}|\\d{2})${NUMBER_END}`;
const PATTERN = new RegExp(
  `ปีงบ(?:ประมาณ)?ฯ?${GAP}(?:(?:(${ERA_MARKER_PATTERN})${GAP})?${YEAR}(?:${GAP}${RANGE_CONNECTOR}${GAP}(?:${ERA_MARKER_PATTERN}${GAP})?${YEAR})?|(นี้|หน้า|ที่แล้ว|ที่ผ่านมา))`,
);

export default class THFiscalYearParser implements Parser {
  // It starts with ปีงบ; after it up to 53 units (ประมาณฯ, an era, a year, a range to another).
  readonly anchors: ParserAnchors = { words: FISCAL_YEAR, before: 4, after: 64 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, marker, written, endWritten, relative] = match;
    if (relative) {
      const fiscalYear = fiscalYearOf(referenceDate(context)) + relativeYearOffset(relative);
      const days = fiscalYearDays(fiscalYear);
      const result = context.createParsingResult(match.index!, text);
      result.start = tagKind(computedDateComponents(context, days.start, 'day'), 'relative');
      result.end = tagKind(computedDateComponents(context, days.end, 'day'), 'relative');
      return result;
    }
    const first = readYear(written, marker);
    const last = endWritten ? readRangeEndYear(first, endWritten) : first;
    if (last.ce < first.ce) return null;
    const result = context.createParsingResult(match.index!, text);
    result.start = dayOfYearComponents(context, fiscalYearDays(first.ce).start, first);
    result.end = dayOfYearComponents(context, fiscalYearDays(last.ce).end, last);
    tagKind(result.start, 'fiscal');
    return result;
  }
}
