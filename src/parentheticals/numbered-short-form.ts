import { beforeSpaces } from './characters.js';
import type { Range } from './split-inside.js';
import { isThaiShortForm, nameEndingWith } from './thai-short-form.js';

/** A Thai short form with a number after it (`ทภ.4`, `สพป.ชม.1`, `ยธก.๑๔`, `ป.ส. 23`): the short form, the number. */
const NUMBERED = /^(\S*[\u0E01-\u0E4E.])\s?([0-9]+|[๐-๙]+)$/u;

/** The short form and the number of a numbered Thai short form, or null. */
export function splitNumberedShortForm(form: string): { shortForm: string; number: string } | null {
  const m = NUMBERED.exec(form);
  return m && isThaiShortForm(m[1]) ? { shortForm: m[1], number: m[2] } : null;
}

/**
 * The full name of a numbered Thai short form in the parenthesis at `open`: the unit, the class or
 * the year it numbers ends the name with the same number (`กองทัพภาคที่ 4 (ทภ.4)`, `หลักสูตร…
 * รุ่นที่ ๑๔ (ยธก.๑๔)`), so the short form's letters are read in the Thai before that number, by
 * `nameBefore`, and the name runs on to the number. Null when the name does not end with it (a
 * form's number: `(ร.ง.4)` after the name of a licence).
 */
export function numberedNameBefore(text: string, open: number, number: string, nameBefore: (end: number) => Range | null): Range | null {
  const numberStart = beforeSpaces(text, open) - number.length;
  if (/[0-9๐-๙.,]/u.test(text[numberStart - 1] ?? '')) return null;
  return nameEndingWith(text, open, number, nameBefore);
}
