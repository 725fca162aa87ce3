import type { Token } from '../document/types.js';
import type { CodePointIndex } from '../core/code-points.js';

/**
 * Where words start in a text, by UTF-16 index, from the segmenter's tokens. The span finder
 * asks "does a word start here?" many times per parenthesis, so the answer is a table lookup;
 * the table is built on the first question, so a text without parentheses never pays for it.
 */
export class WordBoundaries {
  private starts: Uint8Array | null = null;
  private readonly text: string;
  private readonly tokens: readonly Token[];
  private readonly index: CodePointIndex;

  constructor(text: string, tokens: readonly Token[], index: CodePointIndex) {
    this.text = text;
    this.tokens = tokens;
    this.index = index;
  }

  /** True when a word starts (or the previous one ends) at UTF-16 index `i`. */
  isBoundary(i: number): boolean {
    return (this.starts ?? this.build())[i] === 1;
  }

  private build(): Uint8Array {
    const starts = new Uint8Array(this.text.length + 1);
    starts[0] = 1;
    starts[this.text.length] = 1;
    for (const token of this.tokens) {
      starts[this.index.toUtf16(token.start)] = 1;
      starts[this.index.toUtf16(token.end)] = 1;
    }
    this.starts = starts;
    return starts;
  }
}
