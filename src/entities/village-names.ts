import { alternationOf } from '../text/alternation.js';
import { FACILITY_HEADS, ORGANIZATION_HEADS } from '../thai/name-cues.js';
import { mergeFoundPlaces } from './span-merge.js';
import type { Candidate } from './candidate.js';

/**
 * A village's group number in an address: `หมู่ 3`, `หมู่ที่ 11`, `ม.4`, in Thai or Arabic
 * digits, a space between or none.
 */
const GROUP = String.raw`(?:หมู่(?:ที่)?|ม\.)[ \u00A0]?[0-9๐-๙]{1,3}(?![0-9๐-๙/.])`;
/**
 * The words that may follow a village's name in an address: its group number, its subdistrict
 * (`ต.`, `ตำบล`; not the `ต.` of `ต.ค.`, October).
 */
const ADDRESS_AFTER = `(?:${GROUP}|ต\\.(?![ก-ฮ]\\.)|ตำบล)`;
/**
 * A village's name: `บ้าน` and a name of Thai letters, not `บ้านเลขที่` (a house number) nor
 * `บ้านพัก`, `บ้านเรือน`, `บ้านผู้เสียหาย`, `บ้านกำนัน`, `บ้านญาติ`, `บ้านเช่า` (a house, houses,
 * whose house, a rented or empty one). The name is short:
 * Thai village names are a word or two (`บ้านหนองโสมง`, `บ้านโป่งศรีนคร`).
 */
const VILLAGE = String.raw`บ้าน(?!เลขที่|พัก|เรือน|ของ|ที่|เกิด|ผู้|ตน|ตัว|คน|กำนัน|ญาติ|เช่า|ร้าง)[\u0E01-\u0E4E]{2,16}?`;
/**
 * `บ้าน` closing a longer word or opening a longer name: a school named after its village
 * (`โรงเรียนบ้าน…`), a group of houses (`หมู่บ้าน…`), villagers, a headman, a householder.
 */
const HEAD_BEFORE = /(?:หมู่|โรงเรียน|ร\.ร\.|รร\.|ชาว|ผู้ใหญ่|เจ้า)$/u;
/**
 * A body or a building named after its village (`ศูนย์ประสานงานยุติธรรมชุมชนบ้าน…`,
 * `ของกลุ่มเกษตรกรนาแปลงใหญ่บ้าน…`, `ก่อสร้างประตูระบายน้ำบ้าน…`): its head stands in the run of
 * letters `บ้าน` is glued to, and the village is part of that longer name, not this rule's.
 * Heads of three letters or fewer (`ม.`, `กอง`, `วัด`) are left out: they stand inside other
 * words too (`จังหวัด`), and `ม.6บ้าน…` is the address, not `ม.` the university.
 */
const HEAD_IN_CHUNK = new RegExp(
  alternationOf([...ORGANIZATION_HEADS, ...FACILITY_HEADS, 'สถานีอนามัย', 'ประตูระบายน้ำ', 'ชลประทาน', 'คลอง'].filter((head) => head.length > 3)),
  'u',
);
/** How far back the run of letters before `บ้าน` is read. */
const CHUNK_REACH = 40;

/** The village before its address (`บ้านบาโด ม.3 ต.ยุโป`) or after its group number (`หมู่ 7 บ้านวังไทร ต.ไร่เก่า`). */
const VILLAGE_BEFORE = new RegExp(`${VILLAGE}(?=[ \\u00A0]?${ADDRESS_AFTER})`, 'gu');
const VILLAGE_AFTER = new RegExp(`(?<=${GROUP}[ \\u00A0]?)${VILLAGE}(?=[ \\u00A0]|${ADDRESS_AFTER}|$)`, 'gu');

/**
 * A village named in an address is a LOCATION, as ThaiNER tags `บ้านบาโด` of `บ้านบาโด ม.3
 * ต.ยุโป` and `บ้านวังไทร` of `หมู่ 7 บ้านวังไทร ต.ไร่เก่า`: `บ้าน` and a short name right before
 * the village's group number or subdistrict, or right after its group number, where `บ้าน` starts
 * a word and the name ends one. Alone `บ้าน` is a house, and a house is no entity; in an address
 * it is the village. It takes the place of the model's entities inside it (a building, `บ้าน`
 * read as a FACILITY; the name alone), not of one reaching outside it (`โรงเรียนบ้าน…`, a school)
 * nor of another rule's. `entities` (UTF-16 offsets, in text order, none overlapping) is left as
 * it was; returns the entities in text order, a new list. `boundaries` holds every token start
 * and end.
 */
export function villageNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  if (!text.includes('บ้าน')) return [...entities];
  const found: { start: number; end: number }[] = [];
  for (const pattern of [VILLAGE_BEFORE, VILLAGE_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!boundaries.has(start) || !boundaries.has(end) || HEAD_BEFORE.test(text.slice(Math.max(0, start - 8), start))) continue;
      if (HEAD_IN_CHUNK.test(chunkBefore(text, start))) continue;
      found.push({ start, end });
    }
  }
  return mergeFoundPlaces(entities, found);
}

/** The letters glued before `start`, back to the last whitespace (at most CHUNK_REACH of them). */
function chunkBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - CHUNK_REACH), start);
  const space = before.search(/\s\S*$/u);
  return space >= 0 ? before.slice(space + 1) : before;
}
