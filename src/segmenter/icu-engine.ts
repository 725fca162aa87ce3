import { ExternalSplitter } from './external-splitter.js';

/** Splits Thai runs with ICU's dictionary (Intl.Segmenter). */
export class IcuSplitter extends ExternalSplitter {
  private readonly icu = new Intl.Segmenter('th', { granularity: 'word' });

  protected *wordEnds(slice: string): Iterable<number> {
    for (const { index, segment } of this.icu.segment(slice)) yield index + segment.length;
  }
}
