import type { Token } from '../document/types.js';
import type { CodePointIndex } from '../core/code-points.js';

/**
 * Where words start in a text, by UTF-16 index, from the segmenter's tokens. The span finder
 * asks "does a word start here?" many times per parenthesis, so the answer is a table lookup.
 */
export class WordBoundaries {
  private readonly starts: Uint8Array;

  constructor(text: string, tokens: readonly Token[], index: CodePointIndex) {
    this.starts = new Uint8Array(text.length + 1);
    this.starts[0] = 1;
    this.starts[text.length] = 1;
    for (const token of tokens) {
      this.starts[index.toUtf16(token.start)] = 1;
      this.starts[index.toUtf16(token.end)] = 1;
    }
  }

  /** True when a word starts (or the previous one ends) at UTF-16 index `i`. */
  isBoundary(i: number): boolean {
    return this.starts[i] === 1;
  }
}
