/**
 * Thai word segmentation. Every character of the text ends up in exactly one token, with code
 * point offsets and a kind. Non-Thai material (numbers, Latin words, punctuation, emoji,
 * whitespace) is cut by the scanner the same way for every engine; the engines differ in how
 * they split runs of Thai letters into words.
 */
import type { Token } from '../document/types.js';
import { createDictionarySplitter } from './dictionary-engine.js';
import { IcuSplitter } from './icu-engine.js';
import { MixedWordJoiner, isMixedWord, thaiPartsOf } from './mixed-words.js';
import { Scanner, type ThaiRunSplitter } from './scanner.js';
import { readWordList } from './word-list.js';
import { WordcutSplitter } from './wordcut-engine.js';

export interface SegmentOptions {
  /** default: wordcut's dictionary with cluster rules and word frequencies; wordcut or icu for comparison. */
  engine?: 'default' | 'wordcut' | 'icu';
  /**
   * Extra words that win over the built-in dictionary (default and wordcut engines). A word
   * that mixes Thai with digits or punctuation (`โควิด-19`) becomes one token where it stands
   * on token boundaries, with any engine.
   */
  words?: readonly string[];
  /** A file of extra words, one a line. */
  dictionaryFile?: string;
}

export interface Segmenter {
  segment(text: string): Token[];
}

export function createSegmenter(options: SegmentOptions = {}): Segmenter {
  const words = [...(options.words ?? []), ...(options.dictionaryFile ? readWordList(options.dictionaryFile) : [])];
  const thaiWords = words.filter((word) => !isMixedWord(word));
  const scanner = new Scanner(thaiSplitter(options.engine ?? 'default', [...thaiWords, ...thaiPartsOf(words.filter(isMixedWord))]));
  const joiner = new MixedWordJoiner(words);
  if (joiner.empty) return { segment: (text: string) => scanner.scan(text) };
  return { segment: (text: string) => joiner.join(scanner.scan(text)) };
}

function thaiSplitter(engine: NonNullable<SegmentOptions['engine']>, words: readonly string[]): ThaiRunSplitter {
  switch (engine) {
    case 'default':
      return createDictionarySplitter({ userWords: words });
    case 'wordcut':
      return new WordcutSplitter(words);
    case 'icu':
      return new IcuSplitter();
    default:
      throw new Error(`unknown segmentation engine "${String(engine)}" (default, wordcut or icu)`);
  }
}

const cachedByEngine = new Map<string, Segmenter>();

/**
 * Segments `text`. Without user words, one cached segmenter per engine serves every call;
 * with them, prefer `createSegmenter` once and reuse it.
 */
export function segment(text: string, options?: SegmentOptions): Token[] {
  if (options?.words?.length || options?.dictionaryFile) return createSegmenter(options).segment(text);
  const engine = options?.engine ?? 'default';
  let segmenter = cachedByEngine.get(engine);
  if (!segmenter) {
    segmenter = createSegmenter({ engine });
    cachedByEngine.set(engine, segmenter);
  }
  return segmenter.segment(text);
}
