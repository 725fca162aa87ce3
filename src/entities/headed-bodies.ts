import { alternationOf } from '../text/alternation.js';
import { BODY_ONLY_HEADS } from '../thai/name-cues.js';
import type { Candidate } from './candidate.js';

const BODY_HEAD = new RegExp(`^(?:${alternationOf(BODY_ONLY_HEADS)})`, 'u');

/**
 * A place or a building the model found that opens with a head only bodies' names open with
 * (`กองทัพเมียนมา`) is an ORGANIZATION: the model, which knows the country at the name's end,
 * calls the whole a place. `entities` is changed in place and returned.
 */
export function headedBodies(text: string, entities: Candidate[]): Candidate[] {
  for (const e of entities) {
    if (e.source === 'model' && (e.label === 'LOCATION' || e.label === 'FACILITY') && BODY_HEAD.test(text.slice(e.start, e.start + 8)))
      e.label = 'ORGANIZATION';
  }
  return entities;
}
