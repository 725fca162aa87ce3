import type { DateValue, EntitySource } from '../document/types.js';
import type { EntityLabel } from './labels.js';

/** A proposed entity (UTF-16 offsets) and what proposed it. */
export interface Candidate {
  start: number;
  end: number;
  label: EntityLabel;
  source: EntitySource;
  /** The gazetteer's id of the place or organisation named (`country:US`, `th-province:10`). */
  id?: string;
  /** The `dates` layer's value of a DATE or TIME entity. */
  value?: DateValue;
}

/**
 * A new candidate. Every candidate is made here or by `changedCandidate`, with all six fields
 * in one order (`id` and `value` undefined until set): the rules that walk candidates then see
 * one object shape, and V8 keeps them optimised instead of deoptimising each time a candidate
 * of another shape (a spread copy, a pattern's fields in another order, an `id` added later)
 * reaches them.
 */
export function newCandidate(start: number, end: number, label: EntityLabel, source: EntitySource, value?: DateValue): Candidate {
  return { start, end, label, source, id: undefined, value };
}

/** A copy of `c` with another span or label (what `{ ...c, end }` wrote), of the same shape. */
export function changedCandidate(c: Candidate, start: number = c.start, end: number = c.end, label: EntityLabel = c.label): Candidate {
  return { start, end, label, source: c.source, id: c.id, value: c.value };
}
