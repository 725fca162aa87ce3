import { CLAUSE_OPENING_WORDS } from '../thai/clause-words.js';
import { alternationOf } from '../text/alternation.js';
import { NAME_LABELS } from './labels.js';
import type { Candidate } from './candidate.js';

/** Marks no name opens with: a byline's colon (`เผยแพร่ : …`), a dash between two stops of a route. */
const LEADING_MARKS = /^[\s:;,\-–—]+/u;
/** The number of the next item of a list, after the name that ends this one (`…สำนักงานเทศบาล 2.`). */
const TRAILING_LIST_NUMBER = /[ \u00A0]+\d{1,3}\.$/u;
const LIST_NUMBER = /^\d{1,3}\.$/u;
/**
 * A word that opens the clause or the list after a name (CLAUSE_OPENING_WORDS), a space before it
 * (`จังหวัด ประกอบด้วย`, `กระทรวงเกษตรและสหกรณ์ ประกอบด้วย`, `…ภูมิพลอดุลยเดช ทั้งนี้`, `ม.ล.ปนัดดา คือ`):
 * the model ran the name on over the space.
 */
const TRAILING_CLAUSE_WORD = new RegExp(`[ \\u00A0]+(?:${alternationOf(CLAUSE_OPENING_WORDS)})$`, 'u');

/**
 * The edges of names in numbered lists and bylines: government notices number their items
 * (`1. สำนักงานเทศบาล 2. สำนักงาน…`), and the model took an item's number into the name before it,
 * or for a name of its own. A person, a place, a body or a building loses the marks it opens with
 * and a list number or a word of TRAILING_CLAUSE_WORD it ends with; a list number alone is no name. `entities` is changed in place;
 * returns the entities that are left.
 */
export function nameMarks(text: string, entities: Candidate[]): Candidate[] {
  // a loop, not filter() with an arrow made per document, which is compiled over and over
  const left: Candidate[] = [];
  for (const e of entities) {
    if (!NAME_LABELS.has(e.label)) {
      left.push(e);
      continue;
    }
    const name = text.slice(e.start, e.end);
    e.start += LEADING_MARKS.exec(name)?.[0].length ?? 0;
    e.end -= TRAILING_LIST_NUMBER.exec(name)?.[0].length ?? TRAILING_CLAUSE_WORD.exec(name)?.[0].length ?? 0;
    if (e.end > e.start && !LIST_NUMBER.test(text.slice(e.start, e.end))) left.push(e);
  }
  return left;
}
