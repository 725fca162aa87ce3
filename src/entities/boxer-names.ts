import { alternationOf } from '../text/alternation.js';
import { isThaiLetter, THAI_LETTERS } from '../thai/characters.js';
import { FACILITY_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS, WORDS_GLUED_BEFORE_A_NAME } from '../thai/name-cues.js';
import type { Gazetteer } from './gazetteer.js';
import { NAME_LABELS } from './labels.js';
import { CueWindow } from './cue-window.js';
import { SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

/**
 * A Thai boxer's ring name: a name, a space, then the camp's initial with its full stop and the
 * camp's name (`บัวขาว ป.ประมุข`, `เพชรมงคล ต.เทพสุทิน`), or `ศิษย์` (a pupil of) and the camp's or
 * the teacher's name, as snooker players are named too (`ต๋อง ศิษย์ฉ่อย`). The model misses most
 * of them, and reads the camp after `ต.`, `อ.` or `จ.` as a sub-district, a district or a province.
 */
const CAMP = new RegExp(`[ \\u00A0](?:[\\u0E01-\\u0E2E]\\.|(ศิษย์))([${THAI_LETTERS}]{2,20})(?![${THAI_LETTERS}.])`, 'gu');
/** Words after `ศิษย์` that make a common noun of it (an alumnus, a favourite pupil, a temple boy), no camp. */
const PUPIL_WORDS = /^(?:เก่า|ปัจจุบัน|เอก|วัด|ก้นกุฏิ|รัก|มีครู|คิด|ทำ|ของ|ที่|และ|ใน)/u;
/** Words of boxing and snooker news: a ring name is read only near one (not `ชก` alone: a fist fight in crime news). */
const BOXING = /มวย|นักชก|ขึ้นชก|คู่ชก|น็อก|น็อค|ราชดำเนิน|ลุมพินี|สนุกเกอร์/gu;
/** How far from a word of boxing (UTF-16 units, about two sentences) a ring name is read. */
const CONTEXT = 200;
/** A ring name is a word or two (`ซุปเปอร์บอน`, 11 letters); a longer chunk is a clause glued together. */
const MAX_RING_NAME = 12;
/** Words news glues before a ring name (`ระหว่าง|ก้องฟ้า ส.สมพงษ์`, `พบ|กับ|บัวขาว …`): the name starts after them. */
const GLUED_WORDS = alternationOf(WORDS_GLUED_BEFORE_A_NAME);
const OPENS_WITH_GLUED = new RegExp(`^(?:${GLUED_WORDS})`, 'u');
const ENDS_WITH_GLUED = new RegExp(`(?:${GLUED_WORDS})$`, 'u');
/** Thai letters glued together before the space looked through for the name's start. */
const MAX_GLUED = 40;
/** Words that stand before an abbreviated place as a chunk of their own, and are no ring name (`ที่ อ.เมือง`). */
// (a name never opens with a word of WORDS_GLUED_BEFORE_A_NAME: nameStart starts after one)
const NOT_A_NAME = new Set(['ใน', 'จาก', 'ได้', 'ไป', 'มา', 'ถึง', 'ณ', 'ย่าน', 'แถว']);
/** A chunk or a camp opening with a place's, a body's or a building's head word is an address (`หมู่บ้านสุขใจ ต.หนองหอย`, `อ.เมือง`). */
const HEADED = new RegExp(`^(?:${alternationOf([...LOCATION_HEADS, ...ORGANIZATION_HEADS, ...FACILITY_HEADS])})`, 'u');

/**
 * Ring names in boxing news are PERSONs, in place of the model's entities inside them (a word
 * glued before one, where the segmenter cut it, left out); not
 * where the camp's name is a place the gazetteer knows (`จ.เชียงใหม่`), nor where an entity
 * that is no model's name, or one reaching outside the ring name, overlaps it.
 * `entities`: UTF-16 offsets, in text order, none overlapping; returns the same, one pass.
 */
export function boxerNames(text: string, entities: readonly Candidate[], gazetteer: Gazetteer, boundaries: ReadonlySet<number>): Candidate[] {
  const cues = [...text.matchAll(BOXING)].map((m) => m.index);
  if (!cues.length) return [...entities];
  const boxing = new CueWindow(cues, CONTEXT);
  const merge = new SpanMerge(entities);
  for (const m of text.matchAll(CAMP)) {
    const [space, end, camp] = [m.index, m.index + m[0].length, m[2]];
    if (m[1] && PUPIL_WORDS.test(camp)) continue;
    const start = nameStart(text, space, boundaries);
    if (start < 0) continue;
    const name = text.slice(start, space);
    if (!boxing.near(start, end)) continue;
    if (NOT_A_NAME.has(name) || HEADED.test(name) || HEADED.test(camp) || gazetteer.resolve(camp)) continue;
    const over = merge.overlapping(start, end);
    if (over.some((e) => e.source !== 'model' || !NAME_LABELS.has(e.label) || e.start < start || e.end > end)) continue;
    merge.replace(newCandidate(start, end, 'PERSON', 'pattern'));
  }
  return merge.finish();
}

/**
 * Where the ring name before the space at `space` starts: where the Thai letters glued together
 * there start, when they are at most MAX_RING_NAME and open with no word news glues before a
 * name; else right after such a word, at a word start (`ระหว่าง|ก้องฟ้า`); -1 when neither, or the
 * letters follow a full stop (`อ.เมือง`) or open with a place's head word (`หมู่บ้านสุขใจ`).
 */
function nameStart(text: string, space: number, boundaries: ReadonlySet<number>): number {
  let glued = space;
  while (glued > 0 && space - glued < MAX_GLUED && isThaiLetter(text.charCodeAt(glued - 1))) glued--;
  if (glued > 0 && (isThaiLetter(text.charCodeAt(glued - 1)) || text[glued - 1] === '.')) return -1;
  const run = text.slice(glued, space);
  if (HEADED.test(run)) return -1;
  if (run.length <= MAX_RING_NAME && !OPENS_WITH_GLUED.test(run)) return glued;
  for (let at = Math.max(glued + 1, space - MAX_RING_NAME); at <= space - 2; at++) {
    if (boundaries.has(at) && ENDS_WITH_GLUED.test(text.slice(glued, at)) && !OPENS_WITH_GLUED.test(text.slice(at, space))) return at;
  }
  return -1;
}
