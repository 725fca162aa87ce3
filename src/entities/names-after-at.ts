import { changedCandidate, type Candidate } from './candidate.js';
import { PLACE_AND_BODY_LABELS } from './labels.js';

/** `ณ` (at) and the spaces after it, opening an entity. */
const AT = /^ณ[ \u00A0]+/u;

/**
 * An entity the model opened with `ณ` (at) written apart before a name: the preposition, never a
 * name's first word (in a name it follows the given name, `ณ อยุธยา`), which the model reads as
 * that surname's particle. Where a place or a body ends the space before it, the two are one
 * name (`สถานกงสุลใหญ่ ณ นครซิดนีย์`, the consulate-general at Sydney, one span in ThaiNER too);
 * otherwise a place or a body starts after it (`ณ การท่องเที่ยวแห่งประเทศไทย`), and a PERSON,
 * which the particle alone made one (`ณ อิมแพ็ค ฟอรั่ม เมืองทองธานี`, a venue), goes. 14 entities
 * in 3,000 government articles. `entities`: UTF-16 offsets, in text order, none overlapping;
 * returns the same, a new list.
 */
export function namesAfterAt(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const at = e.source === 'model' ? AT.exec(text.slice(e.start, e.end)) : null;
    if (!at || at[0].length >= e.end - e.start) {
      out.push(e);
      continue;
    }
    const previous = out.at(-1);
    if (
      previous &&
      PLACE_AND_BODY_LABELS.has(previous.label) &&
      PLACE_AND_BODY_LABELS.has(e.label) &&
      /^[ \u00A0]+$/u.test(text.slice(previous.end, e.start))
    ) {
      out[out.length - 1] = changedCandidate(previous, previous.start, e.end);
      continue;
    }
    if (PLACE_AND_BODY_LABELS.has(e.label)) out.push(changedCandidate(e, e.start + at[0].length, e.end));
    else if (e.label !== 'PERSON') out.push(e);
  }
  return out;
}
