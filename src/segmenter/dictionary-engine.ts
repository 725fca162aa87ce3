import { GOLD_WORD_COUNTS } from './data/gold-word-counts.js';
import { cacheKey, cachedTrie } from './trie-cache.js';
import { DEFAULT_COST_MODEL, parseWordCounts, wordCosts, type CostModel, type WordCounts } from './word-costs.js';
import { readWordcutWords, wordcutDictionaryFiles } from './word-list.js';
import { ThaiWordSplitter } from './thai-words.js';
import { WordTrie } from './word-trie.js';

/** Part of the disk cache key: bump it whenever wordCosts() or WordTrie change what they build. */
const BUILD_VERSION = '2';

/** What the default engine is built from; tuning may replace the counts or the model. */
export interface DictionaryEngineConfig {
  userWords?: readonly string[];
  /** Word counts instead of the derived ones in data/ (not cached on disk). */
  counts?: ReadonlyMap<string, WordCounts>;
  model?: CostModel;
}

/** The default engine's splitter of Thai runs: wordcut's dictionary weighted by gold counts. */
export function createDictionarySplitter(config: DictionaryEngineConfig = {}): ThaiWordSplitter {
  const model = config.model ?? DEFAULT_COST_MODEL;
  const userWords = config.userWords ?? [];
  const build = (counts: ReadonlyMap<string, WordCounts>) => () => WordTrie.fromWords(wordCosts(readWordcutWords(), counts, userWords, model));
  const trie = config.counts
    ? build(config.counts)()
    : cachedTrie(
        cacheKey([BUILD_VERSION, GOLD_WORD_COUNTS, JSON.stringify(model), userWords.join('\n')], wordcutDictionaryFiles()),
        build(parseWordCounts(GOLD_WORD_COUNTS)),
      );
  return new ThaiWordSplitter(trie, model.unknownCost);
}
