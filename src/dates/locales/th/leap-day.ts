/**
 * 29 February written without its year, in Thai (THYearlessDateRefiner) or English
 * (THEnglishLeapDayRefiner): it is a leap year's.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import { isValidDate } from '../../../thai/calendar.js';

/** Which years to try, as offsets from the year chosen: either side, back (`เมื่อ`), on (`ที่จะถึง`), none. */
export const BOTH_SIDES: readonly number[] = [-1, 1];
export const BACK: readonly number[] = [-1];
export const ON: readonly number[] = [1];
export const NO_SIDE: readonly number[] = [];

export function shiftYear(components: ParsingComponents, years: number): void {
  components.imply('year', components.get('year')! + years);
}

export function existsInItsYear(components: ParsingComponents): boolean {
  return !components.isCertain('day') || isValidDate({ year: components.get('year')!, month: components.get('month')!, day: components.get('day')! });
}

/**
 * 29 February written without its year is a leap year's: when the year chosen has none, the
 * year before or after that has one (at most one of the two does), on the side the words around
 * it point to (`directions`: back for `เมื่อ`, on for `ที่จะถึง`). With none, it stays, and the
 * finder reports it as a day that does not exist, as it does `31 ก.พ.`.
 */
export function moveToLeapYear(result: ParsingResult, directions: readonly number[]): void {
  for (const years of directions) {
    shiftYear(result.start, years);
    const endShifted = result.end !== undefined && result.end !== null && !result.end.isCertain('year');
    if (endShifted) shiftYear(result.end!, years);
    if (existsInItsYear(result.start) && (!result.end || existsInItsYear(result.end))) return;
    shiftYear(result.start, -years);
    if (endShifted) shiftYear(result.end!, -years);
  }
}
