import { alternationOf } from '../text/alternation.js';
import { BARE_PLACE_NAMES } from '../thai/places.js';
import { FACILITY_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS } from '../thai/name-cues.js';
import { SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

const PLACE = new RegExp(alternationOf(BARE_PLACE_NAMES), 'gu');
/**
 * A head glued before the name makes it part of a longer one (`เมืองพัทยา`, the city's
 * administration, ThaiNER's ORGANIZATION; `หาดพัทยา`, the beach), which is not this rule's.
 */
const HEAD_BEFORE = new RegExp(`(?:${alternationOf([...LOCATION_HEADS, ...FACILITY_HEADS, ...ORGANIZATION_HEADS, 'หาด'])})$`, 'u');

/**
 * A place news names bare (src/thai/places.ts: `พัทยา`, `ฉนวนกาซา`) is a LOCATION where it stands
 * as words, no head glued before it, and the model found nothing over it, as ThaiNER tags
 * `พัทยา` and `หัวหิน` alone. `entities` (UTF-16 offsets, in text order, none overlapping) is left
 * as it was; returns the entities in text order, a new list. `boundaries` holds every token start
 * and end.
 */
export function barePlaces(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  for (const m of text.matchAll(PLACE)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!boundaries.has(start) || !boundaries.has(end) || HEAD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
    if (merge.overlapping(start, end).length === 0) merge.replace(newCandidate(start, end, 'LOCATION', 'pattern'));
  }
  return merge.finish();
}
