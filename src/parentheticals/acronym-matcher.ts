/**
 * Short forms and their expansions, after Schwartz & Hearst (2003), "A simple algorithm for
 * identifying abbreviation definitions in biomedical text": the short form's letters are matched
 * right to left against the long form, the first one at the start of a word.
 */

const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}&.\-–/+']*$/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Whether `text` looks like a short form: one word of at most 12 characters, starting with a
 * letter or digit, with at least two capitals that make up half of its letters or more
 * (`MSMEs`, `EECi`, `ASEAN-BAC`, `COVID-19`, but not `E-Commerce` or `Mr.`).
 */
export function isShortForm(text: string): boolean {
  if (text.length < 2 || text.length > 12 || !SHORT_FORM.test(text)) return false;
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    if (UPPER.test(ch)) upper++;
    if (LETTER.test(ch)) letters++;
  }
  return upper >= 2 && upper * 2 >= letters;
}

const isAlnum = (ch: string): boolean => ALNUM.test(ch);

/** A character in lower case; comparing one code point at a time keeps the indices of the text. */
const lower = (ch: string): string => ch.toLowerCase();

/**
 * Where in `longForm` the expansion of `shortForm` starts (a code-point index), or -1 when the
 * short form's letters and digits cannot be found in order in it. The first character of the
 * short form must begin a word of the long form, as in Schwartz & Hearst's `findBestLongForm`.
 */
export function matchExpansion(shortForm: string, longForm: string): number {
  const short = Array.from(shortForm, lower);
  const long = Array.from(longForm, lower);
  const first = short.findIndex(isAlnum);
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const ch = short[s];
    if (!isAlnum(ch)) continue;
    while (l >= 0 && (long[l] !== ch || (s === first && l > 0 && isAlnum(long[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
  }
  return l + 1;
}

/** Whether `shortForm` abbreviates `longForm` in the Schwartz–Hearst sense. */
export function abbreviates(shortForm: string, longForm: string): boolean {
  return matchExpansion(shortForm, longForm) >= 0;
}

/**
 * Whether `shortForm` abbreviates `longForm` with at most one of its letters or digits
 * unmatched, for short forms of four letters and digits or more. Organisations keep a letter of a word their English
 * name often leaves out (`WAZA` for `Association of Zoos and Aquariums`, the W of World).
 */
export function nearlyAbbreviates(shortForm: string, longForm: string): boolean {
  if (abbreviates(shortForm, longForm)) return true;
  const letters = Array.from(shortForm).filter(isAlnum).length;
  if (letters < 4) return false;
  for (let i = 0; i < shortForm.length; i++) {
    if (isAlnum(shortForm[i]) && abbreviates(shortForm.slice(0, i) + shortForm.slice(i + 1), longForm)) return true;
  }
  return false;
}
