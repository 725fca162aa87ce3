import type { Token } from '../document/types.js';
import type { CodePointIndex } from '../core/code-points.js';
import { loadWordStats } from './shipped-data.js';

/**
 * `จัดการ` (to manage) before a verb is `จัด` (to hold) and the `การ` that makes a noun of the verb:
 * `จัด|การประชุม`, `จัด|การแข่งขัน`, `จัด|การแสดงสด`; the segmenter reads `จัดการ|ประชุม`. Before a
 * noun it is to manage (`จัดการ|ขยะ`). Government news writes จัดการ before a verb about 2,500 times
 * (ประชุม 870, แข่งขัน 299, เลือกตั้ง 76 …), and the held event is what a parenthesis glosses.
 */
const HOLD = 'จัด';
const HOLD_NOMINALISED = 'จัดการ';
/** How verb-like (word statistics) the word after จัดการ must be for its การ to be a nominaliser. */
const VERB_AFTER_HOLD = 0.2;

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
    const verbs = loadWordStats().verb;
    let previous: Token | undefined;
    for (const token of this.tokens) {
      starts[this.index.toUtf16(token.start)] = 1;
      starts[this.index.toUtf16(token.end)] = 1;
      if (previous?.text === HOLD_NOMINALISED && previous.end === token.start && (verbs.get(token.text) ?? 0) >= VERB_AFTER_HOLD) {
        starts[this.index.toUtf16(previous.start) + HOLD.length] = 1;
      }
      previous = token;
    }
    this.starts = starts;
    return starts;
  }
}
