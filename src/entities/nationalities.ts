import type { Candidate } from './candidate.js';
import type { Gazetteer } from './gazetteer.js';

/** `ชาว` (people of) glued before a country: the two are a nationality (`ชาวญี่ปุ่น`, Japanese). */
const PEOPLE_OF = 'ชาว';

/**
 * A country right after `ชาว` (`ชาวญี่ปุ่น`, `นักท่องเที่ยวชาวจีน`, `กุนซือชาวบราซิล`) names a
 * nationality, not the place: ThaiNER leaves most of them untagged (about 15 of 25 in its dev
 * file, none of `ชาวต่างชาติ`), and so do the genre sets; the model tagged about one in four of
 * them (`ชาวไทย` 31 times in 203 in government news), so the output was split. A province or a
 * town after `ชาว` (`ชาวจังหวัดลพบุรี`, where people live) stays a place, as ThaiNER tags them.
 * Returns the entities without them.
 */
export function dropNationalities(text: string, entities: readonly Candidate[], gazetteer: Gazetteer): Candidate[] {
  const kept: Candidate[] = [];
  for (const e of entities) {
    if (
      e.label === 'LOCATION' &&
      e.start >= PEOPLE_OF.length &&
      text.startsWith(PEOPLE_OF, e.start - PEOPLE_OF.length) &&
      gazetteer.resolve(text.slice(e.start, e.end))?.kind === 'country'
    )
      continue;
    if (isNationalityName(text, e, gazetteer)) continue;
    kept.push(e);
  }
  return kept;
}

/**
 * A body or a place the model made of the nationality whole (`ORGANIZATION ชาวบราซิล`, after a
 * player's name): a people, no name of either.
 */
function isNationalityName(text: string, e: Candidate, gazetteer: Gazetteer): boolean {
  return (
    (e.label === 'ORGANIZATION' || e.label === 'LOCATION') &&
    text.startsWith(PEOPLE_OF, e.start) &&
    gazetteer.resolve(text.slice(e.start + PEOPLE_OF.length, e.end))?.kind === 'country'
  );
}
