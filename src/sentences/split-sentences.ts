import { CodePointIndex } from '../document/code-points.js';
import type { Sentence, Token } from '../document/types.js';
import { BOUNDARY_THRESHOLD, scoreBoundary } from './boundary-score.js';
import { introductoryWords, sentenceOpeners } from './cue-lists.js';
import { findParagraphs, type Chunk, type Paragraph } from './paragraphs.js';

export interface SentenceOptions {
  /**
   * Sentences shorter than this many non-space code points are only cut off by a strong cue
   * (`!`, `?`, a final particle such as `ครับ`, an emoji). Default 12.
   */
  minLength?: number;
}

export const DEFAULT_MIN_SENTENCE_LENGTH = 12;

/**
 * Splits `text` into sentences, given its tokens (any segmenter's: only their kinds and text
 * matter). Line breaks always end a sentence; a space ends one when the cues around it say so.
 * The sentences cover every non-space token exactly once, in order, without outer whitespace.
 */
export function splitSentences(text: string, tokens: readonly Token[], options: SentenceOptions = {}): Sentence[] {
  const minLength = options.minLength ?? DEFAULT_MIN_SENTENCE_LENGTH;
  const index = new CodePointIndex(text);
  const sentences: Sentence[] = [];
  for (const paragraph of findParagraphs(tokens, index)) {
    const { chunks } = paragraph;
    let first = 0;
    for (const end of decideBoundaries(paragraph, minLength)) {
      sentences.push(sentenceOf(chunks[first], chunks[end], index));
      first = end + 1;
    }
    sentences.push(sentenceOf(chunks[first], chunks[chunks.length - 1], index));
  }
  return sentences;
}

function sentenceOf(first: Chunk, last: Chunk, index: CodePointIndex): Sentence {
  return { start: first.start, end: last.end, text: index.slice(first.start, last.end) };
}

/**
 * The indexes of the chunks that end a sentence inside one paragraph (its last chunk is left
 * out: it always ends one). Greedy from left to right, so the length of the sentence so far
 * is known at every gap; one pass.
 */
function decideBoundaries(paragraph: Paragraph, minLength: number): number[] {
  const { chunks, gaps } = paragraph;
  const ends: number[] = [];
  let remaining = 0;
  for (const chunk of chunks) remaining += chunk.end - chunk.start;
  let sentenceLength = 0;
  let sentenceFirst = 0;
  for (let i = 0; i < gaps.length; i++) {
    const left = chunks[i];
    const length = left.end - left.start;
    sentenceLength += length;
    remaining -= length;
    if (gaps[i].insideBrackets) continue;
    const { score, strong } = scoreBoundary({
      left,
      right: chunks[i + 1],
      gap: gaps[i],
      sentenceLength,
      afterIntroduction: i === sentenceFirst && beginsWithIntroduction(left.text),
    });
    const longEnough = strong || (sentenceLength >= minLength && remaining >= minLength);
    if (score >= BOUNDARY_THRESHOLD && longEnough) {
      ends.push(i);
      sentenceLength = 0;
      sentenceFirst = i + 1;
    }
  }
  return ends;
}

function beginsWithIntroduction(text: string): boolean {
  return (sentenceOpeners.prefixOf(text)?.weight ?? 0) > 0 || introductoryWords.prefixOf(text) !== undefined;
}
