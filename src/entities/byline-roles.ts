import type { Candidate } from './candidate.js';

/**
 * The roles a byline names in English before the people (`Photo Credit อรพรรณ ฤทธิ์มั่น`,
 * `Rewriter นวรัตน์ รามสูต`, `Written by …`), with the colon or spaces after them: no part of a name.
 */
const BYLINE_ROLE =
  /^(?:Photo(?:graph(?:er|s|y)?)?(?:[ \u00A0]+(?:[Cc]redits?|[Bb]y))?|Rewriter|Re-writer|Written(?:[ \u00A0]+[Bb]y)?|Writer|Editor|Reporter|Story|Text|Info[Gg]raphics?|Graphics?|By)(?:[ \u00A0]*:)?(?:[ \u00A0]+|$)/u;

/**
 * A PERSON the model found that opens with a byline's role in English starts after it: the model,
 * which reads Latin words as units of a name, takes the role in with the Thai name after it. A
 * PERSON that is the role alone goes. Returns the entities kept, changed in place.
 */
export function bylineRoles(text: string, entities: readonly Candidate[]): Candidate[] {
  // a loop, not filter() with an arrow made per document, which is compiled over and over
  const kept: Candidate[] = [];
  for (const e of entities) {
    const role = e.label === 'PERSON' ? BYLINE_ROLE.exec(text.slice(e.start, Math.min(e.end, e.start + 40)))?.[0] : undefined;
    if (role) e.start += role.length;
    if (e.end > e.start) kept.push(e);
  }
  return kept;
}
