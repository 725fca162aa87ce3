import { changedCandidate, type Candidate } from './candidate.js';

/** `ทีม` (team) glued to the name after it, or a space between. */
const TEAM_BEFORE = /ทีม[ \u00A0]?$/u;
/**
 * A name in Latin letters only, words a space apart (`Liverpool`, `Manchester United`), two
 * letters or more: a letter alone names a side (`ทีม B`), as latin-organizations.ts has it.
 */
const LATIN_NAME =
  /^(?=\p{Script=Latin}[\p{M}.'’&-]*\p{Script=Latin})\p{Script=Latin}[\p{Script=Latin}\p{M}.'’&-]*(?:[ \u00A0]\p{Script=Latin}[\p{Script=Latin}\p{M}.'’&-]*)*$/u;

/**
 * A club's name in Latin script after `ทีม` (`ทีมLiverpool`, `นักเตะทีม Chelsea`) is the club's,
 * an ORGANIZATION, where the model, which has seen the city in a club's name as a place and
 * little Latin script, calls it a place or a person. Glued to `ทีม`, the club takes it in, as
 * ThaiNER tags `ทีมแมนฯซิตี้` and `ทีมหมูป่า`; after a space it stands alone.
 * `entities`: UTF-16 offsets, in text order, none overlapping; returns the same, a new list.
 */
export function teamNames(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let previousEnd = 0;
  for (const e of entities) {
    if ((e.label === 'PERSON' || e.label === 'LOCATION') && LATIN_NAME.test(text.slice(e.start, e.end))) {
      const team = TEAM_BEFORE.exec(text.slice(Math.max(previousEnd, e.start - 4), e.start));
      if (team) {
        const last = team[0].charCodeAt(team[0].length - 1);
        const glued = last !== 0x20 && last !== 0xa0;
        out.push(changedCandidate(e, glued ? e.start - team[0].length : e.start, e.end, 'ORGANIZATION'));
        previousEnd = e.end;
        continue;
      }
    }
    out.push(e);
    previousEnd = e.end;
  }
  return out;
}
