import { isThaiLetter } from '../thai/characters.js';
import { opensWithCueWord } from './person-names.js';
import { SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

const PARTY = /พรรค/gu;
/**
 * Words after `พรรค` that make a common noun of it (`พรรคการเมือง`, `พรรคร่วมรัฐบาล`, `พรรคใด`),
 * as ThaiNER leaves them untagged.
 */
const NO_NAME_AFTER = new Set([
  'การเมือง',
  'ร่วม',
  'ร่วมรัฐบาล',
  'ฝ่าย',
  'ฝ่ายค้าน',
  'รัฐบาล',
  'แกนนำ',
  'ใหญ่',
  'เล็ก',
  'กลาง',
  'นี้',
  'นั้น',
  'ใด',
  'อื่น',
  'อื่นๆ',
  'ใหม่',
  'เก่า',
  'เดิม',
  'เดียว',
  'เดียวกัน',
  'ตัวเอง',
  'ต้นสังกัด',
  'คู่แข่ง',
  'ขนาด',
  'ต่าง',
  'ต่างๆ',
  'ที่',
  'ของ',
  'จะ',
  'ได้',
  'ไม่',
  'ก็',
  'ยัง',
  'ซึ่ง',
  'และ',
  'หรือ',
  'เป็น',
  'มี',
  'ใน',
  'จาก',
  'กับ',
  'ว่า',
  'ให้',
  'โดย',
  'ต่อ',
  'ทั้ง',
  'หนึ่ง',
  'สอง',
  'ละ',
  'ไหน',
  'ชุด',
]);
/** Words that end a party's name glued to the text after it (`พรรคก้าวหน้าไทย|จะ|อ้างว่า`), and a region after it (`…|ภาค|เหนือ`). */
const ENDS_A_NAME = new Set([...[...NO_NAME_AFTER].filter((w) => w !== 'ใหม่'), 'ภาค', 'สาขา', 'เขต', 'จังหวัด', 'จ.']);
/**
 * Thai parties are named with a few words of the nation and its people (`ไทย`, `ชาติ`, `ประชา…`,
 * `พลัง`, `เพื่อ…`, `ก้าว…`, `รวม…`, `เสรี`, `ธรรม`): a name without one is a clause after a
 * common noun (`พรรค|ชุดแรก`, `พรรค|มอง`).
 */
const PARTY_NAME_WORD = /ไทย|ชาติ|ประชา|พลัง|^เพื่อ|ก้าว|^รวม|เสรี|ธรรม|รักษ์|ภูมิใจ|สร้าง|พัฒนา|กล้า|อนาคต|ราษฎร|แผ่นดิน|สยาม/u;
/** No party's name after `พรรค` is longer. */
const LONGEST_NAME = 24;
/** A party's name is a few words. */
const MOST_WORDS = 5;

/**
 * Political parties by name (`พรรคประชาชน`, `พรรคก้าวหน้าไทย`), which ThaiNER tags ORGANIZATION
 * wherever they stand: the model knows the big ones and misses a new or small party's name, or
 * reads its last word as the country (`ไทย`). Where `พรรค` stands as a word and the model found
 * nothing there but places inside, `พรรค` and the words after it are one ORGANIZATION, up to a
 * space, a mark, a word that ends a name (a verb, a clause word, a region) or the end; not a
 * common noun (`พรรคการเมือง`, `พรรคร่วมรัฐบาล`). `entities` (UTF-16 offsets, in text order, none
 * overlapping) is left as it was; returns the entities in text order, a new list. `boundaries`
 * holds every token start and end.
 */
export function partyNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  for (const m of text.matchAll(PARTY)) {
    const start = m.index;
    const nameStart = start + m[0].length;
    if (!boundaries.has(start) || !boundaries.has(nameStart)) continue;
    const end = partyNameEnd(text, nameStart, boundaries);
    if (end <= nameStart || !PARTY_NAME_WORD.test(text.slice(nameStart, end))) continue;
    const over = merge.overlapping(start, end);
    if (over.every((e) => e.source === 'model' && e.label === 'LOCATION' && e.start >= nameStart && e.end <= end))
      merge.replace(newCandidate(start, end, 'ORGANIZATION', 'pattern'));
  }
  return merge.finish();
}

/** Where the name after `พรรค` (from `from`) ends, word by word; `from` when it is none. */
function partyNameEnd(text: string, from: number, boundaries: ReadonlySet<number>): number {
  let end = from;
  for (let words = 0; words < MOST_WORDS; words++) {
    let next = end + 1;
    while (next < text.length && next - from <= LONGEST_NAME && !boundaries.has(next)) next++;
    if (next - from > LONGEST_NAME || !isThaiLetter(text.charCodeAt(end)) || !isThaiLetter(text.charCodeAt(next - 1))) break;
    const word = text.slice(end, next);
    if ((words === 0 ? NO_NAME_AFTER : ENDS_A_NAME).has(word)) break;
    // a verb of the kind names are made of is the name's (`สร้าง` of `พรรครวมไทยสร้างชาติ`), not what the party did
    if (!PARTY_NAME_WORD.test(word) && opensWithCueWord(text.slice(end, next + 8), end, boundaries)) break;
    end = next;
    if (!isThaiLetter(text.charCodeAt(end))) return end;
  }
  // a name glued on to what follows ends at a word that ends names; a longer run is a clause
  return isThaiLetter(text.charCodeAt(end)) && !ENDS_A_NAME.has(wordAt(text, end, boundaries)) ? from : end;
}

/** The token of the text starting at `start`. */
function wordAt(text: string, start: number, boundaries: ReadonlySet<number>): string {
  let end = start + 1;
  while (end < text.length && !boundaries.has(end)) end++;
  return text.slice(start, end);
}
