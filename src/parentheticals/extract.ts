import { THAI_LETTER } from './characters.js';
import { findParentheses } from './find-parentheses.js';
import { splitInsideUtf16, type InsidePattern, type Range } from './split-inside.js';
import { findThaiSpan } from './thai-span.js';
import type { WordBoundaries } from './word-boundaries.js';

/** One English parenthetical, all offsets UTF-16 indices into the text. */
export interface ParentheticalMatch {
  /** The `(` ... `)` itself. */
  paren: Range;
  pattern: InsidePattern;
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

/** Every parenthesis of `text` that holds Latin text, with its English, short form and Thai term. */
export function findParentheticals(text: string, words: WordBoundaries): ParentheticalMatch[] {
  const found: ParentheticalMatch[] = [];
  for (const { open, close } of findParentheses(text)) {
    const inner = text.slice(open + 1, close);
    if (!holdsLatin(inner)) continue;
    const parts = splitInsideUtf16(inner);
    const english = shift(parts.english, open + 1);
    const acronym = shift(parts.acronym, open + 1);
    const thai = findThaiSpan(text, open, words, {
      english: english && text.slice(...english),
      acronym: acronym && text.slice(...acronym),
    });
    const match: ParentheticalMatch = { paren: [open, close + 1], pattern: parts.pattern };
    if (thai) match.thai = thai;
    if (english) match.english = english;
    if (acronym) match.acronym = acronym;
    found.push(match);
  }
  return found;
}
