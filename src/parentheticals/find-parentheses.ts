/** A matched pair of round brackets, as UTF-16 indices of the `(` and the `)`. */
export interface ParenthesisPair {
  open: number;
  close: number;
}

export interface FindParenthesesOptions {
  /** Longest inside (UTF-16 units) still taken for a parenthetical; longer pairs are prose, not glosses. */
  maxInnerLength?: number;
}

const OPEN = 0x28;
const CLOSE = 0x29;
const FULLWIDTH_OPEN = 0xff08;
const FULLWIDTH_CLOSE = 0xff09;
const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * The outermost matched bracket pairs of `text`, in text order, in one pass with a stack.
 * A bracket never pairs across a line break, so an unclosed `(` cannot swallow the rest of a
 * document; pairs nested in an unclosed or over-long pair are still found.
 */
export function findParentheses(text: string, options: FindParenthesesOptions = {}): ParenthesisPair[] {
  const maxInner = options.maxInnerLength ?? 400;
  const stack: number[] = [];
  const pairs: ParenthesisPair[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === FULLWIDTH_OPEN) {
      stack.push(i);
    } else if (c === CLOSE || c === FULLWIDTH_CLOSE) {
      const open = stack.pop();
      if (open === undefined) continue;
      if (i - open - 1 > maxInner) continue;
      // Pairs close innermost first, so the ones inside this pair are the last recorded.
      while (pairs.length && pairs[pairs.length - 1].open > open) pairs.pop();
      pairs.push({ open, close: i });
    } else if (isLineBreak(c)) {
      stack.length = 0;
    }
  }
  return pairs;
}
