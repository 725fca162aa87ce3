import { alternationOf } from '../text/alternation.js';
import { PLACE_AND_BODY_LABELS } from './labels.js';
import { NUMBERED_UNIT_HEADS } from '../thai/name-cues.js';
import { SpanMerge } from './span-merge.js';
import { changedCandidate, newCandidate, type Candidate } from './candidate.js';

/** A unit's head, `ที่` or not, a space or not, and its number in Arabic or Thai digits, no more digits after it. */
const NUMBERED_UNIT = new RegExp(`(?:${alternationOf(NUMBERED_UNIT_HEADS)})(?:ที่)?[ \\u00A0]?[0-9\\u0E50-\\u0E59]{1,3}(?![0-9\\u0E50-\\u0E59.,])`, 'gu');

/**
 * A military, police or disaster unit named by its head and its number (`กองทัพภาคที่ 4`,
 * `ตำรวจภูธรภาค 7`, `มณฑลทหารบกที่ 22`) is one ORGANIZATION, the number in it, as ThaiNER tags
 * `กองบิน 56`: the model cuts the number off (`กรมทหารพราน|ที่ 44`) or misses the unit, more so
 * in crime and regional news than in the government releases it learnt from. The model's
 * entities inside the unit give way to it (a place or a building it found there stays one: a
 * base a visit lands at, `ที่กองบิน 6`), and its organisation that opens before the unit and
 * ends inside it (a role's body, `ผู้บัญชาการ|ตำรวจภูธรภาค`) is widened to the number; any other
 * entity reaching outside the unit stays (`ท่าอากาศยานทหาร กองบิน 6`, a building). `entities`:
 * UTF-16 offsets, in text order, none overlapping; returns the entities in text order, a new list.
 */
export function numberedUnits(text: string, entities: readonly Candidate[]): Candidate[] {
  const merge = new SpanMerge(entities);
  for (const m of text.matchAll(NUMBERED_UNIT)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const over = merge.overlapping(start, end);
    if (over.every((e) => e.start >= start && e.end <= end)) {
      if (over.some((e) => e.source !== 'model')) continue;
      const [one] = over;
      // the model's place or building stays one, the number in it: `ที่กองบิน 6`, where a visit lands
      const label = over.length === 1 && PLACE_AND_BODY_LABELS.has(one.label) ? one.label : 'ORGANIZATION';
      merge.replace(one ? changedCandidate(one, start, end, label) : newCandidate(start, end, label, 'pattern'));
      continue;
    }
    const [only] = over;
    if (over.length === 1 && only.label === 'ORGANIZATION' && only.start < start && only.end > start && only.end < end)
      merge.replace(changedCandidate(only, only.start, end));
  }
  return merge.finish();
}
