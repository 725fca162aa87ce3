/** A stretch of text, end-exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Spans that never overlap, kept in text order. Since none overlap, their ends are in order as
 * well, so the spans overlapping a stretch are found by binary search: adding the patterns, English
 * names and dates of a long document (thousands of each) to its entities stays O(n log n),
 * where testing every chosen entity for every candidate was quadratic.
 */
export class DisjointSpans<T extends Span> {
  private readonly spans: T[] = [];

  /** The spans, in text order. */
  get items(): readonly T[] {
    return this.spans;
  }

  /** The index of the first span that ends after `position`. */
  private firstEndingAfter(position: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.spans[middle].end > position) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** The spans that overlap `span`, in text order. */
  *overlapping(span: Span): Generator<T> {
    for (let i = this.firstEndingAfter(span.start); i < this.spans.length && this.spans[i].start < span.end; i++) yield this.spans[i];
  }

  /** Adds `span` unless it overlaps one already here; says whether it was added. */
  addIfFree(span: T): boolean {
    const i = this.firstEndingAfter(span.start);
    if (i < this.spans.length && this.spans[i].start < span.end) return false;
    this.spans.splice(i, 0, span);
    return true;
  }
}
