import { alternationOf } from '../text/alternation.js';
import { ROYAL_ACTS, ROYAL_NAME_OPENINGS, VERBS_OF_SAYING } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

/**
 * Chunks that end a sentence's subject or open a date, never a surname: a verb of saying ending
 * with `ว่า`, auxiliaries before it or not (`เสริมว่า`, `ยังกล่าวอีกว่า`, `ยังได้กล่าวว่า`),
 * `ความว่า` (a speech's "as follows"), the words that open a date (`วันที่`, `ระหว่างวันที่`,
 * `ตั้งแต่วันที่`, `ตั้งแต่ปี`) and the company a person comes with (`พร้อมพวก`, accomplices;
 * `พร้อมด้วย`, `พร้อมคณะ`). Not any chunk ending with `ว่า`, which foreign surnames do
 * (`คามิกาว่า`), nor any opening with `พร้อม`, which Thai surnames do (`พร้อมพัฒน์`).
 */
const NO_SURNAME = new RegExp(
  `^(?:(?:ยัง|ได้|ก็|จึง)*(?:${alternationOf([...VERBS_OF_SAYING, 'เผย', 'เสริม', 'ย้ำ', 'เล่า', 'อธิบาย'])})[ก-๙]*ว่า|ความว่า|(?:ระหว่าง|ตั้งแต่)?วันที่|ตั้งแต่ปี|พร้อม(?:พวก|ด้วย|กับ|คณะ|ทั้ง)[ก-๙]*)$`,
  'u',
);
const ROYAL_NAME = new RegExp(`^(?:${alternationOf(ROYAL_NAME_OPENINGS)})`, 'u');
/** A chunk of a royal PERSON, after the first, that opens with what the royal did; the match starts at the spaces before it. */
const ROYAL_ACT_CHUNK = new RegExp(`[ \u00A0]+(?:${alternationOf(ROYAL_ACTS)})`, 'u');
/** The last chunk of a name, a space or a no-break space before it. */
const LAST_CHUNK = /[ \u00A0]+([^ \u00A0]+)$/u;

/**
 * A PERSON the model ran on over the space after the name into such a chunk
 * (`นางสาวชุติมา เสริมว่า`, `พระบาทสมเด็จพระเจ้าอยู่หัว ระหว่างวันที่`: about 20 times in 3,000
 * government-news articles) ends before it; a royal PERSON ends before a chunk that says what
 * was done (`พระบาทสมเด็จพระเจ้าอยู่หัว มาทอดพระเนตร`). `entities`: UTF-16 offsets; returns the same,
 * a new list.
 */
export function trimPersonTails(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    if (e.label !== 'PERSON') {
      out.push(e);
      continue;
    }
    const name = text.slice(e.start, e.end);
    const act = ROYAL_NAME.test(name) ? ROYAL_ACT_CHUNK.exec(name) : null;
    if (act) {
      out.push(changedCandidate(e, e.start, e.start + act.index));
      continue;
    }
    const tail = LAST_CHUNK.exec(name);
    out.push(tail && NO_SURNAME.test(tail[1]) ? changedCandidate(e, e.start, e.end - tail[0].length) : e);
  }
  return out;
}
