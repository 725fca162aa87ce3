import { isThaiLetter } from '../thai/characters.js';
import { alternationOf } from '../text/alternation.js';
import { ACT_HEADS } from '../thai/name-cues.js';
import { SpanMerge } from './span-merge.js';
import { changedCandidate, newCandidate, type Candidate } from './candidate.js';

/** A head, but not the constitution an organic act is named after (`พระราชบัญญัติประกอบรัฐธรรมนูญ…`). */
const HEAD = `(?<!ประกอบ)(?:${alternationOf(ACT_HEADS)})`;
/** No act's title between its head and `พ.ศ.` is longer (a decree naming a road and its villages). */
const LONGEST_TITLE = 160;
/** A section the act's title and year are followed by (`… พ.ศ. 2560 มาตรา 14 (1)`), which ThaiNER keeps in the LAW. */
const SECTION = '(?:[ \\u00A0]?มาตรา[ \\u00A0]?[0-9๐-๙]+(?:/[0-9๐-๙]+)?(?:[ \\u00A0]?\\([0-9๐-๙]+\\))?)?';
/**
 * An act's head, its title (no other head, no line break) and `พ.ศ.` with the year, or the dots
 * of a bill's year to come (`พ.ศ. ....`), and a section after it; `ร่าง` (a bill) before the head
 * belongs to it.
 */
const ACT_WITH_YEAR = new RegExp(
  `(?:\\(ร่าง\\)|ร่าง)?[ \\u00A0]?${HEAD}((?:(?!${HEAD})[^\\n]){0,${LONGEST_TITLE}}?)พ\\.ศ\\.[ \\u00A0]?(?:[0-9๐-๙]{4}(?![0-9๐-๙])|\\.{2,}|…)${SECTION}`,
  'dgu',
);
/**
 * What no title holds between its head and its year: a sum, a share, a day, an act coming into
 * force (`…ใช้บังคับในวันที่ 1 เมษายน พ.ศ. 2472`), and a short form's `ฯ` with words after it
 * (`พ.ร.บ. วินัยการเงินการคลังฯ มียอดคงค้าง…`): the year there is another matter's.
 */
const NO_TITLE_IN_GAP = /วันที่|บังคับ|ประกาศใช้|บาท|ร้อยละ|[0-9๐-๙][,.][0-9๐-๙]|ฯ\s+\S/u;
/**
 * Words that open a clause, not a title, standing as words: between an act's head and a year
 * they say when or how the act was made (`พ.ร.บ.นี้ |ซึ่ง|ประกาศใช้|เมื่อ| พ.ศ. 2560`), and the year
 * is no part of it; glued after a title they end it (`…ไซเบอร์|ไม่|ได้กำหนด…`). Not `ซึ่ง`, `ได้` and
 * `ไม่` in a gap, which titles hold (`…การได้มาซึ่งสมาชิกวุฒิสภา`, `…เงินฝากที่ไม่มีการเคลื่อนไหว…`),
 * nor `ที่`, `ของ`, `ให้`.
 */
