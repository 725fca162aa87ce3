import { FACILITY_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS, PERSON_KINDS, PLAYER_POSITION_WORDS } from '../thai/name-cues.js';
import { NAME_LABELS } from './labels.js';
import type { Candidate } from './candidate.js';

/**
 * Heads that name one body by themselves, as ThaiNER tags them alone: the armed forces, the
 * local administration, the state enterprises named by their trade, a court; and `ท่าเรือ`, the
 * name sport news gives the Port football club.
 */
const BODIES_NAMED_BY_HEAD = new Set(['กองทัพ', 'อบต.', 'อบจ.', 'เทศบาล', 'การไฟฟ้า', 'การประปา', 'การรถไฟ', 'การท่าเรือ', 'ศาล', 'ตลาดหลักทรัพย์', 'ท่าเรือ']);
/**
 * `พระบาท` alone is the king's feet of the royal idioms (`ใต้ฝ่าละอองธุลีพระบาท`, "Your Majesty";
 * `ทูลเกล้าฯ … ฝ่าละอองพระบาท`), which the model, knowing it as the opening of `พระบาทสมเด็จพระ…`,
 * tags as a person: in government news about once in 30 articles.
 * `ทีม` (team) alone is none either: the model, which knows `ทีมชาติไทย`, tags it where a club's
 * name follows after a space (`กองหน้าทีม ลิเวอร์พูล`).
 */
const BARE_HEADS = new Set([...ORGANIZATION_HEADS, ...LOCATION_HEADS, ...FACILITY_HEADS, 'พระบาท', 'ทีม'].filter((head) => !BODIES_NAMED_BY_HEAD.has(head)));

/**
 * A word saying what a person is (`นายกรัฐมนตรี`, `นักเตะ`) or a player's position (`กองกลาง`) alone
 * is no person: the model tags one where a quoted nickname stands between it and the name
 * (`กองกลางทีมชาติไทย “บอลลูน” …`). Not an organisation: `กองกลาง` is a ministry's central division too.
 */
const KINDS_ALONE = new Set([...PERSON_KINDS, ...PLAYER_POSITION_WORDS]);

/**
 * A head noun alone (`กรม`, `สำนักงาน`, `จังหวัด`, `อาคาร`, `โรงเรียน`) names no one body, nor `พระบาท` anyone: the
 * model, which knows the heads open names, tags one where the name after it is missing or cut
 * off (`ตรวจเยี่ยมโรงเรียน`, a list's `กรม 3.`); ThaiNER tags none of them alone. Nor is a person's
 * kind alone a PERSON (KINDS_ALONE). Returns the entities without them.
 */
export function dropBareHeads(text: string, entities: readonly Candidate[]): Candidate[] {
  // a loop, not filter() with an arrow made per document, which is compiled again and again
  const kept: Candidate[] = [];
  for (const e of entities) {
    const name = text.slice(e.start, e.end);
    if (NAME_LABELS.has(e.label) && BARE_HEADS.has(name)) continue;
    if (e.label === 'PERSON' && KINDS_ALONE.has(name)) continue;
    kept.push(e);
  }
  return kept;
}
