import type { Span, ThaiDocument, Token } from '../document/types.js';
import { alignSpans, documentTokens, type TokenSpan, withoutOverlaps, wordTokens } from './token-spans.js';

/** A document laid out for the CoNLL formats: its words in sentences, with a tag per word for a layer. */
export interface TokenRows {
  words: Token[];
  /** Each sentence as the index of its first word and one past its last. */
  sentences: { first: number; end: number }[];
  /** The text after each word up to the next one (or the end of the text). */
  after: string[];
  notes: { snapped: number; overlapping: number; untokenized: number };
}

/**
 * The words of a document (whitespace is not a word; it is what follows one), cut into
 * sentences at the sentence layer's starts. Every word belongs to a sentence, so that the
 * sentences together give back the text; without a sentence layer the document is one sentence.
 */
export function tokenRows(doc: ThaiDocument): TokenRows {
  const { tokens, untokenized } = documentTokens(doc);
  const words = wordTokens(tokens);
  const text = [...doc.text];
  const after = words.map((w, i) => text.slice(w.end, i + 1 < words.length ? words[i + 1].start : text.length).join(''));
  const starts = (doc.sentences ?? []).map((s) => s.start).sort((a, b) => a - b);
  const sentences: { first: number; end: number }[] = [];
  let next = 0;
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    let boundary = false;
    while (next < starts.length && starts[next] <= words[i].start) {
      boundary = true;
      next++;
    }
    if (boundary && i > first) {
      sentences.push({ first, end: i });
      first = i;
    }
  }
  if (words.length > first) sentences.push({ first, end: words.length });
  return { words, sentences, after, notes: { snapped: 0, overlapping: 0, untokenized: untokenized ? 1 : 0 } };
}

/**
 * BIO tags of a layer on the words (`B-PERSON`, `I-PERSON`, or null outside), edges inside a word
 * widened to it and overlapping spans left out; the notes of `rows` count both.
 */
export function bioTags<T extends Span>(rows: TokenRows, items: readonly T[], tagOf: (item: T) => string): { tags: (string | null)[]; spans: TokenSpan<T>[] } {
  const { kept, dropped } = withoutOverlaps(alignSpans(items, rows.words));
  const tags: (string | null)[] = rows.words.map(() => null);
  for (const span of kept) {
    const tag = tagOf(span.item);
    for (let i = span.first; i <= span.last; i++) tags[i] = `${i === span.first ? 'B' : 'I'}-${tag}`;
    if (span.snapped) rows.notes.snapped++;
  }
  rows.notes.overlapping += dropped;
  return { tags, spans: kept };
}