const CLAUSE_IN_GAP = new Set(['เมื่อ', 'แล้ว', 'จะ', 'ก็', 'ยัง', 'นี้', 'ดังกล่าว', 'โดย', 'ตั้งแต่']);
const CLAUSE_AFTER_TITLE = new Set([...CLAUSE_IN_GAP, 'ไม่', 'ได้', 'ซึ่ง', 'ว่า', 'เป็น', 'ถูก', 'คือ', 'นั้น']);
/** No clause word is longer. */
const LONGEST_WORD = 8;
const ANOTHER_HEAD = new RegExp(HEAD, 'u');
/** Nominalisers standing as words, which no title ends with (`พ.ร.บ.การ|เดินเรือ…`; not `ข้าราชการ`): the name goes on. */
const NOMINALISERS = ['การ', 'ความ'];
const CHUNK_END = /[\s"“”‘’()[\]{},;:!?]/u;

/** A function of the module, not an arrow made per document, which is compiled again and again. */
const isLaw = (e: Candidate): boolean => e.label === 'LAW';

/**
 * Acts, decrees and codes by their whole title, as ThaiNER tags them (`พ.ร.บ.โรคระบาด พ.ศ.2499`,
 * `ร่างพระราชบัญญัติ… (ฉบับที่ ..) พ.ศ. ....` one LAW each): the model, which knows the head,
 * stops inside a long title the segmenter cut into dictionary words (`พ.ร.บ.การ|เดินเรือ…`) and
 * leaves the year to the dates. A head, the title after it and `พ.ศ.` with a year are one LAW, in
 * place of what was found inside (a LAW the model began earlier, `มาตรา 27 แห่ง…`, starts it), not
 * when a clause comes between or an entity reaches past the year; a LAW ending with a nominaliser
 * glued to more letters runs to the end of its chunk. `entities` (UTF-16 offsets, in text order,
 * none overlapping) is left as it was; returns the entities in text order, a new list.
 */
export function lawTitles(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const glued = entities.some(isLaw) ? glueNominalisers(text, entities, boundaries) : [...entities];
  // most texts name no act: a few searches for literal text spare them the pattern
  if (!text.includes('พ.ศ.') || !ACT_HEADS.some((head) => text.includes(head))) return glued;
  const merge = new SpanMerge(glued);
  for (const m of text.matchAll(ACT_WITH_YEAR)) {
    const [gapStart, gapEnd] = m.indices![1]!;
    if (NO_TITLE_IN_GAP.test(text.slice(gapStart, gapEnd)) || clauseWordIn(text, gapStart, gapEnd, boundaries, CLAUSE_IN_GAP) >= 0) continue;
    let start = m.index;
    while (start < m.index + m[0].length && /\s/u.test(text[start])) start++;
    let end = m.index + m[0].length;
    // a year in brackets (`ฉบับที่ 5 (พ.ศ. 2562)`) takes its closing bracket
    if (text[end] === ')' && countOf(m[0], '(') > countOf(m[0], ')')) end++;
    const over = merge.overlapping(start, end);
    // leave them: an entity past the year, one before the head that is no law or names another
    // act (the model ran two acts together), or the law itself
    if (over.some((e) => e.end > end || (e.start < start && (e.label !== 'LAW' || ANOTHER_HEAD.test(text.slice(e.start, start)))))) continue;
    if (over.length === 1 && over[0].label === 'LAW' && over[0].start <= start && over[0].end === end) continue;
    merge.replace(newCandidate(Math.min(start, over[0]?.start ?? start), end, 'LAW', 'pattern'));
  }
  return merge.finish();
}

/** `entities` with each LAW that ends with a nominaliser glued to more letters run to the end of its chunk, a new list. */
function glueNominalisers(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.label !== 'LAW' || !isThaiLetter(text.charCodeAt(e.end)) || !endsWithNominaliser(text, e, boundaries)) {
      out.push(e);
      continue;
    }
    let end = e.end;
    while (end < text.length && !CHUNK_END.test(text[end])) end++;
    const clause = clauseWordIn(text, e.end, end, boundaries, CLAUSE_AFTER_TITLE);
    if (clause >= 0) end = clause;
    // what the model found inside the rest of the title goes; one reaching past its chunk stays
    while (i + 1 < entities.length && entities[i + 1].start < end) {
      if (entities[i + 1].end > end) {
        end = entities[i + 1].start;
        break;
      }
      i++;
    }
    out.push(changedCandidate(e, e.start, end));
  }
  return out;
}

/** Where the first word of `words` standing as a word (its token's start and end) is in `[from, to)`, or -1. */
function clauseWordIn(text: string, from: number, to: number, boundaries: ReadonlySet<number>, words: ReadonlySet<string>): number {
  for (let start = from; start < to; start++) {
    if (!boundaries.has(start)) continue;
    for (let end = start + 1; end <= Math.min(to, start + LONGEST_WORD); end++) {
      if (boundaries.has(end)) {
        if (words.has(text.slice(start, end))) return start;
        break;
      }
    }
  }
  return -1;
}

function countOf(text: string, mark: string): number {
  let n = 0;
  for (const c of text) if (c === mark) n++;
  return n;
}

/** Whether `e` ends with a nominaliser the segmenter cut as a word of its own. */
function endsWithNominaliser(text: string, e: Candidate, boundaries: ReadonlySet<number>): boolean {
  return NOMINALISERS.some((word) => e.end - word.length > e.start && text.endsWith(word, e.end) && boundaries.has(e.end - word.length));
}
