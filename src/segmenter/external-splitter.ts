import type { ThaiRunSplitter } from './scanner.js';
import { keepClusterCuts } from './thai-clusters.js';

/**
 * A Thai-run splitter backed by another segmenter (ICU, wordcut), for comparison and fallback.
 * Those segmenters cut inside character clusters around unknown words; such cuts are dropped
 * so that every engine keeps the cluster guarantee.
 */
export abstract class ExternalSplitter implements ThaiRunSplitter {
  private cuts: number[] = [];

  /** Word ends within `slice`, relative to its start, ascending. */
  protected abstract wordEnds(slice: string): Iterable<number>;

  split(text: string, start: number, end: number): number {
    const cuts: number[] = [];
    for (const e of this.wordEnds(text.slice(start, end))) cuts.push(start + e);
    this.cuts = keepClusterCuts(text, start, end, cuts);
    return this.cuts.length;
  }

  ends(): ArrayLike<number> {
    return this.cuts;
  }

  isWord(): boolean {
    return false;
  }
}
