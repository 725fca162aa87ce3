import type { ThaiRunSplitter } from './scanner.js';
import { keepClusterCuts } from './thai-clusters.js';

/**
 * Splits Thai runs with ICU's dictionary (Intl.Segmenter), for comparison and as a fallback;
 * cuts inside a character cluster are dropped.
 */
export class IcuSplitter implements ThaiRunSplitter {
  private readonly icu = new Intl.Segmenter('th', { granularity: 'word' });
  private cuts: number[] = [];

  split(text: string, start: number, end: number): number {
    const cuts: number[] = [];
    for (const { index, segment } of this.icu.segment(text.slice(start, end))) cuts.push(start + index + segment.length);
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
