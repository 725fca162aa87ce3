import { changedCandidate, type Candidate } from './candidate.js';
import type { Gazetteer } from './gazetteer.js';

/** The gazetteer's kinds of place a body is named after: a country or a province (with `จังหวัด` or `จ.` or without); regions are REGION. */
const PLACE_KINDS = new Set(['country', 'province']);
/** A region of Thailand (`ภาคใต้`, `ภาคตะวันออก`): `ภาค` and a sector are gone by then (dropSectors). */
const REGION = /^ภาค/u;

/**
 * A body's name ends with the country, province or region it belongs to, glued to it
 * (`กระทรวงกลาโหมยูเครน`, `ธนาคารกลางเมียนมา`, `สำนักงานสาธารณสุขจังหวัดลำปาง`,
 * `ศูนย์อุตุนิยมวิทยาภาคใต้`), and ThaiNER tags the whole as one ORGANIZATION about 540 times
 * against 13 (most of those addresses, `…|อ.ท่าตะโก`). The model, which knows the place on its
 * own, often cuts it off as a LOCATION. An ORGANIZATION and a LOCATION right after it, no space
 * between, the place a country or a province the gazetteer knows or a region (`ภาค…`; sectors
 * are gone by then), become one ORGANIZATION; not after a body the gazetteer knows by that name
 * (an international one, `อาเซียน|จีน`, a relation between two; a whole name of its own,
 * `กระทรวงการคลัง|ญี่ปุ่น`, a body and a country side by side). `entities` (UTF-16 offsets, in text order, none overlapping) is left as
 * it was; returns the entities in text order, a new list.
 */
export function bodiesOfPlaces(text: string, entities: readonly Candidate[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const body = out.at(-1);
    if (body && body.label === 'ORGANIZATION' && e.label === 'LOCATION' && body.end === e.start && isPlace(text.slice(e.start, e.end), gazetteer)) {
      if (!gazetteer.resolve(text.slice(body.start, body.end))) {
        out[out.length - 1] = changedCandidate(body, body.start, e.end);
        continue;
      }
    }
    out.push(e);
  }
  return out;
}

function isPlace(name: string, gazetteer: Gazetteer): boolean {
  if (REGION.test(name)) return true;
  const kind = gazetteer.resolve(name)?.kind;
  return kind !== undefined && PLACE_KINDS.has(kind);
}
