import { alternationOf } from '../text/alternation.js';
import { CONJOINED_ORGANIZATION_HEADS } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

const HEAD = alternationOf(CONJOINED_ORGANIZATION_HEADS);
const OPENS_WITH_HEAD = new RegExp(`^(?:${HEAD})`, 'u');
/** `และ` (and) with a body's head right after it: where the second body starts. */
const AND_HEAD = new RegExp(`และ(?=${HEAD})`, 'gu');

/**
 * Two bodies joined by `และ` (`กระทรวงการคลังและธนาคารแห่งประเทศไทย`) are two ORGANIZATIONs, as
 * ThaiNER tags them 9 times in 10 (`กระทรวงพาณิชย์|และ|ธนาคารแห่งประเทศไทย`); the model, which
 * reads a long name as one, runs them together when no space stands between. Split where the
 * organisation opens with a body's head and `และ` stands as a word before another head; heads that
 * end names after `และ` (`สหกรณ์` of กระทรวงเกษตรและสหกรณ์, `ตลาดหลักทรัพย์` of the SEC's office)
 * are no heads here. `entities` (UTF-16 offsets, in text order, none overlapping) is left as it
 * was; returns the entities in text order, a new list. `boundaries` holds every token start and end.
 */
export function conjoinedOrganizations(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const name = text.slice(e.start, e.end);
    if (e.label !== 'ORGANIZATION' || e.source !== 'model' || !name.includes('และ') || !OPENS_WITH_HEAD.test(name)) {
      out.push(e);
      continue;
    }
    let start = e.start;
    for (const m of name.matchAll(AND_HEAD)) {
      const [and, next] = [e.start + m.index, e.start + m.index + m[0].length];
      if (and <= start || !boundaries.has(and) || !boundaries.has(next)) continue;
      out.push(changedCandidate(e, start, and));
      start = next;
    }
    out.push(changedCandidate(e, start));
  }
  return out;
}
