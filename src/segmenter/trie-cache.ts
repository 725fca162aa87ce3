import { type CacheCodec, cachedOnDisk, packTables, TableReader } from '../disk-cache.js';
import { WordTrie } from './word-trie.js';

/**
 * Built tries are cached on disk (see disk-cache.ts), so that a new process loads the segmenter
 * by reading one file instead of parsing and sorting wordcut's 24,000 words.
 */

/** The layout of the file, in its name: a new layout never reads an old file. */
const FORMAT = 'trie-1';

export function cachedTrie(key: string, build: () => WordTrie): WordTrie {
  return cachedOnDisk(FORMAT, key, TRIE_CODEC, build);
}

/** "TRIE": the first four bytes of a cached trie. */
const TRIE_MAGIC = 0x54524945;
const ROOT_CHILDREN = 128;

function encode(trie: WordTrie): Uint8Array {
  const a = trie.arrays();
  return packTables(TRIE_MAGIC, a.firstChild.length, new Uint8Array(0), [a.rootChild, a.firstChild, a.cost, a.childCount, a.label]);
}

function decode(file: Buffer): WordTrie {
  const reader = new TableReader(file, TRIE_MAGIC, 'cached trie');
  const n = reader.word;
  const trie = new WordTrie({
    rootChild: reader.table(Int32Array, ROOT_CHILDREN),
    firstChild: reader.table(Int32Array, n),
    cost: reader.table(Float32Array, n),
    childCount: reader.table(Uint16Array, n),
    label: reader.table(Uint8Array, n),
  });
  reader.end();
  return trie;
}

const TRIE_CODEC: CacheCodec<WordTrie> = { encode, decode };
