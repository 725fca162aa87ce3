import {
  firstCodePoint,
  isDigit,
  endsWithEmoji,
  isLatinLetter,
  isLowerLatin,
  isThaiChar,
  isUpperLatin,
  isWideSpace,
  lastCodePoint,
  startsWithEmoji,
} from './characters.js';
import { latinAbbreviations, sentenceEnders, sentenceOpeners } from './cue-lists.js';
import type { Chunk, Gap } from './paragraphs.js';

/** A gap whose cues add up to this much ends a sentence. */
export const BOUNDARY_THRESHOLD = 2;

/** Everything the decision about one gap looks at. */
export interface BoundaryContext {
  left: Chunk;
  right: Chunk;
  gap: Gap;
  /** Non-space code points of the sentence so far, up to and including `left`. */
  sentenceLength: number;
  /** The gap is the first of a sentence that began with an introductory phrase. */
  afterIntroduction: boolean;
}

export interface BoundaryScore {
  score: number;
  /** A cue that ends a sentence however short it is (`!`, `ครับ`, an emoji). */
  strong: boolean;
}

interface Evidence {
  weight: number;
  strong: boolean;
}

const NONE: Evidence = { weight: 0, strong: false };

/**
 * Adds up the evidence for a sentence boundary at one gap: punctuation and particles that end
 * the left chunk, connectives that open the right one, scripts and numbers on either side, and
 * how long the sentence already is (a long run of Thai makes a connective likelier to open a
 * new sentence than to join a clause).
 */
export function scoreBoundary(context: BoundaryContext): BoundaryScore {
  const { left, right, gap } = context;
  const punctuation = punctuationEvidence(left.text, right.text);
  const ender = sentenceEnders.suffixOf(left.text);
  const social = socialEvidence(left.text);
  let score = punctuation.weight + (ender?.weight ?? 0) + social.weight;
  score += sentenceOpeners.prefixOf(right.text)?.weight ?? 0;
  score += rightEdgeEvidence(right.text);
  const ended = punctuation.weight > 0 || Boolean(ender?.strong);
  if (!ended) score += scriptEvidence(lastCodePoint(left.text), firstCodePoint(right.text));
  score += quoteEvidence(left.text, right.text, gap);
  if (isWideSpace(gap.whitespace)) score += 1;
  score += lengthEvidence(context.sentenceLength);
  if (context.afterIntroduction) score -= 1;
  return { score, strong: punctuation.strong || Boolean(ender?.strong) || social.strong };
}

/**
 * The longer the sentence already is, the likelier a space ends it; even a very long run
 * needs some cue besides its length (lists of noun phrases run on for hundreds of letters).
 */
function lengthEvidence(sentenceLength: number): number {
  if (sentenceLength >= 200) return 1.5;
  if (sentenceLength >= 100) return 1;
  return sentenceLength >= 40 ? 0.5 : 0;
}

const TRAILING_CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const CLAUSE_CONTINUERS = new Set([':', ',', ';', '-', '–', '—', '/', '(', '[', '“', '&', '=', '、']);

/** Sentence-final punctuation (possibly followed by closing quotes) or a mark that continues. */
function punctuationEvidence(left: string, right: string): Evidence {
  let end = left.length;
  while (end > 0 && TRAILING_CLOSERS.has(left[end - 1])) end--;
  if (end === 0) return NONE;
  const core = left.slice(0, end);
  const last = core[end - 1];
  if (last === '!' || last === '?' || last === '！' || last === '？') return { weight: 3, strong: true };
  const lowerNext = isLowerLatin(firstCodePoint(right));
  if (last === '…' || core.endsWith('..')) return lowerNext ? NONE : { weight: 2, strong: false };
  if (last === '.') return fullStopEvidence(core, lowerNext);
  if (end === left.length && CLAUSE_CONTINUERS.has(last)) return { weight: -3, strong: false };
  return NONE;
}

