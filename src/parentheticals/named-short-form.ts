import { THAI_CONSONANTS } from '../thai/characters.js';
import { isThaiShortForm } from './thai-short-form.js';

/**
 * A Thai short form with the body's own name after it (`สภ.บางพลี`, the provincial police station
 * of Bang Phli; `รพ.ศิริราช`; `ผกก.สภ.เมืองยะลา`): the short form, ending with its dot, and the name,
 * a word of Thai letters. Its full name ends with the same name (`สถานีตำรวจภูธรบางพลี (สภ.บางพลี)`;
 * see nameEndingWith).
 */
const NAMED = new RegExp(`^((?:[${THAI_CONSONANTS}]{1,5}\\.)+)\\s?([\\u0E01-\\u0E4E]{2,30})$`, 'u');

/** The short form and the name of a named Thai short form, or null. */
export function splitNamedShortForm(form: string): { shortForm: string; name: string } | null {
  const m = NAMED.exec(form);
  return m && isThaiShortForm(m[1]) && !isThaiShortForm(m[2]) ? { shortForm: m[1], name: m[2] } : null;
}
