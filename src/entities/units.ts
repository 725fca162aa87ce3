import type { Token } from '../document/types.js';

/**
 * The pieces the sequence labeller tags. A word token is cut further where ThaiNER entity
 * edges often fall inside segmenter words: between digits and letters (`23ธันวาคม`), after an
 * abbreviation's full stop (`ผบ.ทบ.`, `จ.น่าน`), and at zero-width characters that some sites
 * use as word separators. Measured on ThaiNER with Intl.Segmenter words: entity edges inside
 * a token drop from 6.5% to 0.5% of all edges.
 */
export interface Unit {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  /** Index of the segmenter token the unit comes from. */
  token: number;
  /** Where the unit sits in its token: S (whole token), B, M or E. */
  position: 'S' | 'B' | 'M' | 'E';
}

// Each alternative is a single run with no nested quantifier over the same characters, so
// matching is linear in the token's length.
const PIECE = /[0-9\u0E50-\u0E59]+(?:[.,:][0-9\u0E50-\u0E59]+)*|[\u0E01-\u0E4F\u0E5A\u0E5B]+\.?|[A-Za-z\u00C0-\u024F]+\.?|[\s\uFEFF\u200B]+|[\s\S]/gu;

/** Cuts `text` (already split into `tokens`, code-point offsets) into labelling units. */
export function toUnits(text: string, tokens: readonly Token[], toUtf16: (cp: number) => number): Unit[] {
  const units: Unit[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const start = toUtf16(tokens[t].start);
    const tokenText = text.slice(start, toUtf16(tokens[t].end));
    const first = units.length;
    PIECE.lastIndex = 0;
    for (let m = PIECE.exec(tokenText); m; m = PIECE.exec(tokenText)) {
      units.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0], token: t, position: 'M' });
    }
    const last = units.length - 1;
    if (last === first) units[first].position = 'S';
    else if (last > first) {
      units[first].position = 'B';
      units[last].position = 'E';
    }
  }
  return units;
}
