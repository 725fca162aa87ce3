import { changedCandidate, type Candidate } from './candidate.js';

/** A short form with full stops: Thai letters and stops, ending with a stop (`บช.`, `สอท.`, `บก.ปอศ.`). */
const DOTTED_SHORT_FORM = /^[\u0E01-\u0E4E]{1,5}\.(?:[\u0E01-\u0E4E]{1,5}\.)*$/u;

/**
 * A unit's short form is its parent's glued to its own (`บช.สอท.`, `บก.ปอศ.`, ThaiNER's
 * `ฉก.นย.ตราด`): where the model tagged the two pieces as two organisations, one right after the
 * other with nothing between (it knows `บช.` and reads an unknown `สอท.` alone), they are one.
 * `entities` (UTF-16 offsets, in text order, none overlapping) is left as it was; returns the
 * entities in text order, a new list.
 */
export function joinGluedShortForms(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const last = out[out.length - 1];
    if (
      last &&
      last.end === e.start &&
      last.label === 'ORGANIZATION' &&
      e.label === 'ORGANIZATION' &&
      last.source === 'model' &&
      e.source === 'model' &&
      DOTTED_SHORT_FORM.test(text.slice(last.start, last.end)) &&
      DOTTED_SHORT_FORM.test(text.slice(e.start, e.end))
    ) {
      out[out.length - 1] = changedCandidate(last, last.start, e.end);
    } else out.push(e);
  }
  return out;
}
