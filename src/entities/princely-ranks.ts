import { alternationOf } from '../text/alternation.js';
import { ROYAL_NAME_OPENINGS } from '../thai/name-cues.js';
import { PRINCELY_RANKS } from '../thai/princely-ranks.js';
import { type Candidate, changedCandidate } from './candidate.js';

const PRINCELY_RANK = new RegExp(`^(?:${alternationOf(PRINCELY_RANKS)})`, 'u');
const ROYAL_NAME = new RegExp(`^(?:${alternationOf(ROYAL_NAME_OPENINGS)})`, 'u');
/** What may stand between a royal's titles and the rank after them. */
const SPACES = /^[ \u00A0]{1,2}$/u;

/**
 * A prince's or princess's rank and name (`กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี`) are a
 * PERSON, as ThaiNER tags `สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี`; the model, which knows
 * `กรม` as a department's head, calls them a building or a body. Written after the royal's
 * titles with a space between (`สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระ…`), they are one PERSON with
 * those titles. So is a name the model found opening with a royal's title (ROYAL_NAME_OPENINGS
 * of src/thai/name-cues.ts) whatever it called it. `entities` (UTF-16 offsets, in text order,
 * none overlapping) is left as it was; returns the entities in text order, a new list.
 */
export function princelyRanks(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const opening = e.source === 'model' ? text.slice(e.start, e.start + 16) : '';
    // a name opening with a royal's title (`สมเด็จพระเทพรัตนราชสุดาฯ …`) the model called a building or a place
    if (e.label !== 'PERSON' && ROYAL_NAME.test(opening)) {
      out.push(changedCandidate(e, e.start, e.end, 'PERSON'));
      continue;
    }
    if (!PRINCELY_RANK.test(opening)) {
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
