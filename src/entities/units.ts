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
// matching is linear in the token's length. Latin letters are any of the script's, with their
// combining marks (González, Müller, Nguyễn).
const PIECE =
  /[0-9\u0E50-\u0E59]+(?:[.,:][0-9\u0E50-\u0E59]+)*|[\u0E01-\u0E4F\u0E5A\u0E5B]+\.?|\p{Script=Latin}[\p{Script=Latin}\p{M}]*\.?|[\s\uFEFF\u200B]+|[\s\S]/gu;

/** Appends the units of the token `[start, end)` (UTF-16 offsets), the `token`-th of the text. */
export function unitsOfToken(text: string, start: number, end: number, token: number, out: Unit[]): void {
  const tokenText = text.slice(start, end);
  const first = out.length;
  // Every position starts a piece (the last alternative takes any character), so each match
  // starts where the last one ended: test() finds its end without the array exec() makes.
  PIECE.lastIndex = 0;
  for (let from = 0; from < tokenText.length && PIECE.test(tokenText); from = PIECE.lastIndex) {
    const to = PIECE.lastIndex;
    out.push({ start: start + from, end: start + to, text: tokenText.slice(from, to), token, position: 'M' });
  }
  const last = out.length - 1;
  if (last === first) out[first].position = 'S';
  else if (last > first) {
    out[first].position = 'B';
    out[last].position = 'E';
  }
}

/** Cuts `text` (already split into `tokens`, code-point offsets) into labelling units. */
export function toUnits(text: string, tokens: readonly Token[], toUtf16: (cp: number) => number): Unit[] {
  const units: Unit[] = [];
  for (let t = 0; t < tokens.length; t++) unitsOfToken(text, toUtf16(tokens[t].start), toUtf16(tokens[t].end), t, units);
  return units;
}
