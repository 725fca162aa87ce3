import { alternationOf } from '../text/alternation.js';
import { PLACE_AND_BODY_LABELS } from './labels.js';
import { GOVERNMENT_DEPARTMENTS, PROVINCIAL_OFFICE_KINDS } from '../thai/government-departments.js';
import { PRINCELY_RANKS } from '../thai/princely-ranks.js';
import { SpanMerge } from './span-merge.js';
import { thaiAreas } from './thai-areas.js';
import { changedCandidate, newCandidate, type Candidate } from './candidate.js';

/**
 * The courts of the Thai judiciary by name (`ศาลอาญา`, `ศาลปกครองสูงสุด`, the Bangkok criminal
 * courts `ศาลอาญากรุงเทพใต้`, `ศาลอุทธรณ์ภาค 4`), standing as words. The model, which has seen a
 * few of them, misses them at the start of a report or glued to a verb (`ศาลอาญาพิพากษา…`) and
 * stops inside the longer ones (`ศาลอาญากรุงเทพ|ใต้`).
 */
const COURT_NAME =
  /ศาล(?:รัฐธรรมนูญ|ฎีกา|อุทธรณ์(?:ภาค[ \u00A0]?[1-9๑-๙])?|อาญา(?:คดีทุจริต(?:และประพฤติมิชอบ)?(?:กลาง|ภาค[ \u00A0]?[1-9๑-๙])?|กรุงเทพใต้|ธนบุรี|ตลิ่งชัน|มีนบุรี|พระโขนง|รัชดา)?|แพ่ง(?:กรุงเทพใต้|ธนบุรี|ตลิ่งชัน|มีนบุรี|พระโขนง)?|ปกครอง(?:กลาง|สูงสุด)?|ทหาร(?:กรุงเทพ|สูงสุด)?|แรงงาน(?:กลาง)?|ภาษีอากรกลาง|ล้มละลายกลาง|เยาวชนและครอบครัวกลาง)/gu;
/**
 * The houses of parliament (`วุฒิสภา`, `สภาผู้แทนราษฎร`, `สภานิติบัญญัติแห่งชาติ`), which ThaiNER
 * tags wherever they stand but after `สมาชิก` (`สมาชิกวุฒิสภา`, a senator); the model misses them
 * after `ที่ประชุม` (the meeting of), which ThaiNER mostly leaves untagged alone.
 */
const HOUSE_NAME = /(?<!สมาชิก)(?:วุฒิสภา|สภาผู้แทนราษฎร|สภานิติบัญญัติแห่งชาติ)/gu;
/** The ministries' departments by name (`กรมการจัดหางาน`), a space inside a name written or not. */
const DEPARTMENT_NAME = new RegExp(alternationOf(GOVERNMENT_DEPARTMENTS).replaceAll(' ', '[ \\u00A0]?'), 'gu');
let provincialOffice: RegExp | null = null;
/** A department's office in a province (`สำนักงานจัดหางานจังหวัดภูเก็ต`), or in every province (`…จังหวัด` alone). */
function provincialOfficeName(): RegExp {
  provincialOffice ??= new RegExp(
    `สำนักงาน(?:${alternationOf(PROVINCIAL_OFFICE_KINDS)})จังหวัด(?:${alternationOf(thaiAreas().provinces.map(([, name]) => name))})?`,
    'gu',
  );
  return provincialOffice;
}
/**
 * The army's task forces on Thailand's borders by name (`กองกำลังผาเมือง`, `กองกำลังนเรศวร`,
 * short `กกล.`), which border and drug news names: the model, which has seen two of them, misses
 * the others or takes the name for a place (`ผา|เมือง`).
 */
const TASK_FORCE_NAME = /(?:กองกำลัง|กกล\.)(?:นเรศวร|ผาเมือง|สุรสีห์|เทพสตรี|สุรนารี|บูรพา|จันทบุรีและตราด)/gu;
/** A court named by its kind or its seat (`ศาลจังหวัดกาญจนบุรี`, `ศาลแขวงดุสิต`), which the model finds but may call a place. */
const COURT_OPENING = /^ศาล(?:รัฐธรรมนูญ|ฎีกา|อุทธรณ์|อาญา|แพ่ง|ปกครอง|ทหาร|แรงงาน|ภาษีอากร|ล้มละลาย|เยาวชนและครอบครัว|เด็กและเยาวชน|จังหวัด|แขวง)/u;
/**
 * A ministry or a department (`กระทรวงมหาดไทย`, `กรมอุตุนิยมวิทยา`), which ThaiNER tags as a body
 * 789 times against 8 places or buildings (after `ณ` or `ที่`, where a meeting is held: 37 against
 * 4); the model learnt the exceptions. Not a prince's rank (`กรมหลวง…`).
 */
const MINISTRY_OR_DEPARTMENT_OPENING = new RegExp(`^(?:กระทรวง|กรม(?!${alternationOf(PRINCELY_RANKS.map((rank) => rank.slice('กรม'.length)))}))`, 'u');

/**
 * Courts, houses of parliament, ministries, the ministries' departments and the army's border task
 * forces are ORGANIZATION, as ThaiNER tags them (courts about 40 times, against 9 places or
 * buildings; `กองกำลัง…` twice in three):
 * - a place, a building or a body the model found that opens with a court's kind, `กระทรวง` or
 *   a department's `กรม` is one;
 * - a court's, a house's, a department's, a department's provincial office's or a task force's
 *   name standing as words is one, where the model found nothing or only pieces inside it (it
 *   stopped inside the name, or called a part of it a place).
 * `entities` (UTF-16 offsets, in text order, none overlapping) is changed in place; returns the
 * entities in text order, a new list. `boundaries` holds every token start and end.
 */
export function stateBodies(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  for (const e of entities) {
    if (e.source !== 'model' || !PLACE_AND_BODY_LABELS.has(e.label)) continue;
    const opening = text.slice(e.start, e.start + 30);
    if (COURT_OPENING.test(opening) || MINISTRY_OR_DEPARTMENT_OPENING.test(opening)) e.label = 'ORGANIZATION';
  }
  const names = [COURT_NAME, HOUSE_NAME, DEPARTMENT_NAME, provincialOfficeName(), TASK_FORCE_NAME]
    .flatMap((name) => [...text.matchAll(name)])
    .sort((a, b) => a.index - b.index);
  const merge = new SpanMerge(entities);
  for (const m of names) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!boundaries.has(start) || !boundaries.has(end)) continue;
    const over = merge.overlapping(start, end);
    if (over.length === 0) merge.replace(newCandidate(start, end, 'ORGANIZATION', 'pattern'));
    else if (
      over.every((e) => e.source === 'model' && PLACE_AND_BODY_LABELS.has(e.label) && e.start >= start && e.end <= end) &&
      !(over[0].start === start && over[0].end === end)
    )
      // the model's pieces inside the name (`สำนักงานคุม` + `จังหวัดศรีสะเกษ`) give way to it
      merge.replace(over[0].start === start ? changedCandidate(over[0], start, end, 'ORGANIZATION') : newCandidate(start, end, 'ORGANIZATION', 'pattern'));
  }
  return merge.finish();
}
