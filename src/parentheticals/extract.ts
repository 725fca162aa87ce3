import { THAI_LETTER } from './characters.js';
import { findParentheses } from './find-parentheses.js';
import { splitInsideUtf16, type InsidePattern, type Range } from './split-inside.js';

/** The inside forms of English glosses, and a Thai short form after its full name (TH-ACR) or before it (ACR-TH). */
export type ParentheticalPattern = InsidePattern | 'TH-ACR' | 'ACR-TH';
import { isReadAfter } from './reading-after.js';
import { findThaiSpan } from './thai-span.js';
import { expandsShortForm, isThaiShortForm, shortFormBefore, thaiShortFormDefinition } from './thai-short-form.js';
import type { WordBoundaries } from './word-boundaries.js';

/** One parenthetical (an English gloss or a Thai short form), all offsets UTF-16 indices into the text. */
export interface ParentheticalMatch {
  /** The `(` ... `)` itself. */
  paren: Range;
  pattern: ParentheticalPattern;
  english?: Range;
  acronym?: Range;
  /** The Thai term the parenthesis glosses. */
  thai?: Range;
}

const LATIN_START = /^\s*[\p{Script=Latin}\p{N}]/u;

/** A parenthesis holds an English gloss when it opens with Latin text and has no Thai in it. */
function holdsLatin(inner: string): boolean {
  return LATIN_START.test(inner) && !THAI_LETTER.test(inner) && (inner.match(/\p{Script=Latin}/gu) ?? []).length >= 2;
}

const shift = (range: Range | undefined, by: number): Range | undefined => range && [range[0] + by, range[1] + by];

/** A Thai short form in the parenthesis, paired with the full name before it when its letters read there. */
function thaiShortFormMatch(text: string, open: number, close: number, words: WordBoundaries): ParentheticalMatch | null {
  const inner = text.slice(open + 1, close);
  const start = open + 1 + (inner.length - inner.trimStart().length);
  const shortForm = inner.trim();
  if (isThaiShortForm(shortForm)) {
    const thai = thaiShortFormDefinition(text, open, shortForm, words);
    return thai && { paren: [open, close + 1], pattern: 'TH-ACR', thai, acronym: [start, start + shortForm.length] };
  }
  // `กกต. (คณะกรรมการการเลือกตั้ง)`: the full name in the parenthesis, the short form before it.
  if (!THAI_LETTER.test(shortForm) || /[A-Za-z()]/u.test(shortForm) || shortForm.length > MAX_THAI_NAME) return null;
  const acronym = shortFormBefore(text, open, words);
  const thai: Range = [start, start + shortForm.length];
  if (!acronym || !expandsShortForm(text, thai, text.slice(...acronym), words)) return null;
  return { paren: [open, close + 1], pattern: 'ACR-TH', thai, acronym };
}

/** Longest full name taken from a parenthesis after a short form, in UTF-16 units. */
const MAX_THAI_NAME = 120;

/**
 * Every parenthesis of `text` that holds Latin text, with its English, short form and Thai term,
 * and every Thai short form in parentheses with the full name it stands for.
 */
export function findParentheticals(text: string, words: WordBoundaries): ParentheticalMatch[] {
  const found: ParentheticalMatch[] = [];
  for (const { open, close } of findParentheses(text)) {
    const inner = text.slice(open + 1, close);
    if (!holdsLatin(inner)) {
      const thai = thaiShortFormMatch(text, open, close, words);
      if (thai) found.push(thai);
      continue;
    }
    const parts = splitInsideUtf16(inner);
    const english = shift(parts.english, open + 1);
    const acronym = shift(parts.acronym, open + 1);
    const englishText = english && text.slice(...english);
    const firstWord = englishText?.split(/[\s\-–:,]/u)[0] ?? '';
    const readAfter = firstWord.length >= 3 && isReadAfter(text, close, firstWord, words);
    const thai = readAfter ? null : findThaiSpan(text, open, words, { english: englishText, acronym: acronym && text.slice(...acronym) });
    const match: ParentheticalMatch = { paren: [open, close + 1], pattern: parts.pattern };
    if (thai) match.thai = thai;
    if (english) match.english = english;
    if (acronym) match.acronym = acronym;
    found.push(match);
  }
  return found;
}
