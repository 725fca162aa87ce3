/** Thai weekday names, with and without the `วัน` that usually precedes them. */

const WEEKDAYS: ReadonlyArray<readonly [string, number]> = [
  ['อาทิตย์', 0],
  ['จันทร์', 1],
  ['อังคาร', 2],
  ['พุธ', 3],
  ['พฤหัสบดี', 4],
  ['พฤหัสฯ', 4],
  ['พฤหัส', 4],
  ['ศุกร์', 5],
  ['เสาร์', 6],
];

/** The weekday names (without `วัน`), longer spellings first. */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS.map(([name]) => name);

/** A weekday name (without `วัน`); longer spellings first. */
export const WEEKDAY_PATTERN = `(?:${WEEKDAY_NAMES.join('|')})`;

/** 0 = Sunday … 6 = Saturday, for a WEEKDAY_PATTERN match with or without `วัน`. */
export function weekdayFromName(text: string): number | undefined {
  const name = text.replace(/^วัน/, '');
  return WEEKDAYS.find(([spelling]) => spelling === name)?.[1];
}
