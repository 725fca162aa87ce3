/**
 * Thai government fiscal years: `ปีงบประมาณ 2563`, `ปีงบประมาณ พ.ศ. ๒๕๖๓`, `ปีงบ 62`, `ปีงบฯ 2563-2565`.
 * A fiscal year runs from 1 October to 30 September and is named by the year it ends in;
 * before BE 2503 it was the calendar year.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { CalendarDate } from '../../../../thai/calendar.js';
import { ERA_MARKER_PATTERN, readRangeEndYear, readYear } from '../../../../thai/eras.js';
import { tagKind } from '../../../result-tags.js';
import { dayOfYearComponents } from '../components.js';
import { GAP, NUMBER_END, RANGE_CONNECTOR } from '../constants.js';

const YEAR = `(\\d{4}|\\d{2})${NUMBER_END}`;
const PATTERN = new RegExp(
  `ปีงบ(?:ประมาณ)?ฯ?${GAP}(?:(${ERA_MARKER_PATTERN})${GAP})?${YEAR}(?:${GAP}${RANGE_CONNECTOR}${GAP}(?:${ERA_MARKER_PATTERN}${GAP})?${YEAR})?`,
);

/** The first fiscal year that ran from October (BE 2503, CE 1960). */
const FIRST_OCTOBER_FISCAL_YEAR_CE = 1960;

function fiscalYearDays(ce: number): { start: CalendarDate; end: CalendarDate } {
  if (ce < FIRST_OCTOBER_FISCAL_YEAR_CE) return { start: { year: ce, month: 1, day: 1 }, end: { year: ce, month: 12, day: 31 } };
  return { start: { year: ce - 1, month: 10, day: 1 }, end: { year: ce, month: 9, day: 30 } };
}

export default class THFiscalYearParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, marker, written, endWritten] = match;
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
