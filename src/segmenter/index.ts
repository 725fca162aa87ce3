// TEMPORARY first version (replaced by the segmentation work): ICU words with kinds.
import type { Token, TokenKind } from '../document/types.js';

export interface SegmentOptions {
  engine?: 'default' | 'wordcut' | 'icu';
  /** Extra words that win over the built-in dictionary. */
  words?: readonly string[];
  /** A file of extra words, one a line. */
  dictionaryFile?: string;
}

export interface Segmenter {
  segment(text: string): Token[];
}

const icu = new Intl.Segmenter('th', { granularity: 'word' });

function kindOf(s: string): TokenKind {
  if (/^\s+$/u.test(s)) return 'space';
  if (/^[\u0E00-\u0E7F]/u.test(s)) return 'thai';
  if (/^\p{Nd}/u.test(s)) return 'number';
  if (/^\p{L}/u.test(s)) return 'latin';
  if (/^\p{P}/u.test(s)) return 'punct';
  if (/^\p{Extended_Pictographic}/u.test(s)) return 'emoji';
  if (/^\p{S}/u.test(s)) return 'symbol';
  return 'other';
}

export function createSegmenter(_options: SegmentOptions = {}): Segmenter {
  return {
    segment(text: string): Token[] {
      const tokens: Token[] = [];
      let cp = 0;
      for (const { segment } of icu.segment(text)) {
        const len = [...segment].length;
        tokens.push({ start: cp, end: cp + len, text: segment, kind: kindOf(segment) });
        cp += len;
      }
      return tokens;
    },
  };
}

export function segment(text: string, options: SegmentOptions = {}): Token[] {
  return createSegmenter(options).segment(text);
}
