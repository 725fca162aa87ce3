import type { Token, TokenKind } from '../document/types.js';

/**
 * Collects tokens given as UTF-16 ranges and gives them code point offsets. Scanning goes left
 * to right, so the number of surrogate pairs before a token is a running count: only tokens
 * that may hold astral characters are scanned for them.
 */
export class TokenWriter {
  tokens: Token[] = [];
  private text = '';
  /** Surrogate pairs before the end of the last token. */
  private pairs = 0;
  private pairsBeforeLast = 0;

  reset(text: string): void {
    this.tokens = [];
    this.text = text;
    this.pairs = 0;
    this.pairsBeforeLast = 0;
  }

  /** Adds `text[from, to)`; `bmpOnly` skips the surrogate count (Thai, spaces, ASCII). */
  push(from: number, to: number, kind: TokenKind, bmpOnly: boolean): void {
    const before = this.pairs;
    if (!bmpOnly) this.pairs += countPairs(this.text, from, to);
    this.pairsBeforeLast = before;
    this.tokens.push({ start: from - before, end: to - this.pairs, text: this.text.slice(from, to), kind });
  }

  /** Moves the end of the last token to `to` (combining marks that belong to it). */
  extendLast(to: number): void {
    const last = this.tokens[this.tokens.length - 1];
    const from = last.end + this.pairs;
    this.pairs += countPairs(this.text, from, to);
    const start = last.start + this.pairsBeforeLast;
    this.tokens[this.tokens.length - 1] = { start: last.start, end: to - this.pairs, text: this.text.slice(start, to), kind: last.kind };
  }

  /** The kind of the last token, or null before the first. */
  lastKind(): TokenKind | null {
    return this.tokens.length ? this.tokens[this.tokens.length - 1].kind : null;
  }
}

function countPairs(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) n++;
  }
  return n;
}
