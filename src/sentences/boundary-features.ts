import { scoreBoundary, type BoundaryScore } from './boundary-score.js';
import { endsWithEmoji, firstCodePoint, isDigit, isLatinLetter, isThaiChar, isWideSpace, lastCodePoint, startsWithEmoji } from './characters.js';
import { sentenceEnders, sentenceOpeners } from './cue-lists.js';
import { finish, mixCode, mixString, template } from './feature-hash.js';
import type { Chunk, Gap } from './paragraphs.js';

/**
 * Bumped whenever the features below change meaning: a model records the version it was
 * trained with and refuses to load against another.
 */
export const BOUNDARY_FEATURES_VERSION = 1;

/** Everything the model looks at for one gap of a paragraph. */
export interface GapContext {
  left: Chunk;
  right: Chunk;
  /** The chunk before `left` and the one after `right`, when the paragraph has them. */
  beforeLeft: Chunk | undefined;
  afterRight: Chunk | undefined;
  gap: Gap;
  /** Non-space code points of the sentence so far, up to and including `left`. */
  sentenceLength: number;
  /** Chunks of the sentence so far, `left` included. */
  sentenceChunks: number;
  /** Non-space code points after the gap, to the end of the paragraph. */
  remaining: number;
  /** The sentence so far began with an introductory phrase (`เมื่อวันที่ ...`, `ในปี ...`). */
  openedWithIntroduction: boolean;
  /** The gap is the first of such a sentence. */
  afterIntroduction: boolean;
}

/** The longest chunk edge (in UTF-16 units) read as a feature: most Thai function words fit. */
const MAX_AFFIX = 5;
/** The edges of the chunks one further away: a shorter look. */
const FAR_AFFIX = 2;

// Template numbers: the first argument of template(); a model depends on them.
const LEFT_SUFFIX = 0; // 0-4: the last 1-5 characters of the left chunk
const RIGHT_PREFIX = 5; // 5-9: the first 1-5 characters of the right chunk
const ENDER = 10;
const OPENER = 11;
const ENDER_OPENER = 12;
const RULE_SCORE = 13;
const RULE_STRONG = 14;
const EDGE_CLASSES = 15;
const SENTENCE_LENGTH = 16;
const SENTENCE_CHUNKS = 17;
const REMAINING = 18;
const LEFT_LENGTH = 19;
const RIGHT_LENGTH = 20;
const LENGTH_OPENER = 21;
const LENGTH_CLASSES = 22;
const WIDE_SPACE = 23;
const INTRODUCTION = 24;
const BEFORE_LEFT_SUFFIX = 25;
const AFTER_RIGHT_PREFIX = 26;
const INTRODUCTION_CHUNKS = 27;

/** The features at one gap (hashed, see `feature-hash.ts`), and the rule score among them. */
export interface GapEvidence {
  features: number[];
  rule: BoundaryScore;
}

/**
 * The features that fire at one gap. Only chunk text is read, never the word cuts, so a model
 * serves any segmenter (and is 4x faster than with words, for half an F1 point): the edges of
 * the chunks on either side (their last and first one to five characters stand in for the
 * words there) and of the chunks beyond (two characters), the rule cues of `boundary-score.ts`
 * (their total and the cue words), scripts at the edges, and lengths so far and to come.
 * `features` is reused: callers that keep the array must copy it; `rule` is the gap's
 * `scoreBoundary`, when the caller has it already.
 */
export function gapEvidence(context: GapContext, features: number[] = [], rule: BoundaryScore = scoreBoundary(context)): GapEvidence {
  const { left, right, gap } = context;
  features.length = 0;
  const l = left.text;
  const r = right.text;
  edgeFeatures(features, LEFT_SUFFIX, l, MAX_AFFIX, true);
  edgeFeatures(features, RIGHT_PREFIX, r, MAX_AFFIX, false);
  if (context.beforeLeft) edgeFeatures(features, BEFORE_LEFT_SUFFIX, context.beforeLeft.text, FAR_AFFIX, true);
  if (context.afterRight) edgeFeatures(features, AFTER_RIGHT_PREFIX, context.afterRight.text, FAR_AFFIX, false);
  const ender = sentenceEnders.suffixOf(l)?.word ?? '';
  const opener = sentenceOpeners.prefixOf(r)?.word ?? '';
  features.push(
    finish(mixString(template(ENDER), ender)),
    finish(mixString(template(OPENER), opener)),
    finish(mixString(mixCode(mixString(template(ENDER_OPENER), ender), 0x7c), opener)),
  );
  features.push(finish(mixCode(template(RULE_SCORE), Math.max(-12, Math.min(12, Math.round(rule.score * 2))) + 12)));
  if (rule.strong) features.push(finish(template(RULE_STRONG)));
  const classes = (edgeClass(lastCodePoint(l), endsWithEmoji(l)) << 16) | edgeClass(firstCodePoint(r), startsWithEmoji(r));
  const lengthBucket = bucket(context.sentenceLength);
  features.push(
    finish(mixCode(template(EDGE_CLASSES), classes)),
    finish(mixCode(template(SENTENCE_LENGTH), lengthBucket)),
    finish(mixCode(template(SENTENCE_CHUNKS), Math.min(context.sentenceChunks, 8))),
    finish(mixCode(template(REMAINING), bucket(context.remaining))),
    finish(mixCode(template(LEFT_LENGTH), bucket(left.end - left.start))),
    finish(mixCode(template(RIGHT_LENGTH), bucket(right.end - right.start))),
    // An opener or a change of script means more after a long sentence than after a short one.
    finish(mixString(mixCode(template(LENGTH_OPENER), lengthBucket), opener)),
    finish(mixCode(mixCode(template(LENGTH_CLASSES), lengthBucket), classes)),
  );
  if (isWideSpace(gap.whitespace)) features.push(finish(template(WIDE_SPACE)));
  if (context.afterIntroduction) features.push(finish(template(INTRODUCTION)));
  // An introductory phrase alone is no sentence: the model learns how many chunks it takes.
  if (context.openedWithIntroduction) features.push(finish(mixCode(template(INTRODUCTION_CHUNKS), Math.min(context.sentenceChunks, 8))));
  return { features, rule };
}

/**
 * The first (or last) 1 to `longest` characters of a chunk, one feature each. The hash grows a
 * character at a time, read from the chunk's edge inwards; the template is mixed in last.
 */
function edgeFeatures(features: number[], firstTemplate: number, text: string, longest: number, fromEnd: boolean): void {
  let hash = template(-1);
  for (let n = 1; n <= longest && n <= text.length; n++) {
    hash = mixCode(hash, text.charCodeAt(fromEnd ? text.length - n : n - 1));
    features.push(finish(mixCode(hash, firstTemplate + n - 1)));
  }
}

/** Powers of two from 4 up: 0-3, 4-7, 8-15, ..., 256 and more. */
function bucket(length: number): number {
  let b = 0;
  while (length >= 4 && b < 7) {
    length >>= 1;
    b++;
  }
  return b;
}

/** The kind of character at a chunk edge: a class for letters and digits, else the character. */
function edgeClass(c: string, emoji: boolean): number {
  if (c === '') return 1;
  if (emoji) return 2;
  if (isDigit(c)) return 3;
  if (isThaiChar(c)) return 4;
  if (isLatinLetter(c)) return c === c.toLowerCase() ? 5 : 6;
  return c.charCodeAt(0);
}
