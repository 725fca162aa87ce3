import { changedCandidate } from './candidate.js';
import type { Gazetteer } from './gazetteer.js';
import type { Candidate } from './resolve.js';

/** A place a body is named after: a country, a province (with `จังหวัด` or `จ.` or without) or a region of Thailand. */
const PLACE_KINDS = new Set(['country', 'province']);
const REGION = /^ภาค/u;

/**
 * A body's name ends with the country, province or region it belongs to, glued to it
 * (`กระทรวงกลาโหมยูเครน`, `ธนาคารกลางเมียนมา`, `สำนักงานสาธารณสุขจังหวัดลำปาง`,
 * `ศูนย์อุตุนิยมวิทยาภาคใต้`), and ThaiNER tags the whole as one ORGANIZATION about 540 times
 * against 13 (most of those addresses, `…|อ.ท่าตะโก`). The model, which knows the place on its
 * own, often cuts it off as a LOCATION. An ORGANIZATION and a LOCATION right after it, no space
 * between, the place a country or a province the gazetteer knows or a region (`ภาค…`; sectors
 * are gone by then), become one ORGANIZATION; not after an international body (`อาเซียน|จีน`, a
 * relation between two). `entities` (UTF-16 offsets, in text order, none overlapping) is left as
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
