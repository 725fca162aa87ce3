/** A stretch of text, end-exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Spans per chunk: inserting shifts at most this many, however many spans there are. */
const CHUNK = 256;

/**
 * Spans that never overlap, kept in text order. Since none overlap, their ends are in order as
 * well, so the spans overlapping a stretch are found by binary search. They are held in
 * chunks of at most CHUNK spans, so that adding one costs a binary search and a short shift:
 * adding the patterns, English names and dates of a long document (tens of thousands of each)
 * to its entities stays O(n log n).
 */
export class DisjointSpans<T extends Span> {
  private readonly chunks: T[][] = [];

  /** The spans, in text order. */
  get items(): T[] {
    return this.chunks.flat();
  }

  /** The spans that overlap `span`, in text order. */
  *overlapping(span: Span): Generator<T> {
    for (let [c, i] = this.firstEndingAfter(span.start); c < this.chunks.length; c++, i = 0) {
      const chunk = this.chunks[c];
      for (; i < chunk.length; i++) {
        if (chunk[i].start >= span.end) return;
        yield chunk[i];
      }
    }
  }

  /** Adds `span` unless it overlaps one already here; says whether it was added. */
  addIfFree(span: T): boolean {
    let [c, i] = this.firstEndingAfter(span.start);
    const next = c < this.chunks.length ? this.chunks[c][i] : undefined;
    if (next && next.start < span.end) return false;
    if (c === this.chunks.length) {
      // after every span: at the end of the last chunk
      if (!c || this.chunks[c - 1].length >= CHUNK) this.chunks.push([]);
      c = this.chunks.length - 1;
      i = this.chunks[c].length;
    }
    const chunk = this.chunks[c];
    chunk.splice(i, 0, span);
    if (chunk.length > 2 * CHUNK) this.chunks.splice(c + 1, 0, chunk.splice(CHUNK));
    return true;
  }

  /** The chunk and index of the first span that ends after `position` (chunks.length, 0 for none). */
  private firstEndingAfter(position: number): [number, number] {
    let low = 0;
    let high = this.chunks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const chunk = this.chunks[middle];
      if (chunk[chunk.length - 1].end > position) high = middle;
      else low = middle + 1;
    }
    if (low === this.chunks.length) return [low, 0];
    const chunk = this.chunks[low];
    let first = 0;
    let last = chunk.length;
    while (first < last) {
      const middle = (first + last) >>> 1;
      if (chunk[middle].end > position) last = middle;
      else first = middle + 1;
    }
    return [low, first];
  }
}
