import { THAI_LETTERS } from '../thai/characters.js';
import { alternationOf } from '../text/alternation.js';
import { BODY_NAME_CONNECTIVES, CONJOINED_ORGANIZATION_HEADS, NEVER_IN_A_BODY_NAME, ORGANIZATION_HEADS } from '../thai/name-cues.js';
import type { Candidate } from './candidate.js';

const ENDS_WITH_CONNECTIVE = new RegExp(`(?<!ทุก|หลาย|บาง|แต่ละ)(?:${alternationOf(BODY_NAME_CONNECTIVES)})$`, 'u');
const THAI_LETTER = new RegExp(`[${THAI_LETTERS}]`, 'u');
/** The rest of the name: Thai letters and the marks inside them, up to a space, a mark or a digit. */
const REST = new RegExp(`^[${THAI_LETTERS}\\u0E30-\\u0E3A\\u0E45-\\u0E4E]+`, 'u');
/** `และ` before a body's head glued to it opens a second body (`…เพื่อการผลิต|และ|กลุ่มสหกรณ์`). */
const AND_HEADS = [...new Set([...CONJOINED_ORGANIZATION_HEADS, ...ORGANIZATION_HEADS])];
const AND_HEAD = new RegExp(`^และ(?:${alternationOf(AND_HEADS)})`, 'u');
/** `และ` and the longest head: the text AND_HEAD is tried on. */
const AND_HEAD_REACH = 'และ'.length + Math.max(...AND_HEADS.map((head) => head.length));
const LONGEST_REST = 60;

/** Whether a word that is never in a name (NEVER_IN_A_BODY_NAME) stands at `at`, a word of its own. */
function neverInANameAt(text: string, at: number, boundaries: ReadonlySet<number>): boolean {
  for (const word of NEVER_IN_A_BODY_NAME) if (text.startsWith(word, at) && boundaries.has(at + word.length)) return true;
  return false;
}

/**
 * A body's name the model cut off after a word that joins it to the rest (`ธนาคารเพื่อการ|
 * ส่งออกและนำเข้าแห่งประเทศไทย`, `สำนักงานสิ่งแวดล้อมและการ|มีส่วนร่วมของประชาชน`),
 * the rest glued to it: it runs on to the next space or mark, as long names are written whole,
 * but stops before a word that is never in a name (NEVER_IN_A_BODY_NAME), before `และ` and another
 * body's head, and before the next entity, and takes a `ฯ` after it. The connective must be a
 * word of its own (`ศึกษาธิ|การ` is none). `entities` (UTF-16 offsets, in text order, none
 * overlapping) is changed in place and returned; `boundaries` holds every token start and end.
 */
export function cutOffBodies(text: string, entities: Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  for (const [i, e] of entities.entries()) {
    if (e.label !== 'ORGANIZATION' || e.source !== 'model' || !THAI_LETTER.test(text[e.end] ?? '')) continue;
    // The longest connective (`เพื่อการ`, 8) and the longest word that makes it no connective (`แต่ละ`, 5).
    const connective = ENDS_WITH_CONNECTIVE.exec(text.slice(Math.max(e.start, e.end - 13), e.end))?.[0];
    if (!connective || e.end - connective.length <= e.start || !boundaries.has(e.end - connective.length)) continue;
    const next = i + 1 < entities.length ? entities[i + 1].start : text.length;
    const rest = REST.exec(text.slice(e.end, Math.min(next, e.end + LONGEST_REST)))?.[0];
    if (!rest) continue;
    let end = e.end + rest.length;
    if (end === e.end + LONGEST_REST) continue;
    // From the second letter of the rest: the word right after the connective is the name's
    // (`มูลนิธิรณรงค์เพื่อการ|ไม่สูบบุหรี่`, the campaign for not smoking), whatever it is.
    for (let at = e.end + 1; at < end; at++) {
      if (!boundaries.has(at)) continue;
      if (neverInANameAt(text, at, boundaries) || AND_HEAD.test(text.slice(at, at + AND_HEAD_REACH))) {
        end = at;
        break;
      }
    }
    if (end < next && text[end] === 'ฯ') end++;
    if (end > e.end) e.end = end;
  }
  return entities;
}
