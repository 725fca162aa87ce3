import { alternationOf } from '../text/alternation.js';
import { PLACE_AND_BODY_LABELS } from './labels.js';
import { POLICE_STATION_HEADS } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

const HEAD = alternationOf(POLICE_STATION_HEADS);
/** A station's head and the first letter of its name (`สภ.บ้านโป่ง`, `สภ. ศรีราชา`); not `สภ.อ.`, `สภ.ต.`. */
const STATION = new RegExp(`^(?:${HEAD})[ \\u00A0]?(?![อต](?:[. \\u00A0]|$))[\\u0E01-\\u0E2E\\u0E40-\\u0E44]`, 'u');
/** A station's head alone, or with `เมือง` (the seat's district) glued to it: its place follows. */
const HEAD_ALONE = new RegExp(`^(?:${HEAD})(?:เมือง)?$`, 'u');

/**
 * A provincial police station named by its head and its place (`สภ.หาดใหญ่`,
 * `สถานีตำรวจภูธรเมืองระยอง`) is the body that acts in crime news (its officers take a report,
 * it brings a charge): an ORGANIZATION, as ThaiNER tags `สภ.` stations most often (8 times,
 * against 3 places and 2 buildings) and the genre sets every one. The model calls them places or
 * buildings, or cuts the head from the place glued to it (`สถานีตำรวจภูธร|เมืองชลบุรี`,
 * `สถานีตำรวจภูธรเมือง|ระยอง`): the two are one then. `entities` (UTF-16 offsets, in text order,
 * none overlapping) is changed in place; returns the entities kept, in text order.
 */
export function policeStations(text: string, entities: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.source === 'model' && PLACE_AND_BODY_LABELS.has(e.label)) {
      const next = entities[i + 1];
      if (next && next.start === e.end && next.label === 'LOCATION' && HEAD_ALONE.test(text.slice(e.start, e.end))) {
        out.push(changedCandidate(e, e.start, next.end, 'ORGANIZATION'));
        i++;
        continue;
      }
      if (STATION.test(text.slice(e.start, e.end))) e.label = 'ORGANIZATION';
    }
    out.push(e);
  }
  return out;
}
