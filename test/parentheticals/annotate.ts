import { CodePointIndex } from '../../src/core/code-points.js';
import { findParentheticals } from '../../src/parentheticals/extract.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { segment } from '../../src/segmenter/index.js';

export interface Shown {
  paren: string;
  pattern: string;
  thai?: string;
  english?: string;
  acronym?: string;
}

/** The parentheticals of `text` as strings, words from the library's segmenter. */
export function annotate(text: string): Shown[] {
  const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
  return findParentheticals(text, words).map((m) => {
    const shown: Shown = { paren: text.slice(...m.paren), pattern: m.pattern };
    if (m.thai) shown.thai = text.slice(...m.thai);
    if (m.english) shown.english = text.slice(...m.english);
    if (m.acronym) shown.acronym = text.slice(...m.acronym);
    return shown;
  });
}

/** The Thai short forms of `text` paired with their full names (pattern TH-ACR). */
export const thaiShortFormPairs = (text: string): Shown[] => annotate(text).filter((p) => p.pattern === 'TH-ACR');
