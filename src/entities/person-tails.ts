import { alternationOf } from '../text/alternation.js';
import { VERBS_OF_SAYING } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

/**
 * Chunks that end a sentence's subject or open a date, never a surname: a verb of saying ending
 * with `ว่า` (`เสริมว่า`, `ยังกล่าวอีกว่า`, `ยังระบุว่า`), `ความว่า` (a speech's "as follows") and
 * the words that open a date (`วันที่`, `ระหว่างวันที่`, `ตั้งแต่วันที่`, `ตั้งแต่ปี`). Not any chunk
 * ending with `ว่า`, which foreign surnames do (`คามิกาว่า`).
 */
const NO_SURNAME = new RegExp(
  `^(?:(?:ยัง|ได้|ก็)?(?:${alternationOf([...VERBS_OF_SAYING, 'เผย', 'เสริม', 'ย้ำ', 'เล่า', 'อธิบาย'])})[ก-๙]*ว่า|ความว่า|(?:ระหว่าง|ตั้งแต่)?วันที่|ตั้งแต่ปี)$`,
  'u',
);
/** The last chunk of a name, a space or a no-break space before it. */
const LAST_CHUNK = /[ \u00A0]+([^ \u00A0]+)$/u;

/**
 * A PERSON the model ran on over the space after the name into such a chunk
 * (`นางสาวชุติมา เสริมว่า`, `พระบาทสมเด็จพระเจ้าอยู่หัว ระหว่างวันที่`: about 20 times in 3,000
 * government-news articles) ends before it. `entities`: UTF-16 offsets; returns the same, a new list.
 */
export function trimPersonTails(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const tail = e.label === 'PERSON' ? LAST_CHUNK.exec(text.slice(e.start, e.end)) : null;
    out.push(tail && NO_SURNAME.test(tail[1]) ? changedCandidate(e, e.start, e.end - tail[0].length) : e);
  }
  return out;
}
