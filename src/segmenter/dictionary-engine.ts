import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { cacheKey } from '../disk-cache.js';
import { cachedTrie } from './trie-cache.js';
import { DEFAULT_COST_MODEL, parseWordCounts, wordCosts, type CostModel, type WordCounts } from './word-costs.js';
import { readWordcutWords, wordcutDictionaryFiles } from './word-list.js';
import { ThaiWordSplitter } from './thai-words.js';
import { WordTrie } from './word-trie.js';

/** Part of the disk cache key: bump it whenever wordCosts() or WordTrie change what they build. */
const BUILD_VERSION = '2';

/** The word counts derived from hand-segmented text (scripts/derive-word-counts.ts), relative to the package root. */
export const SHIPPED_WORD_COUNTS = 'src/segmenter/data/gold-word-counts.tsv';

export function shippedWordCountsPath(): string {
  return path.join(packageRoot(), SHIPPED_WORD_COUNTS);
}

/** Reads a word-count file (`word<TAB>whole<TAB>split` lines), by default the shipped one. */
export function readWordCounts(file: string = shippedWordCountsPath()): Map<string, WordCounts> {
  return parseWordCounts(readFileSync(file, 'utf8'));
}

/** What the default engine is built from; tuning may replace the counts or the model. */
export interface DictionaryEngineConfig {
  userWords?: readonly string[];
  /** Word counts instead of the shipped ones (not cached on disk). */
  counts?: ReadonlyMap<string, WordCounts>;
  model?: CostModel;
}

/**
 * The default engine's splitter of Thai runs: wordcut's dictionary weighted by gold counts.
 * The trie is cached on disk under a key over the files it is built from, so that a cached
 * load reads neither the dictionary nor the counts.
 */
export function createDictionarySplitter(config: DictionaryEngineConfig = {}): ThaiWordSplitter {
  const model = config.model ?? DEFAULT_COST_MODEL;
  const userWords = config.userWords ?? [];
  const build = (counts: ReadonlyMap<string, WordCounts>) => WordTrie.fromWords(wordCosts(readWordcutWords(), counts, userWords, model));
  if (config.counts) return new ThaiWordSplitter(build(config.counts), model.unknownCost);
  const countsFile = shippedWordCountsPath();
  const key = cacheKey([BUILD_VERSION, JSON.stringify(model), userWords.join('\n')], [...wordcutDictionaryFiles(), countsFile]);
  return new ThaiWordSplitter(
    cachedTrie(key, () => build(readWordCounts(countsFile))),
    model.unknownCost,
  );
}