/** A full stop ends a sentence unless it ends an abbreviation, an initial or a list number. */
function fullStopEvidence(core: string, lowerNext: boolean): Evidence {
  let wordStart = core.length - 1;
  while (wordStart > 0 && isWordChar(core[wordStart - 1])) wordStart--;
  const word = core.slice(wordStart, core.length - 1);
  if (word === '') return NONE;
  if (core[wordStart - 1] === '.') return { weight: -1, strong: false };
  if (/^\p{Nd}+$/u.test(word)) return wordStart === 0 ? { weight: -3, strong: false } : NONE;
  if (isThaiChar(word[0])) {
    if ((sentenceEnders.suffixOf(word)?.weight ?? 0) > 0) return { weight: 3, strong: true };
    // Thai abbreviations are short: จ. ดร. กทม.
    return word.length <= 4 ? { weight: -3, strong: false } : { weight: 2.5, strong: false };
  }
  if (word.length === 1 || latinAbbreviations.has(word.toLowerCase())) return { weight: -2, strong: false };
  return lowerNext ? { weight: -1, strong: false } : { weight: 3, strong: true };
}

function isWordChar(c: string): boolean {
  return isThaiChar(c) || isLatinLetter(c) || isDigit(c);
}

/** Emoji, laughter (555) and drawn-out letters end a sentence in social media posts. */
function socialEvidence(left: string): Evidence {
  if (endsWithEmoji(left)) return { weight: 2, strong: true };
  if (endsWithLaughter(left)) return { weight: 2, strong: true };
  const n = left.length;
  if (n >= 3 && isThaiChar(left[n - 1]) && left[n - 1] === left[n - 2] && left[n - 1] === left[n - 3]) {
    return { weight: 1, strong: false };
  }
  return NONE;
}

/** `555` or `555+` (ha ha ha), but not a number such as the year 2555. */
function endsWithLaughter(text: string): boolean {
  let end = text.length;
  while (end > 0 && text[end - 1] === '+') end--;
  let start = end;
  while (start > 0 && text[start - 1] === '5') start--;
  return end - start >= 3 && (start === 0 || !isDigit(text[start - 1]));
}

const ATTACHES_TO_LEFT = new Set([')', ']', '}', '”', '»', ',', '.', ':', ';', '!', '?', 'ๆ', 'ฯ', '%']);
const LIST_MARKER = /^(?:\p{Nd}{1,2}|[a-zA-Z])[.)](?!\p{Nd})/u;

/** `1.`, `2)`, `a.` opening a chunk: the number of a list item. */
export function startsWithListMarker(text: string): boolean {
  return LIST_MARKER.test(text);
}

/** What the first character of the right chunk says: a list marker opens, a digit continues. */
function rightEdgeEvidence(right: string): number {
  const first = firstCodePoint(right);
  if (ATTACHES_TO_LEFT.has(first) || first === '(' || first === '[') return -3;
  if (startsWithListMarker(right)) return 2;
  if (isDigit(first)) return -2;
  if (startsWithEmoji(right)) return -2;
  return 0;
}

/** A switch between Thai and Latin script, or Latin on both sides, is a phrase, not a sentence end. */
function scriptEvidence(leftLast: string, rightFirst: string): number {
  const leftLatin = isLatinLetter(leftLast);
  const rightLatin = isLatinLetter(rightFirst);
  if (leftLatin && rightLatin) return isUpperLatin(rightFirst) ? -2 : -3;
  if (leftLatin !== rightLatin && (isThaiChar(leftLast) || isThaiChar(rightFirst))) return -1;
  if (leftLast === 'ฯ') return -1; // an abbreviated name (สหรัฐฯ) is usually the subject
  return 0;
}

const CLOSING_QUOTES = new Set(['”', '»', '"']);
const OPENING_QUOTES = new Set(['“', '«', '"']);

/** Inside a quotation spaces rarely end the sentence; a closing quote often does. */
function quoteEvidence(left: string, right: string, gap: Gap): number {
  if (gap.insideQuotes) return -1;
  let weight = 0;
  if (CLOSING_QUOTES.has(lastCodePoint(left))) weight += 0.5;
  if (OPENING_QUOTES.has(firstCodePoint(right))) weight += 0.5;
  return weight;
}
