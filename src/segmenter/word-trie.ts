/**
 * A compact trie of Thai words over flat typed arrays, built in one pass over the sorted word
 * list. Nodes are numbered breadth-first so that the children of a node are consecutive: a
 * transition is a short scan of a byte array, with no objects and no hashing.
 * Thai words are stored as offsets into the Thai block (U+0E00..U+0E7F), one byte a character.
 */
import { THAI_BLOCK_START } from '../thai/characters.js';

export interface TrieArrays {
  rootChild: Int32Array;
  firstChild: Int32Array;
  childCount: Uint16Array;
  label: Uint8Array;
  cost: Float32Array;
}

export class WordTrie {
  /** Child node of the root for each Thai character, or -1. */
  private readonly rootChild: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly childCount: Uint16Array;
  /** The character (Thai offset) that leads to each node. */
  private readonly label: Uint8Array;
  /** The cost of the word ending at each node; NaN where no word ends. */
  readonly cost: Float32Array;

  constructor(arrays: TrieArrays) {
    this.rootChild = arrays.rootChild;
    this.firstChild = arrays.firstChild;
    this.childCount = arrays.childCount;
    this.label = arrays.label;
    this.cost = arrays.cost;
  }

  /** The arrays, for caching. */
  arrays(): TrieArrays {
    const { rootChild, firstChild, childCount, label, cost } = this;
    return { rootChild, firstChild, childCount, label, cost };
  }

  /** Builds the trie of `words`, which maps each word (Thai characters only) to its cost; lower is preferred. */
  static fromWords(words: ReadonlyMap<string, number>): WordTrie {
    const sorted = [...words.keys()].sort();
    let capacity = 1;
    for (const w of sorted) capacity += w.length;
    const firstChild = new Int32Array(capacity);
    const childCount = new Uint16Array(capacity);
    const label = new Uint8Array(capacity);
    const cost = new Float32Array(capacity).fill(NaN);
    const rootChild = new Int32Array(128).fill(-1);

    // Breadth-first: each queue entry is a node and the range of sorted words under it.
    const nodeLo: number[] = [0];
    const nodeHi: number[] = [sorted.length];
    const nodeDepth: number[] = [0];
    let next = 1;
    for (let node = 0; node < next; node++) {
      let lo = nodeLo[node];
      const hi = nodeHi[node];
      const depth = nodeDepth[node];
      if (lo < hi && sorted[lo].length === depth) {
        cost[node] = words.get(sorted[lo]) as number;
        lo++;
      }
      firstChild[node] = next;
      while (lo < hi) {
        const ch = sorted[lo].charCodeAt(depth);
        let end = lo + 1;
        while (end < hi && sorted[end].charCodeAt(depth) === ch) end++;
        label[next] = ch - THAI_BLOCK_START;
        if (node === 0) rootChild[ch - THAI_BLOCK_START] = next;
        nodeLo.push(lo);
        nodeHi.push(end);
        nodeDepth.push(depth + 1);
        next++;
        lo = end;
      }
      childCount[node] = next - firstChild[node];
    }
    return new WordTrie({
      rootChild,
      firstChild: firstChild.slice(0, next),
      childCount: childCount.slice(0, next),
      label: label.slice(0, next),
      cost: cost.slice(0, next),
    });
  }

  /** The node reached from `node` by the Thai character `code`, or -1 (node 0 is the root). */
  step(node: number, code: number): number {
    const c = code - THAI_BLOCK_START;
    if (node === 0) return this.rootChild[c & 0x7f];
    const first = this.firstChild[node];
    const last = first + this.childCount[node];
    const label = this.label;
    for (let k = first; k < last; k++) {
      if (label[k] === c) return k;
    }
    return -1;
  }
}
