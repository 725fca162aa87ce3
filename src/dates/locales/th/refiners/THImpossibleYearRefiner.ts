/**
 * A year no calendar has: one written with a leading zero (`พ.ศ.000`, `0000`, `พ.ศ. 0543`), which
 * no writer of a date puts there, or one before the Common Era's first (`ค.ศ. 0`), whose ISO value
 * would not be a date. Such a number is no date; the refiner drops what any parser read of it.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { yearReadingOf } from '../../../result-tags.js';

const LEADING_ZERO = /^0\d{2,}$/;

function hasImpossibleYear(components: ParsingComponents | null | undefined): boolean {
  if (!components) return false;
  const written = yearReadingOf(components)?.written;
  if (written !== undefined && LEADING_ZERO.test(written)) return true;
  const year = components.get('year');
  return year !== null && year < 1;
}

export default class THImpossibleYearRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => !hasImpossibleYear(result.start) && !hasImpossibleYear(result.end));
  }
}
