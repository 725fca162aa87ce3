import { CodePointIndex } from '../core/code-points.js';
import type { Sentence, Token } from '../document/types.js';
import { gapEvidence } from './boundary-features.js';
import { scoreBoundary } from './boundary-score.js';
import { loadBoundaryModel, type BoundaryModel } from './boundary-model.js';
import { mayNotEnd, mustEnd } from './hard-rules.js';
import { findParagraphs, type Chunk } from './paragraphs.js';
import { findSentenceEnds, type GapDecision } from './sentence-ends.js';

export interface SentenceOptions {
  /**
   * Sentences shorter than this many non-space code points are only cut off by a strong cue
   * (`!`, `?`, a final particle such as `ครับ`, an emoji). Default 12.
   */
  minLength?: number;
  /**
   * Probability from which a space ends a sentence, between 0 and 1. Default: the model's own,
   * chosen in training to favour precision. Higher gives fewer, longer sentences.
   */
  threshold?: number;
  /** The boundary model; default the one shipped in `src/sentences/model/`. */
  model?: BoundaryModel;
  /** The text's code-point index, when the caller has one already (a pipeline's document does). */
  index?: CodePointIndex;
}

export const DEFAULT_MIN_SENTENCE_LENGTH = 12;

/**
 * Splits `text` into sentences, given its tokens (any segmenter's: only the spaces among them
 * matter). Line breaks always end a sentence; spaces inside brackets or quotes never do; any
 * other space ends one when the boundary model says so, or when a strong cue (`!`, `?`,
 * `ครับ`, an emoji) ends the words before it. The sentences cover every non-space token exactly
 * once, in order, without outer whitespace.
 */
export function splitSentences(text: string, tokens: readonly Token[], options: SentenceOptions = {}): Sentence[] {
  const decide = boundaryDecision(options);
  const index = options.index ?? new CodePointIndex(text);
  const sentences: Sentence[] = [];
  for (const paragraph of findParagraphs(tokens, index)) {
    const { chunks } = paragraph;
    let first = 0;
    for (const end of findSentenceEnds(paragraph, decide)) {
      sentences.push(sentenceOf(chunks[first], chunks[end], index));
      first = end + 1;
    }
    sentences.push(sentenceOf(chunks[first], chunks[chunks.length - 1], index));
  }
  return sentences;
}

/**
 * The decision at one gap: the hard rules first, then the shortest sentence allowed, then the
 * model's probability against the threshold.
 */
function boundaryDecision(options: SentenceOptions): GapDecision {
  const minLength = options.minLength ?? DEFAULT_MIN_SENTENCE_LENGTH;
  const model = options.model ?? loadBoundaryModel();
  const threshold = options.threshold ?? model.threshold;
  const buffer: number[] = [];
  return (context) => {
    if (mayNotEnd(context)) return false;
    const rule = scoreBoundary(context);
    const ruled = mustEnd(context, rule);
    // A strong cue (`!`, `ครับ`) ends even a very short sentence; a list number does not.
    if (ruled && rule.strong) return true;
    if (context.sentenceLength < minLength || context.remaining < minLength) return false;
    // The features are hashed only for the gaps the model decides.
    return ruled || model.probability(gapEvidence(context, buffer, rule).features) >= threshold;
  };
}

function sentenceOf(first: Chunk, last: Chunk, index: CodePointIndex): Sentence {
  return { start: first.start, end: last.end, text: index.slice(first.start, last.end) };
}
