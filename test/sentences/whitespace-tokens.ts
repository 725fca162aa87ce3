import type { Token } from '../../src/document/types.js';

/**
 * Tokens that only tell whitespace from the rest, with each non-space run cut after the code
 * points listed in `cuts` (as a segmenter might cut words): the sentence splitter must not care.
 */
export function whitespaceTokens(text: string, cuts: ReadonlySet<number> = new Set()): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  for (const [run] of text.matchAll(/\s+|\S+/gu)) {
    const codePoints = [...run];
    if (/\s/u.test(run)) {
      tokens.push({ start, end: start + codePoints.length, text: run, kind: 'space' });
      start += codePoints.length;
      continue;
    }
    let piece = '';
    let pieceStart = start;
    codePoints.forEach((c, i) => {
      piece += c;
      const position = start + i + 1;
      if (cuts.has(position) || i === codePoints.length - 1) {
        tokens.push({ start: pieceStart, end: position, text: piece, kind: 'other' });
        piece = '';
        pieceStart = position;
      }
    });
    start += codePoints.length;
  }
  return tokens;
}
