import { THAI_LETTERS } from '../thai/characters.js';
import { THE_IN_THAI, VENUE_HEADS } from '../thai/name-cues.js';
import { alternationOf } from '../text/alternation.js';
import { changedCandidate, type Candidate } from './candidate.js';
import { PLACE_AND_BODY_LABELS } from './labels.js';

/** `เดอะ` ending an entity, with spaces after it inside the span. */
const THE_AT_END = new RegExp(`${THE_IN_THAI}[ \\u00A0]*$`, 'u');
/** The spaces after `เดอะ` and the word the name goes on with (Thai or Latin letters, digits). */
const NEXT_WORD = new RegExp(`^[ \\u00A0]*[${THAI_LETTERS}A-Za-z0-9][${THAI_LETTERS}A-Za-z0-9'’&.-]*`, 'u');
const PERSON_WITH_THE = new RegExp(`^${THE_IN_THAI}[ \\u00A0]`, 'u');
/** A venue's head right before the name, a space between or none (`โรงแรม เดอะ สุโกศล`). */
const VENUE_BEFORE = new RegExp(`(?:${alternationOf(VENUE_HEADS)})[ \\u00A0]?$`, 'u');

/**
 * Names opening with `เดอะ` (src/thai/name-cues.ts, THE_IN_THAI), which the model cuts after it,
 * English "the" being no Thai word it knows:
 * - a place, body or building ending with `เดอะ` runs on over the next word, and what the model
 *   found in that word joins it (`โรงแรมเดอะ| เบอร์|เคลีย์`, a hotel, one FACILITY);
 * - a PERSON opening with `เดอะ` and a space is a venue after a venue's head (`โรงแรม เดอะ สุโกศล`,
 *   from the head); elsewhere it stays a person, as a singer's stage name may be (`เดอะ ทอยส์`,
 *   a PERSON in ThaiNER).
 * `entities`: UTF-16 offsets, in text order, none overlapping; returns the same, a new list.
 */
export function namesWithThe(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    const name = text.slice(e.start, e.end);
    if (PLACE_AND_BODY_LABELS.has(e.label) && THE_AT_END.test(name)) {
      const next = NEXT_WORD.exec(text.slice(e.end));
      if (!next || !/[^ \u00A0]/u.test(next[0])) {
        out.push(e);
        continue;
      }
      let end = e.end + next[0].length;
      // what the model found inside the word (or running on from it) becomes part of the name
      while (i + 1 < entities.length && entities[i + 1].start < end) end = Math.max(end, entities[++i].end);
      out.push(changedCandidate(e, e.start, end));
    } else if (e.label === 'PERSON' && PERSON_WITH_THE.test(name)) {
      const venue = VENUE_BEFORE.exec(text.slice(Math.max(0, e.start - 20), e.start));
      const previous = out.at(-1);
      const start = venue ? e.start - venue[0].length : e.start;
      if (!venue || (previous && previous.end > start)) out.push(e);
      else out.push(changedCandidate(e, start, e.end, 'FACILITY'));
    } else out.push(e);
  }
  return out;
}
