import type { Span, ThaiDocument, Token } from '../document/types.js';

/** The characters Python's `str.isspace()` accepts (JavaScript's `\s` differs: it takes U+FEFF and leaves out U+001C–U+001F and U+0085). */
const PYTHON_SPACE = /^[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/u;

export function isPythonSpace(text: string): boolean {
  return PYTHON_SPACE.test(text);
}

/** A token of an export: code-point offsets into the document's text, and whether one space follows it (spaCy's `whitespace_`). */
export interface ExportToken extends Span {
  ws: boolean;
}

/**
 * The document's tokens, or, when the pipeline did not segment it, the text cut at whitespace
 * (`untokenized` says which, so that the format can say so once).
 */
export function documentTokens(doc: ThaiDocument): { tokens: Token[]; untokenized: boolean } {
  if (doc.tokens) return { tokens: doc.tokens, untokenized: false };
  const tokens: Token[] = [];
  let at = 0;
  for (const piece of doc.text.match(/\s+|\S+/gu) ?? []) {
    const length = [...piece].length;
    tokens.push({ start: at, end: at + length, text: piece, kind: /^\s/u.test(piece) ? 'space' : 'other' });
    at += length;
  }
  return { tokens, untokenized: true };
}

/**
 * Tokens as spaCy builds a `Doc` from words and text (`Doc.from_json` goes through
 * `get_words_and_spaces`): whitespace is not a word; one ASCII space after a word is that
 * word's trailing whitespace; any other whitespace between two words (a line break, a second
 * space, a no-break space) is a token of its own, as spaCy's tokenizer makes it.
 */
export function spacyTokens(doc: ThaiDocument, tokens: readonly Token[]): ExportToken[] {
  const text = [...doc.text];
  const words = tokens.filter((t) => !isPythonSpace(t.text));
  const out: ExportToken[] = [];
  let at = 0;
  const gap = (end: number): void => {
    if (end > at) out.push({ start: at, end, text: text.slice(at, end).join(''), ws: false });
    at = end;
  };
  for (const word of words) {
    gap(word.start);
    const token: ExportToken = { start: word.start, end: word.end, text: word.text, ws: false };
    out.push(token);
    at = word.end;
    if (text[at] === ' ') {
      token.ws = true;
      at++;
    }
  }
  gap(text.length);
  return out;
}

/** The tokens of the CoNLL formats: every token but whitespace (which becomes `SpaceAfter` / `SpacesAfter`). */
export function wordTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind !== 'space' && t.text.trim() !== '');
}

/** A span laid on tokens: the first and last token it touches, and its offsets widened to theirs. */
export interface TokenSpan<T extends Span> {
  item: T;
  first: number;
  last: number;
  start: number;
  end: number;
  /** True when the span's own edges were not token edges and were widened. */
  snapped: boolean;
}

/**
 * Lays spans on tokens (sorted, not overlapping), widening an edge that falls inside a token to
 * that token's edge, as spaCy's `char_span(..., alignment_mode="expand")` does. A span that
 * touches no token (it covers only dropped whitespace) is left out.
 */
export function alignSpans<T extends Span>(items: readonly T[], tokens: readonly Span[]): TokenSpan<T>[] {
  const aligned: TokenSpan<T>[] = [];
  for (const item of items) {
    const first = firstTokenEndingAfter(tokens, item.start);
    let last = first;
    if (first >= tokens.length || tokens[first].start >= item.end) continue;
    while (last + 1 < tokens.length && tokens[last + 1].start < item.end) last++;
    const start = tokens[first].start;
    const end = tokens[last].end;
    aligned.push({ item, first, last, start, end, snapped: start !== item.start || end !== item.end });
  }
  return aligned;
}

function firstTokenEndingAfter(tokens: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Keeps spans that share no token, the longest first and then the earliest, as spaCy's
 * `filter_spans` does (token formats have one tag a token); the result is in text order.
 */
export function withoutOverlaps<T extends Span>(spans: readonly TokenSpan<T>[]): { kept: TokenSpan<T>[]; dropped: number } {
  const byLength = [...spans].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Set<number>();
  const kept: TokenSpan<T>[] = [];
  for (const span of byLength) {
    let free = true;
    for (let i = span.first; i <= span.last && free; i++) free = !taken.has(i);
    if (!free) continue;
    for (let i = span.first; i <= span.last; i++) taken.add(i);
    kept.push(span);
  }
  kept.sort((a, b) => a.first - b.first);
  return { kept, dropped: spans.length - kept.length };
}
