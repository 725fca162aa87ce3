import { alternationOf } from '../text/alternation.js';
import { PRINCELY_RANKS } from '../thai/princely-ranks.js';
import { type Candidate, changedCandidate } from './candidate.js';

const PRINCELY_RANK = new RegExp(`^(?:${alternationOf(PRINCELY_RANKS)})`, 'u');
/** What may stand between a royal's titles and the rank after them. */
const SPACES = /^[ \u00A0]{1,2}$/u;

/**
 * A prince's or princess's rank and name (`กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี`) are a
 * PERSON, as ThaiNER tags `สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี`; the model, which knows
 * `กรม` as a department's head, calls them a building or a body. Written after the royal's
 * titles with a space between (`สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระ…`), they are one PERSON with
 * those titles. `entities` (UTF-16 offsets, in text order, none overlapping) is left as it
 * was; returns the entities in text order, a new list.
 */
export function princelyRanks(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    if (e.source !== 'model' || !PRINCELY_RANK.test(text.slice(e.start, e.start + 12))) {
      out.push(e);
      continue;
    }
    const before = out.at(-1);
    if (before && before.label === 'PERSON' && SPACES.test(text.slice(before.end, e.start)))
      out[out.length - 1] = changedCandidate(before, before.start, e.end);
    else out.push(changedCandidate(e, e.start, e.end, 'PERSON'));
  }
  return out;
}
