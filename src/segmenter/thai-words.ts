import { markClusterBoundaries } from './thai-clusters.js';
import type { WordTrie } from './word-trie.js';

/**
 * Splits a run of Thai letters into words: the cheapest path through the run, where a
 * dictionary word costs its trie cost (a negative log probability) and a character cluster
 * no word covers costs `unknownCost`. Paths only ever cut between clusters. Adjacent unknown
 * clusters become one unknown word, and a letter repeated for emphasis (มากกกก, ค่าาา) stays
 * with the word it lengthens.
 */
export class ThaiWordSplitter {
  private breakable = new Uint8Array(256);
  private best = new Float64Array(256);
  private from = new Int32Array(256);
  private unknown = new Uint8Array(256);
  private cuts = new Int32Array(256);
  /** For each position, the end of the run of that same letter (for emphatic repeats). */
  private sameUntil = new Int32Array(256);

  constructor(
    private readonly trie: WordTrie,
    private readonly unknownCost: number,
  ) {}

  /**
   * Word ends of `text[start, end)` (absolute UTF-16 indices, ascending, the last one `end`),
   * written to `this.ends()`; returns how many.
   */
  split(text: string, start: number, end: number): number {
    const n = end - start;
    if (n + 1 > this.best.length) this.grow(n + 1);
    const { breakable, best, from, unknown, trie, sameUntil } = this;
    const cost = trie.cost;
    markClusterBoundaries(text, start, end, breakable);
    best[0] = 0;
    for (let i = 1; i <= n; i++) best[i] = Infinity;
    sameUntil[n - 1] = n;
    for (let j = n - 2; j >= 0; j--) sameUntil[j] = text.charCodeAt(start + j + 1) === text.charCodeAt(start + j) ? sameUntil[j + 1] : j + 1;

    for (let i = 0; i < n; i++) {
      if (breakable[i] === 0) continue;
      const here = best[i];
      // dictionary words starting at i
      let node = 0;
      for (let j = i; j < n; j++) {
        node = trie.step(node, text.charCodeAt(start + j));
        if (node < 0) break;
        const w = cost[node];
        if (Number.isNaN(w)) continue; // NaN: no word ends here
        if (breakable[j + 1] === 1 && here + w < best[j + 1]) {
          best[j + 1] = here + w;
          from[j + 1] = i;
          unknown[j + 1] = 0;
        }
        // a word with its last letter repeated for emphasis (twice or more: มากกว่า is มาก|กว่า) is still that word
        const stop = sameUntil[j];
        if (stop > j + 2 && breakable[stop] === 1 && here + w < best[stop]) {
          best[stop] = here + w;
          from[stop] = i;
          unknown[stop] = 0;
        }
      }
      // one unknown cluster
      let k = i + 1;
      while (breakable[k] === 0) k++;
      const u = here + this.unknownCost;
      if (u < best[k]) {
        best[k] = u;
        from[k] = i;
        unknown[k] = 1;
      }
    }
    return this.backtrack(start, n);
  }

  isWord(text: string, start: number, end: number): boolean {
    let node = 0;
    for (let i = start; i < end && node >= 0; i++) node = this.trie.step(node, text.charCodeAt(i));
    return node >= 0 && !Number.isNaN(this.trie.cost[node]);
  }

  /** The buffer `split` wrote its word ends to. */
  ends(): Int32Array {
    return this.cuts;
  }

  private backtrack(start: number, n: number): number {
    const { from, unknown, cuts } = this;
    // walk back from the end, writing ends right to left, then move them to the front
    let w = cuts.length;
    let i = n;
    while (i > 0) {
      let s = from[i];
      if (unknown[i] === 1) {
        while (s > 0 && unknown[s] === 1) s = from[s];
      }
      cuts[--w] = start + i;
      i = s;
    }
    const count = cuts.length - w;
    cuts.copyWithin(0, w);
    return count;
  }

  private grow(size: number): void {
    const cap = Math.max(size, this.best.length * 2);
    this.breakable = new Uint8Array(cap + 1);
    this.best = new Float64Array(cap);
    this.from = new Int32Array(cap);
    this.unknown = new Uint8Array(cap);
    this.cuts = new Int32Array(cap);
    this.sameUntil = new Int32Array(cap);
  }
}
