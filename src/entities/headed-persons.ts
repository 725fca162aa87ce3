import { alternationOf } from '../text/alternation.js';
import { COMPANY_HEADS, VENUE_HEADS } from '../thai/name-cues.js';
import type { Candidate } from './candidate.js';

const COMPANY = new RegExp(`^(?:${alternationOf(COMPANY_HEADS)})`, 'u');
const VENUE = new RegExp(`^(?:${alternationOf(VENUE_HEADS)})`, 'u');

/**
 * A PERSON the model found that opens with the head of a company's name (`บริษัท บุญทัน`) is an
 * ORGANIZATION, and one that opens with a hotel's, a mall's or a room's (`โรงแรมเดอะ สุโกศล`,
 * `บอลรูม อิมแพคฟอรั่ม`) a FACILITY, as ThaiNER tags them (`บริษัท` opens 78 of its bodies and
 * 2 persons, `โรงแรม` 11 buildings and 4 places): the model, which reads the foreign-looking
 * name after the head as a person's, called 23 of them in 3,000 government articles persons.
 * `entities` is changed in place and returned.
 */
export function headedPersons(text: string, entities: Candidate[]): Candidate[] {
  for (const e of entities) {
    if (e.source !== 'model' || e.label !== 'PERSON') continue;
    const name = text.slice(e.start, e.end);
    if (COMPANY.test(name)) e.label = 'ORGANIZATION';
    else if (VENUE.test(name)) e.label = 'FACILITY';
  }
  return entities;
}
