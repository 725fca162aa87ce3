import type { CodePointIndex } from '../core/code-points.js';
import type { Sentence, Span } from '../document/types.js';

/**
 * Joins the sentences whose boundary falls inside one of `names` (code-point spans in text
 * order, as the entities layer gives them): the boundary model reads a space between a title
 * and a name, or between a given name and a surname, as the end of a sentence as often as not
 * (`พระบาทสมเด็จ ‖ พระเจ้าอยู่หัว`), while a name is never cut by one. A boundary on a line break
 * stays: a name does not run over a paragraph's end, and a span that does is a wrong span.
 */
export function joinAcrossNames(index: CodePointIndex, sentences: readonly Sentence[], names: readonly Span[]): Sentence[] {
  if (sentences.length < 2 || !names.length) return [...sentences];
  const joined: Sentence[] = [];
  let current = sentences[0];
  let n = 0;
  for (let i = 1; i < sentences.length; i++) {
    const next = sentences[i];
    // the first name that ends after the gap begins is the only one that may span it
    while (n < names.length && names[n].end <= current.end) n++;
    const name = names[n];
    const crossed = name !== undefined && name.start < current.end && name.end > next.start;
    if (crossed && !index.slice(current.end, next.start).includes('\n')) {
      current = { start: current.start, end: next.end, text: index.slice(current.start, next.end) };
    } else {
      joined.push(current);
      current = next;
    }
  }
  joined.push(current);
  return joined;
}
