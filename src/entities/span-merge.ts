import { newCandidate, type Candidate } from './candidate.js';

/**
 * Puts spans found in text order (a rule's names) among entities in text order, none
 * overlapping, in one pass over both: the rules after the model (foreign people, football and
 * boxers' names, television channels, quoted nicknames) each ask what a span they found
 * overlaps, then put it in place of that, or leave it. Linear however many spans a text holds.
 */
export class SpanMerge {
  private readonly out: Candidate[] = [];
  private next = 0;
  private after = 0;

  constructor(private readonly entities: readonly Candidate[]) {}

  /** The entities overlapping `[start, end)`. Calls come in text order of `start`. */
  overlapping(start: number, end: number): readonly Candidate[] {
    while (this.next < this.entities.length && this.entities[this.next].end <= start) this.out.push(this.entities[this.next++]);
    this.after = this.next;
    while (this.after < this.entities.length && this.entities[this.after].start < end) this.after++;
    return this.entities.slice(this.next, this.after);
  }

  /** `span` in place of what the last call of `overlapping` gave; with null, that is dropped only. */
  replace(span: Candidate | null): void {
    if (span) this.out.push(span);
    this.next = this.after;
  }

  /** The entities, in text order, none overlapping. */
  finish(): Candidate[] {
    while (this.next < this.entities.length) this.out.push(this.entities[this.next++]);
    return this.out;
  }
}

/**
 * Places a rule found (`found`: spans in any order, which may overlap) put among `entities` as
 * pattern LOCATIONs: each in place of the model's entities inside it, not of one reaching outside
 * it nor of another rule's; the model's own LOCATION over the same span stays as it is; of spans
 * that overlap, the first. `entities` is left as it was; returns the entities in text order.
 */
export function mergeFoundPlaces(entities: readonly Candidate[], found: { start: number; end: number }[]): Candidate[] {
  found.sort((a, b) => a.start - b.start);
  const merge = new SpanMerge(entities);
  let last = -1;
  for (const { start, end } of found) {
    if (start < last) continue;
    const inside = merge.overlapping(start, end);
    if (inside.some((e) => e.start < start || e.end > end || e.source !== 'model')) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].label === 'LOCATION') continue;
    merge.replace(newCandidate(start, end, 'LOCATION', 'pattern'));
    last = end;
  }
  return merge.finish();
}
