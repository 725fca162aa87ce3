import { beforeSpaces } from './characters.js';
import type { Range } from './split-inside.js';
import { isThaiShortForm } from './thai-short-form.js';

/**
 * A Thai short form with the body's own name after it (`สภ.บางพลี`, the provincial police station
 * of Bang Phli; `รพ.ศิริราช`; `ผกก.สภ.เมืองยะลา`): the short form, ending with its dot, and the name,
 * a word of Thai letters.
 */
const NAMED = /^((?:[\u0E01-\u0E2E]{1,5}\.)+)\s?([\u0E01-\u0E4E]{2,30})$/u;

/** The short form and the name of a named Thai short form, or null. */
export function splitNamedShortForm(form: string): { shortForm: string; name: string } | null {
  const m = NAMED.exec(form);
  return m && isThaiShortForm(m[1]) && !isThaiShortForm(m[2]) ? { shortForm: m[1], name: m[2] } : null;
}

/**
 * The full name of a named short form in the parenthesis at `open`: the body's full name ends
 * with the same name (`สถานีตำรวจภูธรบางพลี (สภ.บางพลี)`), so the short form's letters are read in
 * the Thai before that name, by `nameBefore`, and the full name runs on to the end of it. Null when
 * the Thai before the parenthesis does not end with the name.
 */
export function namedNameBefore(text: string, open: number, name: string, nameBefore: (end: number) => Range | null): Range | null {
  const end = beforeSpaces(text, open);
  const nameStart = end - name.length;
  if (nameStart <= 0 || !text.startsWith(name, nameStart)) return null;
  const body = nameBefore(nameStart);
  return body && [body[0], end];
}
