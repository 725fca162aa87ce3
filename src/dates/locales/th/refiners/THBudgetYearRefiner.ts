/**
 * The year of a budget is a fiscal year: `งบประมาณปี 2568`, `งบประมาณรายจ่ายประจำปี 2568`, `งบปี 68`
 * name the budget of fiscal year 2568 (1 October 2567 to 30 September 2568), as `ปีงบประมาณ 2568`
 * does. Government and business news writes the budget's year this way about as often as with
 * `ปีงบประมาณ`; read as a calendar year it was three months off. The year parser proposes the
 * year; this refiner turns it into the fiscal year's days when budget words stand right before `ปี`.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { fiscalYearDays } from '../../../../thai/fiscal-year.js';
import { isEnglish, tagKind, taggedKind, yearReadingOf } from '../../../result-tags.js';
import { dayOfYearComponents } from '../components.js';
import { GAP } from '../constants.js';

/** `งบ`, `งบประมาณ`, `งบประมาณรายจ่าย`, `งบรายจ่ายประจำ`, right before the result's `ปี`. */
const BUDGET_BEFORE = new RegExp(`งบ(?:ประมาณ)?(?:${GAP}รายจ่าย)?(?:${GAP}ประจำ)?${GAP}$`);
const LOOK_BEHIND = 24;

/** A year or a range of years written with `ปี`, and nothing finer. */
function isWrittenYear(result: ParsingResult): boolean {
  return result.text.startsWith('ปี') && !isEnglish(result) && taggedKind(result) !== 'relative' && !result.start.isCertain('month');
}

export default class THBudgetYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!isWrittenYear(result)) continue;
      if (!BUDGET_BEFORE.test(context.text.slice(Math.max(0, result.index - LOOK_BEHIND), result.index))) continue;
      const first = yearReadingOf(result.start);
      const last = result.end ? yearReadingOf(result.end) : first;
      if (!first || !last) continue;
      result.start = tagKind(dayOfYearComponents(context, fiscalYearDays(first.ce).start, first), 'fiscal');
      result.end = dayOfYearComponents(context, fiscalYearDays(last.ce).end, last);
    }
    return results;
  }
}
