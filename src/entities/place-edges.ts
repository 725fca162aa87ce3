import { alternationOf } from '../text/alternation.js';
import { LOCATION_HEADS } from '../thai/name-cues.js';
import type { Candidate } from './candidate.js';
import { isThaiProvinceName } from './thai-areas.js';

/**
 * Words that head the name of a river, a sea, a lake, an island, a canal or a road, which
 * ThaiNER keeps in the LOCATION (`แม่น้ำโขง` 15 times, never `โขง` after `แม่น้ำ`; `ถนน…` 39 times).
 * The model, which knows the province or country the name is made of, tags that alone after
 * the head glued to it (`ทะเลสาบ|สงขลา`, `แม่น้ำ|น่าน`).
 */
// not ทะเล (sea) alone: `ทะเลไทย`, `ชายฝั่งทะเลภาคใต้` are the seas of a place, not a sea's name
const FEATURE_HEADS = ['แม่น้ำ', 'ทะเลสาบ', 'เกาะ', 'คลอง', 'หนอง', 'บึง', 'อ่าว', 'ถนน', 'ซอย'];
/** A place that opens with a head of its own (`ประเทศโซมาเลีย`, `ภาคใต้`) is whole: what is glued before it is no part of its name. */
const HEADED = new RegExp(`^(?:${alternationOf(LOCATION_HEADS)})`, 'u');
const HEAD_BEFORE = new RegExp(`(?:${alternationOf(FEATURE_HEADS)})$`, 'u');
const LONGEST_HEAD = Math.max(...FEATURE_HEADS.map((head) => head.length));
/** `จังหวัด` (province), which ThaiNER keeps in a province's LOCATION after it 196 times in 206 (`จังหวัดพัทลุง`). */
const PROVINCE_HEAD = 'จังหวัด';
/** A road or a lane with its number: ThaiNER's `ถนนกำแพงเพชร 2`, `ซอยพัฒนา 20`, `ซ.พหลโยธิน 8`. */
const ROAD = /^(?:ถนน|ถ\.|ซอย|ซ\.)/u;
/**
 * The road's number a space after its name: a number of up to three digits standing alone (not
 * `2,500`, `2.5`), and no unit after it, which would make it a distance or a count
 * (`ถนนสุขุมวิท 2 กิโลเมตร`).
 */
const ROAD_NUMBER = /^[ \u00A0][0-9]{1,3}(?![0-9.,/:-])(?![ \u00A0]?(?:กิโล|กม|เมตร|ม\.|คน|ราย|คัน|ปี|วัน|เดือน|ชั่วโมง|ชม|นาที|บาท|แห่ง|จุด|สาย|เลน|ช่อง|%))/u;
/** `ดี.ซี.` (D.C.) after Washington, part of the city's name, which the model reads as an organisation's short form. */
const DISTRICT_OF_COLUMBIA = /^[ \u00A0]?ดี\.?[ \u00A0]?ซี\.?/u;
/** `ย่าน` (quarter) before a place's name, which ThaiNER leaves out of it 11 times in 13 (`ย่าน|จตุจักร`). */
const QUARTER = /^ย่าน(?=[\u0E01-\u0E2E])/u;

/**
 * Edges of places as ThaiNER draws them, where the model drew them otherwise:
 * - a LOCATION right after a river's, a sea's, an island's or a road's head glued to it, the head a
 *   word of its own, takes the head in (`ทะเลสาบสงขลา`, not `สงขลา`);
 * - a province's name right after `จังหวัด` glued to it takes it in (`ผู้ว่าราชการจังหวัด|น่าน`:
 *   `จังหวัดน่าน`), as the model, which mostly does, sometimes does not;
 * - a road or a lane takes its number (`ถนนพระราม 9`);
 * - a LOCATION opening with `ย่าน` starts after it (`ย่าน|ประตูน้ำ`);
 * - Washington takes the `ดี.ซี.` after it (`กรุงวอชิงตัน ดี.ซี.`), in place of what the model made of it.
 * `entities` (UTF-16 offsets, in text order, none overlapping) is changed in place; returns the
 * entities kept, in text order. `boundaries` holds every token start and end.
 */
export function placeEdges(text: string, entities: Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  entities = washingtonDC(text, entities);
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.label !== 'LOCATION' || e.source !== 'model') continue;
    const before = i > 0 ? entities[i - 1].end : 0;
    const head = HEAD_BEFORE.exec(text.slice(Math.max(before, e.start - LONGEST_HEAD), e.start))?.[0];
    if (head && boundaries.has(e.start) && boundaries.has(e.start - head.length) && !HEADED.test(text.slice(e.start, e.end))) e.start -= head.length;
    else if (e.start - before >= PROVINCE_HEAD.length && isProvinceAfterHead(text, e, boundaries)) e.start -= PROVINCE_HEAD.length;
    const quarter = QUARTER.exec(text.slice(e.start, e.end))?.[0];
    if (quarter && boundaries.has(e.start + quarter.length)) e.start += quarter.length;
    const next = i + 1 < entities.length ? entities[i + 1].start : text.length;
    if (ROAD.test(text.slice(e.start, e.end))) {
      const number = ROAD_NUMBER.exec(text.slice(e.end, e.end + 24))?.[0];
      if (number && e.end + number.length <= next) e.end += number.length;
    }
  }
  return entities;
}

/** Whether `e` is a province's name (the gazetteer's, not headed) right after `จังหวัด` glued to it, a word of its own. */
function isProvinceAfterHead(text: string, e: Candidate, boundaries: ReadonlySet<number>): boolean {
  const headStart = e.start - PROVINCE_HEAD.length;
  if (!text.startsWith(PROVINCE_HEAD, headStart) || !boundaries.has(headStart) || !boundaries.has(e.start)) return false;
  // not `กรุงเทพมหานคร`, a province with a head of its own, which official titles write after
  // `จังหวัด` (`ผู้ว่าราชการจังหวัด|กรุงเทพมหานคร`) though no one calls it a จังหวัด
  const name = text.slice(e.start, e.end);
  return isThaiProvinceName(name) && !HEADED.test(name);
}

function washingtonDC(text: string, entities: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let end = -1;
  for (const e of entities) {
    if (e.start < end) continue;
    out.push(e);
    if (e.label !== 'LOCATION' || !text.endsWith('วอชิงตัน', e.end)) continue;
    const dc = DISTRICT_OF_COLUMBIA.exec(text.slice(e.end, e.end + 8))?.[0];
    if (dc) end = e.end = e.end + dc.length;
  }
  return out;
}
