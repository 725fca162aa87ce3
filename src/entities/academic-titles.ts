import { alternationOf } from '../text/alternation.js';
import { ACADEMIC_RANKS } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

/**
 * Academic ranks and their honours, alone (`รองศาสตราจารย์`, `ศาสตราจารย์คลินิก เกียรติคุณ`,
 * `ศ.คลินิกเกียรติคุณ`, `ผศ. ดร.`): words that open a person's name, none a name by itself.
 */
const ACADEMIC_TITLES_ALONE = new RegExp(
  `^(?:${alternationOf(ACADEMIC_RANKS)})(?:[ \\u00A0]*(?:คลินิก|พิเศษ))?(?:[ \\u00A0]*เกียรติคุณ)?(?:[ \\u00A0]*ดร\\.)?$`,
  'u',
);
/** What may stand between the rank and the name after it: spaces, or none (`ศ.เกียรติคุณ|นายแพทย์…`). */
const GAP = /^[ \u00A0]{0,3}$/u;

/**
 * A PERSON the model made of an academic rank alone: the rank opens the name of the PERSON right
 * after it (`ศาสตราจารย์คลินิก เกียรติคุณ| นายแพทย์ปิยะสกล สกลสัตยาทร`, which the model cut at the
 * second title), which takes it in, as ThaiNER tags `ศ.คลินิก เกียรติคุณ นพ.ปิยะสกล สกลสัตยาทร`;
 * with no name after it (`ตำแหน่ง รองศาสตราจารย์`, a post) it is no person.
 * `entities`: UTF-16 offsets, in text order, none overlapping; returns the same, a new list.
 */
export function academicTitles(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.label !== 'PERSON' || !ACADEMIC_TITLES_ALONE.test(text.slice(e.start, e.end))) {
      out.push(e);
      continue;
    }
    const next = entities[i + 1];
    if (next?.label === 'PERSON' && GAP.test(text.slice(e.end, next.start))) {
      out.push(changedCandidate(next, e.start, next.end));
      i++;
    }
  }
  return out;
}
