import { type CacheCodec, cachedOnDisk } from '../disk-cache.js';
import { WordTrie } from './word-trie.js';

/**
 * Built tries are cached on disk (see disk-cache.ts), so that a new process loads the segmenter
 * by reading one file instead of parsing and sorting wordcut's 24,000 words.
 */

/** The layout of the file, in its name: a new layout never reads an old file. */
const FORMAT = 'trie-1';
const HEADER = 8;

export function cachedTrie(key: string, build: () => WordTrie): WordTrie {
  return cachedOnDisk(FORMAT, key, TRIE_CODEC, build);
}

function encode(trie: WordTrie): Uint8Array {
  const a = trie.arrays();
  const n = a.firstChild.length;
  const out = new Uint8Array(HEADER + 128 * 4 + n * 11);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x54524945, true); // "TRIE"
  view.setUint32(4, n, true);
  let at = HEADER;
  for (const arr of [a.rootChild, a.firstChild, a.cost, a.childCount, a.label]) {
    out.set(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), at);
    at += arr.byteLength;
  }
  return out;
}

function decode(file: Buffer): WordTrie {
  const buf = new Uint8Array(file).buffer; // a copy, aligned for the wider arrays
  const view = new DataView(buf);
  const n = view.getUint32(4, true);
  if (view.getUint32(0, true) !== 0x54524945 || buf.byteLength !== HEADER + 128 * 4 + n * 11) throw new Error('bad trie cache');
  let at = HEADER;
  const take = <T>(make: (b: ArrayBuffer, at: number, len: number) => T, len: number, size: number): T => {
    const arr = make(buf, at, len);
    at += len * size;
    return arr;
  };
  return new WordTrie({
    rootChild: take((b, o, l) => new Int32Array(b, o, l), 128, 4),
    firstChild: take((b, o, l) => new Int32Array(b, o, l), n, 4),
    cost: take((b, o, l) => new Float32Array(b, o, l), n, 4),
    childCount: take((b, o, l) => new Uint16Array(b, o, l), n, 2),
    label: take((b, o, l) => new Uint8Array(b, o, l), n, 1),
  });
}

const TRIE_CODEC: CacheCodec<WordTrie> = { encode, decode };
