import type { CodePointIndex } from '../core/code-points.js';
import type { Token } from '../document/types.js';
import { hasLineBreak } from './characters.js';

/** A run of non-space tokens: what lies between two candidate sentence boundaries. */
export interface Chunk {
  /** Code point offsets. */
  start: number;
  end: number;
  text: string;
}

/** The whitespace between two chunks of a paragraph: a candidate sentence boundary. */
export interface Gap {
  whitespace: string;
  /** Inside a matched pair of brackets. */
  insideBrackets: boolean;
  /** Inside a matched pair of quotation marks. */
  insideQuotes: boolean;
}

/** Chunks between line breaks; `gaps[i]` separates `chunks[i]` from `chunks[i + 1]`. */
export interface Paragraph {
  chunks: Chunk[];
  gaps: Gap[];
}

/**
 * Groups the tokens into paragraphs of chunks. A line break always ends a paragraph (and so a
 * sentence); every other space is a candidate boundary for `decideBoundaries`.
 */
export function findParagraphs(tokens: readonly Token[], index: CodePointIndex): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let paragraph: Paragraph = { chunks: [], gaps: [] };
  let chunk: Chunk | null = null;
  let whitespace = '';
  for (const token of tokens) {
    if (token.kind === 'space') {
      if (chunk) paragraph.chunks.push(chunk);
      chunk = null;
      whitespace += token.text;
      continue;
    }
    if (chunk) {
      chunk.end = token.end;
      continue;
    }
    if (paragraph.chunks.length > 0) {
      if (hasLineBreak(whitespace)) {
        paragraphs.push(paragraph);
        paragraph = { chunks: [], gaps: [] };
      } else {
        paragraph.gaps.push({ whitespace, insideBrackets: false, insideQuotes: false });
      }
    }
    whitespace = '';
    chunk = { start: token.start, end: token.end, text: '' };
  }
  if (chunk) paragraph.chunks.push(chunk);
  if (paragraph.chunks.length > 0) paragraphs.push(paragraph);
  for (const p of paragraphs) {
    // Sliced from the text at the end: a slice shares the text's memory, where joining the
    // tokens would build a string piece by piece.
    for (const c of p.chunks) c.text = index.slice(c.start, c.end);
    markEnclosedGaps(p);
  }
  return paragraphs;
}

const CLOSING_BRACKET: Record<string, string> = { '(': ')', '[': ']', '{': '}', '（': '）' };
const CLOSING_QUOTE: Record<string, string> = { '“': '”', '«': '»', '"': '"' };

const BRACKET = 1;
const QUOTE = 2;

/** Whether the character at `i` is one of the brackets or quotation marks above (all BMP). */
function markAt(text: string, i: number): number {
  switch (text.charCodeAt(i)) {
    case 0x28:
    case 0x29:
    case 0x5b:
    case 0x5d:
    case 0x7b:
    case 0x7d:
    case 0xff08:
    case 0xff09:
      return BRACKET;
    case 0x22:
    case 0x201c:
    case 0x201d:
    case 0xab:
    case 0xbb:
      return QUOTE;
    default:
      return 0;
  }
}

interface Opening {
  mark: string;
  chunk: number;
}

/**
 * Marks the gaps inside matched brackets and quotes of one paragraph. Unmatched marks (common
 * in scraped and social text) enclose nothing, so one stray `(` cannot swallow a paragraph.
 * One pass with a stack per kind of mark, and a difference array over the gaps.
 */
function markEnclosedGaps(paragraph: Paragraph): void {
  const { chunks, gaps } = paragraph;
  if (gaps.length === 0) return;
  const bracketDepth = new Int32Array(chunks.length);
  const quoteDepth = new Int32Array(chunks.length);
  const brackets: Opening[] = [];
  const quotes: Opening[] = [];
  chunks.forEach((chunk, index) => {
    const text = chunk.text;
    for (let i = 0; i < text.length; i++) {
      // Thai letters and most other text lie between « (U+00BB) and “ (U+201C): no mark there.
      const code = text.charCodeAt(i);
      if (code > 0xbb && code < 0x201c) continue;
      const mark = markAt(text, i);
      if (mark === BRACKET) match(text[i], index, brackets, CLOSING_BRACKET, bracketDepth);
      else if (mark === QUOTE) match(text[i], index, quotes, CLOSING_QUOTE, quoteDepth);
    }
  });
  let inBrackets = 0;
  let inQuotes = 0;
  gaps.forEach((gap, index) => {
    inBrackets += bracketDepth[index];
    inQuotes += quoteDepth[index];
    gap.insideBrackets = inBrackets > 0;
    gap.insideQuotes = inQuotes > 0;
  });
}

function match(mark: string, chunk: number, stack: Opening[], closingOf: Record<string, string>, depth: Int32Array): void {
  const open = stack[stack.length - 1];
  if (open && closingOf[open.mark] === mark) {
    stack.pop();
    depth[open.chunk] += 1;
    depth[chunk] -= 1;
  } else if (mark in closingOf) {
    stack.push({ mark, chunk });
  }
}
