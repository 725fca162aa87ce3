import { alternationOf } from '../text/alternation.js';
import { isThaiLetter, THAI_LETTERS } from '../thai/characters.js';
import {
  AFTER_A_NAME,
  DOTLESS_POSITIONS,
  INFORMAL_TITLES,
  KIND_WORDS_AFTER,
  LOCATION_HEADS,
  NICKNAME_TITLES,
  ORGANIZATION_HEADS,
  PERSON_INTRODUCERS,
  PERSON_KINDS,
  PERSON_LINKS,
  PLAYER_POSITION_WORDS,
  RANK_GRADES,
  ROLES_AFTER_A_NAME,
  SENTENCE_OPENING_ADVERBS,
  TITLES,
  VERBS_AFTER_A_NAME,
  VERBS_OF_SAYING,
  WORDS_GLUED_BEFORE_A_NAME,
  WORDS_NO_NAME_OPENS_WITH,
} from '../thai/name-cues.js';
import { commonWordsIn, dictionaryClasses } from './dictionary-classes.js';
import { NAME_LABELS } from './labels.js';
import { FOREIGN_GIVEN_NAME_SET, isListedGivenName, knownGivenNames } from './name-lists.js';
import { SpanMerge } from './span-merge.js';
import { changedCandidate, newCandidate, type Candidate } from './candidate.js';

/** One or more formal titles (`ผศ.ดร.`), then a given name glued to them, nothing else. */
// a given name may be two joined by a hyphen (`ฌ็อง-ปีแยร์`)
const TITLED_GIVEN = `(?:${alternationOf(TITLES.filter((t) => /^[\u0E00-\u0E7F]/u.test(t)))})+[${THAI_LETTERS}]{2,}(?:-[${THAI_LETTERS}]{2,})?`;
const TITLED_GIVEN_NAME = new RegExp(`^${TITLED_GIVEN}$`, 'u');
/** Where a chunk of a name ends: before a space, a punctuation mark or the end. */
export const CHUNK_END = `(?=[\\s,.;:!?()"'“”‘’]|$)`;
/** A space, then a chunk of Thai letters standing alone up to a space, a punctuation mark or the end: a surname, where a given name comes before. */
export const NEXT_CHUNK = new RegExp(`^[ \\u00A0]([${THAI_LETTERS}]{2,16})${CHUNK_END}`, 'u');
/** A titled given name, a space and Thai letters: the surname's first part, or all of it. */
const TITLED_NAME_AND_PART = new RegExp(`^${TITLED_GIVEN}[ \\u00A0]([${THAI_LETTERS}]+)$`, 'u');
/** An untitled given name and the part of its surname the model stopped at (`ธีราทร บุญมา|ทัน`). */
const UNTITLED_NAME_AND_PART = new RegExp(`^[${THAI_LETTERS}]{2,}[ \\u00A0]([${THAI_LETTERS}]+)$`, 'u');
/** What is left of an untitled name's surname chunk is this short at most: a syllable the segmenter cut off, not a word glued on. */
const MAX_UNTITLED_REST = 4;
/** Thai letters running on from where an entity stopped, up to a space, a punctuation mark or the end. */
const REST_OF_CHUNK = new RegExp(`^([${THAI_LETTERS}]+)${CHUNK_END}`, 'u');
/** Longer than any titled name: the name patterns, which backtrack, are not tried on longer spans. */
const MAX_NAME_LENGTH = 60;
const RELIGIOUS_OR_ROYAL = /^(?:พระ|หลวง|สมเด็จ|ม\.จ\.)/u;
/** A chunk of Thai letters alone: a transliterated given name has no title, head or full stop. */
const BARE_CHUNK = new RegExp(`^[${THAI_LETTERS}]{2,20}$`, 'u');
const HEADED = new RegExp(`^(?:${alternationOf([...TITLES, ...INFORMAL_TITLES, ...ORGANIZATION_HEADS, ...LOCATION_HEADS])})`, 'u');
const AFTER_NAME = new RegExp(`^(?:${alternationOf(AFTER_A_NAME)})`, 'u');
const HAS_AFTER_NAME = new RegExp(`(?:${alternationOf(AFTER_A_NAME)})`, 'u');
const ROLE = new RegExp(`^(?:${alternationOf(ROLES_AFTER_A_NAME)})`, 'u');
const GLUED_POSITION = new RegExp(`(?:${alternationOf(DOTLESS_POSITIONS)})`, 'u');
/** A linking word as a chunk of its own inside a name. */
const LINK = new RegExp(`\\s(?:${alternationOf(PERSON_LINKS)})\\s`, 'gu');
/**
 * `และ`, `กับ` or `ควง` glued to a second name, a given name and a surname chunk (`… ตั้งประเสริฐ
 * และภูริ หิรัญพฤกษ์`): after a name of two chunks, no surname opens so.
 */
const GLUED_LINK = new RegExp(
  `(?<=[${THAI_LETTERS}][ \\u00A0][${THAI_LETTERS}]+)[ \\u00A0](?:และ|กับ|ควง)(?=[${THAI_LETTERS}]{2,}[ \\u00A0][${THAI_LETTERS}]{2})`,
  'u',
);

/**
 * Where the model's PERSON entities go against the way Thai news writes a name: `entities`
 * (UTF-16 offsets, in text order, none overlapping) is changed in place and returned.
 * - Two people joined by a word of their own (`<ชื่อ> ควง <ชื่อ>`, `<ชื่อ> กับ <ชื่อ>`) are two
 *   people: the model, which reads a few units either side, sometimes runs them together.
 * - A transliterated given name the model took for something else, a bare chunk just before
 *   a bare PERSON chunk, is the first half of that person's name (see isGivenNameBefore).
 * - A titled given name followed by a space and a chunk standing alone is title, given name
 *   and surname (`นายสมชาย ใจดี`), unless that chunk opens as a verb or a role does
 *   (`นายสมชาย กล่าวว่า`); so it is when the model tagged that chunk as something else
 *   (see isSurnameAfter).
 */
export function refinePersons(text: string, entities: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.label !== 'PERSON' || e.source !== 'model') {
      out.push(e);
      continue;
    }
    const nextStart = i + 1 < entities.length ? entities[i + 1].start : text.length;
    acrossHyphens(text, e, out.length ? out[out.length - 1].end : 0, nextStart);
    const pieces = splitAtLinks(text, e);
    const before = out[out.length - 1];
    if (before && isGivenNameBefore(text, before, pieces[0])) {
      out.pop();
      pieces[0].start = before.start;
    }
    const last = pieces[pieces.length - 1];
    const modelEnd = last.end;
    last.end = wholeSurnameEnd(text, last, nextStart);
    const next = entities[i + 1];
    if (next && last.end === modelEnd && isSurnameAfter(text, last, next)) {
      last.end = next.end;
      i++;
    }
    out.push(...pieces);
  }
  return out;
}

/** Thai letters joined to a name by a hyphen, no space between: one name with it, as far as this. */
const MAX_HYPHENATED_PART = 20;
/** A nickname before a hyphen and a name is short (`โบว์-`, `เจ-`); a longer word there is a surname of a list of names. */
const MAX_NICKNAME = 6;

/**
 * A name joined by a hyphen is one (`ฌ็อง-ปีแยร์ ดูบัว`, a nickname and a name `โบว์-เมลดา สุศรี`):
 * where the model began after the hyphen a name with its surname, a short nickname before it,
 * or stopped at the hyphen after a given name alone, with a surname chunk after the other part,
 * the PERSON takes the other part, up to the entities around it (`before`, `after`). Headlines
 * join words with a hyphen too (`ทักษิณ-โทษนก`), and lists join names (`… แมคอินไตย์-รอง
 * เค้ามูลคดี`): a surname, and one given name, are what tell a name. Changed in place.
 */
function acrossHyphens(text: string, e: Candidate, before: number, after: number): void {
  const spaced = /[ \u00A0]/u.test(text.slice(e.start, e.end));
  if (spaced && text[e.start - 1] === '-' && isThaiLetter(text.charCodeAt(e.start - 2))) {
    let start = e.start - 1;
    while (start > before && isThaiLetter(text.charCodeAt(start - 1)) && e.start - start <= MAX_NICKNAME + 1) start--;
    if (!isThaiLetter(text.charCodeAt(start - 1))) e.start = start;
  }
  if (!spaced && text[e.end] === '-' && isThaiLetter(text.charCodeAt(e.end + 1))) {
    let end = e.end + 1;
    while (end < after && isThaiLetter(text.charCodeAt(end)) && end - e.end <= MAX_HYPHENATED_PART) end++;
    if (!isThaiLetter(text.charCodeAt(end)) && SURNAME_NEXT.test(text.slice(end, end + 3))) e.end = end;
  }
}
const SURNAME_NEXT = new RegExp(`^[ \u00A0][${THAI_LETTERS}]{2}`, 'u');

/**
 * A surname the model took for a place or a building (`นายสุรชัย ด่านวัฒนานุสรณ์` with `ด่าน`,
 * a checkpoint): right after a titled given name, one space between, a bare chunk that no
 * organisation or place word opens. Monks' and royal titles are left out: the temple or
 * palace after them is a place of its own (`พระพรหมมุนี วัดราชบพิธ`).
 */
function isSurnameAfter(text: string, person: Candidate, next: Candidate): boolean {
  if (person.end - person.start > MAX_NAME_LENGTH) return false;
  if (next.source !== 'model' || !NAME_LABELS.has(next.label) || next.start !== person.end + 1 || !/[ \u00A0]/u.test(text[person.end])) return false;
  const name = text.slice(person.start, person.end);
  const surname = text.slice(next.start, next.end);
  return TITLED_GIVEN_NAME.test(name) && !RELIGIOUS_OR_ROYAL.test(name) && BARE_CHUNK.test(surname) && !HEADED.test(surname) && !AFTER_NAME.test(surname);
}

function splitAtLinks(text: string, e: Candidate): Candidate[] {
  const name = text.slice(e.start, e.end);
  const pieces: Candidate[] = [];
  let from = e.start;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(name); m; m = LINK.exec(name)) {
    const end = e.start + m.index;
    if (end > from) pieces.push(changedCandidate(e, from, end));
    from = e.start + m.index + m[0].length;
    LINK.lastIndex = m.index + m[0].length - 1; // the closing space may open the next link
  }
  if (from === e.start) {
    const glued = GLUED_LINK.exec(name);
    if (!glued) return [e];
    return [changedCandidate(e, e.start, e.start + glued.index), changedCandidate(e, e.start + glued.index + glued[0].length, e.end)];
  }
  if (e.end > from) pieces.push(changedCandidate(e, from, e.end));
  return pieces.length ? pieces : [e];
}

/**
 * Where a PERSON from `start` to `end` should end, `limit` being where the next entity starts:
 * after the surname chunk when the name is a titled given name alone, or when it stops inside
 * that chunk (the segmenter cuts a surname it does not know into dictionary words, `รัชกิจ|ประการ`,
 * and the model may stop at any of them) and the rest of the chunk holds no word that follows
 * names (a verb, a clause word) and opens with no position (`ผกก`).
 */
function wholeSurnameEnd(text: string, e: Candidate, limit: number): number {
  if (e.end - e.start > MAX_NAME_LENGTH) return e.end;
  const name = text.slice(e.start, e.end);
  let end = e.end;
  if (TITLED_GIVEN_NAME.test(name)) {
    const next = NEXT_CHUNK.exec(text.slice(e.end, e.end + 18));
    if (!next || AFTER_NAME.test(next[1])) return e.end;
    // a position glued on without its dots ends the surname (`เพชรชุมชนผกก`)
    const glued = GLUED_POSITION.exec(next[1]);
    end = e.end + (glued && glued.index >= 2 ? 1 + glued.index : next[0].length);
  } else {
    const titled = TITLED_NAME_AND_PART.exec(name);
    const parts = titled ?? UNTITLED_NAME_AND_PART.exec(name);
    if (!parts) return e.end;
    const rest = REST_OF_CHUNK.exec(text.slice(e.end, e.end + 16));
    if (!rest || parts[1].length + rest[1].length > 16 || HAS_AFTER_NAME.test(rest[1]) || ROLE.test(rest[1])) return e.end;
    if (!titled && (rest[1].length > MAX_UNTITLED_REST || AFTER_A_NAME_PART.test(rest[1]))) return e.end;
    end = e.end + rest[1].length;
  }
  return end <= limit ? end : e.end;
}

/**
 * A foreign name in Thai script is a given name and a surname, both transliterated
 * (`ราฟาเอล นาดาล`): where the model calls the surname a PERSON and the bare chunk just before
 * it something else, that chunk is the given name.
 */
function isGivenNameBefore(text: string, before: Candidate, person: Candidate): boolean {
  if (before.source !== 'model' || before.end + 1 !== person.start || !/[ \u00A0]/u.test(text[before.end])) return false;
  if (before.start > 0 && !/\s/u.test(text[before.start - 1])) return false;
  const given = text.slice(before.start, before.end);
  const surname = text.slice(person.start, person.end);
  return BARE_CHUNK.test(given) && BARE_CHUNK.test(surname) && !HEADED.test(given) && !HEADED.test(surname);
}

/** `(นามสมมติ)`, `(นามแฝง)`: crime and court news names people so, the name right before the mark. */
const PSEUDONYM_MARK = /^[ \u00A0]?\((?:นามสมมติ|นามสมมุติ|ชื่อสมมติ|ชื่อสมมุติ|นามแฝง)\)/u;

/**
 * A name followed by a pseudonym mark is a person's, whatever the model called it
 * (`ภูชนะ (นามแฝง)` was an organisation); `entities` (UTF-16 offsets) is left as it was.
 */
export function pseudonymsArePeople(text: string, entities: readonly Candidate[]): Candidate[] {
  // a loop, not map() with an arrow made per document, which is compiled again and again
  const out: Candidate[] = [];
  for (const e of entities) out.push(isPseudonymousName(text, e) ? changedCandidate(e, e.start, e.end, 'PERSON') : e);
  return out;
}

/** A bare name the model tagged as something else, right before a pseudonym mark; a school or a company keeps its head word and its label. */
function isPseudonymousName(text: string, e: Candidate): boolean {
  if (e.label === 'PERSON' || e.source !== 'model' || !NAME_LABELS.has(e.label)) return false;
  return PSEUDONYM_MARK.test(text.slice(e.end, e.end + 14)) && !HEADED.test(text.slice(e.start, e.end));
}

/** A word saying what a person is and what news adds to it (`นักร้องลูกทุ่งสาว`), as a pattern. */
export const PERSON_KIND = `(?:${alternationOf(PERSON_KINDS)})(?:${alternationOf(KIND_WORDS_AFTER)})*`;
/** A kind and its additions, from the start of a string. */
const PERSON_KIND_OPENING = new RegExp(`^${PERSON_KIND}`, 'u');
/** A kind and its additions ending a string, a space after them or not. */
const KIND_BEFORE = new RegExp(`${PERSON_KIND}[ \\u00A0]?$`, 'u');
/** Longer than any kind with its additions. */
const LONGEST_KIND = 30;

/** Whether the text before `at` ends with a person's kind (`นางเอกสาว `, `ผู้กำกับ`) that the segmenter cut as a word. */
function isAfterPersonKind(text: string, at: number, boundaries: ReadonlySet<number>): boolean {
  const from = Math.max(0, at - LONGEST_KIND);
  const kind = KIND_BEFORE.exec(text.slice(from, at));
  return kind !== null && boundaries.has(from + kind.index);
}

/** Without the segmenter's cuts, no kind is taken to stand as a word. */
const NO_BOUNDARIES: ReadonlySet<number> = new Set();
/** A nickname in quotation marks (`“โค้ชเบียร์”`): a nickname title and a short name, nothing else between the marks. */
const QUOTED_NICKNAME = new RegExp(`[“"]((?:${alternationOf(NICKNAME_TITLES)})[${THAI_LETTERS}]{1,10})[”"]`, 'gu');
/** Nicknames are short (`ต้นกล้า`, `คุณชัดเจน`); a longer quoted word is a title or a name in full. */
export const LONGEST_NICKNAME = 12;
/** A short quoted word of Thai letters alone (`“ลิซ่า”`): a nickname when a person's name stands beside it. */
const QUOTED_WORD = new RegExp(`[“"]([${THAI_LETTERS}]{2,${LONGEST_NICKNAME}})[”"]`, 'gu');
/** What may stand between a nickname and the name it goes with: spaces, or `หรือ` and spaces. */
const NICKNAME_LINK = '[ \\u00A0]*(?:หรือ[ \\u00A0]*)?';
const NICKNAME_NAME_GAP = new RegExp(`^${NICKNAME_LINK}`, 'u');
const NAME_NICKNAME_GAP = new RegExp(`${NICKNAME_LINK}$`, 'u');
/** The same between a nickname without its quotation marks and a name: the marks too (`” `, ` หรือ “`). */
export const MARKED_NICKNAME_GAP = new RegExp(`^[”"]?${NICKNAME_LINK}[“"]?$`, 'u');
/**
 * A quoted title of a work or a talk (`ละคร“…”`, `หัวข้อ “…”`) or quoted words (`ย้ำว่า “เวลา”`)
 * glued after one of these is no nickname.
 */
const BEFORE_A_TITLE = new RegExp(
  `(?:${alternationOf(['เรื่อง', 'เพลง', 'ละคร', 'ซีรีส์', 'ภาพยนตร์', 'หนัง', 'อัลบั้ม', 'ซิงเกิล', 'รายการ', 'โครงการ', 'หนังสือ', 'นิยาย', 'แคมเปญ', 'หัวข้อ', 'แนวคิด', 'สโลแกน', 'ชื่อ', 'คำ', 'ว่า', 'วง', 'ค่าย', 'แบรนด์', 'ร้าน', 'เพจ'])})[ \u00A0]*$`,
  'u',
);

/**
 * PERSON entities for the quoted nicknames of `text` that no entity covers yet (UTF-16 offsets,
 * in text order): a nickname title and a name between the marks (`“โค้ชเบียร์”`), or any short
 * quoted word right before or after a person's name, alone or with `หรือ` between
 * (`“ลิซ่า” ลลิษา …`, `… แก้วกาญจน์ หรือ “พี่ตั้ม”`, `“ไอ้ต้อม” หรือนายธนากร …`), as entertainment
 * and crime news give a nickname with the full name, `น้อง` and all; not the quoted title of a
 * work (`ละคร “…”`). A place or a body the model found inside the marks gives way.
 */
export function quotedNicknames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number> = NO_BOUNDARIES): Candidate[] {
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(QUOTED_NICKNAME)) found.push({ start: m.index + 1, end: m.index + 1 + m[1].length });
  const personStarts = new Set<number>();
  const personEnds = new Set<number>();
  for (const e of entities) {
    if (e.label !== 'PERSON') continue;
    personStarts.add(e.start);
    personEnds.add(e.end);
  }
  for (const m of text.matchAll(QUOTED_WORD)) {
    const close = m.index + m[0].length;
    const after = close + NICKNAME_NAME_GAP.exec(text.slice(close, close + 12))![0].length;
    const head = text.slice(Math.max(0, m.index - 12), m.index);
    const before = m.index - NAME_NICKNAME_GAP.exec(head)![0].length;
    const beside = personStarts.has(after) || personEnds.has(before) || isAfterPersonKind(text, m.index, boundaries);
    if (!beside || BEFORE_A_TITLE.test(head)) continue;
    // with น้อง, as ThaiNER tags most such names (`น้องฟลุค`, `น้องเมย`; `เต้` of `“น้องเต้”` is the exception)
    found.push({ start: m.index + 1, end: m.index + 1 + m[1].length });
  }
  // the two patterns find some nicknames twice: in text order, each once
  found.sort((a, b) => a.start - b.start);
  const merge = new SpanMerge(entities);
  let last = -1;
  for (const { start, end } of found) {
    if (end === last) continue;
    last = end;
    // a place or a body the model read inside the nickname (`จีน` of `“โปรจีน”`) is the nickname's,
    // and so is a person it cut short after the title (`เสี่ย` of `“เสี่ยต่อ”`; `เต้` of `“น้องเต้”`
    // is as ThaiNER tags it)
    const inside = merge.overlapping(start, end);
    const within = (e: Candidate) => e.source === 'model' && e.start >= start && e.end <= end;
    if (inside.every((e) => within(e) && (e.label !== 'PERSON' || (e.start === start && e.end < end))))
      merge.replace(newCandidate(start, end, 'PERSON', 'pattern'));
  }
  return merge.finish();
}

/** A quoted nickname the model ran into the name after it: the marks, the nickname, the spaces. */
const NICKNAME_INSIDE = new RegExp(`^[“"]?([${THAI_LETTERS}]{2,${LONGEST_NICKNAME}})[”"][ \u00A0]+(?=[${THAI_LETTERS}])`, 'u');
/** A linking word ending a name as a chunk of its own (`นายเอกชัย หรือ` before `“เอ็ม”`). */
const LINK_AT_END = /[ \u00A0]+(?:หรือ|และ)$/u;

/**
 * Two edges of the model's people that quoted nicknames show: a quoted nickname and the name
 * after it tagged as one (`น้องวิว” กุลวดี แสงอรุณ`) are two PERSONs, and a person the model ran
 * into the `หรือ` that brings in a nickname ends before it. `entities` (UTF-16 offsets, in text
 * order, none overlapping) is left as it was; returns the entities in text order, a new list.
 */
export function nicknameEdges(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    if (e.label !== 'PERSON' || e.source !== 'model' || e.end - e.start > MAX_NAME_LENGTH) {
      out.push(e);
      continue;
    }
    const name = text.slice(e.start, e.end);
    const link = LINK_AT_END.exec(name);
    const end = link ? e.start + link.index : e.end;
    const nickname = NICKNAME_INSIDE.exec(name);
    // the opening mark is the entity's or stands right before it
    const opened = nickname && (/^[“"]/u.test(name) || /[“"]/u.test(text[e.start - 1] ?? ''));
    if (nickname && opened) {
      const nickStart = e.start + nickname[0].indexOf(nickname[1]);
      out.push(changedCandidate(e, nickStart, nickStart + nickname[1].length));
      out.push(changedCandidate(e, e.start + nickname[0].length, end));
    } else out.push(end === e.end ? e : changedCandidate(e, e.start, end));
  }
  return out;
}

/** A chunk that opens with one of these, as a word of its own, says what a person did or is, not who they are. */
const NOT_A_NAME_PART = new RegExp(
  `^(?:${alternationOf([...TITLES, ...INFORMAL_TITLES, ...ORGANIZATION_HEADS, ...LOCATION_HEADS, ...AFTER_A_NAME, ...ROLES_AFTER_A_NAME, ...VERBS_AFTER_A_NAME])})`,
  'u',
);

/**
 * Whether `chunk`, at `start` of the text, opens with a cue word (a verb, a role, a head word)
 * that the segmenter cut as a word of its own (`ยิง|สอง|ประตู`, not `มา` of `มาร์ติเนซ`).
 */
export function opensWithCueWord(chunk: string, start: number, boundaries: ReadonlySet<number>): boolean {
  return opensWithWordOf(NOT_A_NAME_PART, chunk, start, boundaries);
}

/**
 * Whether `chunk`, at `start` of the text, opens with a word `words` matches standing as a word:
 * the whole chunk, one the segmenter cut after it, or a short form (`ผบ.ตร.`).
 */
export function opensWithWordOf(words: RegExp, chunk: string, start: number, boundaries: ReadonlySet<number>): boolean {
  const opener = words.exec(chunk)?.[0];
  return opener !== undefined && (opener.length === chunk.length || chunk[opener.length] === '.' || boundaries.has(start + opener.length));
}

/** No role or verb that follows a name is longer. */
const LONGEST_OPENER = 40;

/** Whether the role or verb that opens the text at `chunkStart` runs on past the name's last `length` characters. */
function endsInsideOpener(text: string, chunkStart: number, length: number): boolean {
  const opener = AFTER_A_NAME_PART.exec(text.slice(chunkStart, chunkStart + LONGEST_OPENER))?.[0];
  return opener !== undefined && opener.length > length;
}

/** The last chunk of a name and the spaces before it. */
const LAST_CHUNK = /[ \u00A0]+([^ \u00A0]+)$/u;
/** Verbs, roles and positions that follow a name: a chunk opening with one is what a person did or is. */
const AFTER_A_NAME_PART = new RegExp(`^(?:${alternationOf([...AFTER_A_NAME, ...ROLES_AFTER_A_NAME, ...VERBS_AFTER_A_NAME, ...PERSON_KINDS])})`, 'u');

/** A verb that reports what was said or thought, then ว่า (`ยอมรับว่า`, `เผยว่า`). */
const SAYS_THAT = new RegExp(
  `^(?:${alternationOf([...VERBS_AFTER_A_NAME, ...VERBS_OF_SAYING, 'อธิบาย', 'เล่า', 'ย้ำ', 'คาด', 'เชื่อ', 'มอง', 'เห็น', 'แจ้ง', 'อ้าง', 'ยืนกราน', 'โพสต์', 'ตอบ', 'เตือน'])})ว่า`,
  'u',
);

/**
 * Whether the first chunk of a name of three chunks, starting at `start`, is the end of the
 * word before it that the model took in (`ของ|โลก ชยพล สุขประเสริฐ`, `กัปตัน|ทีม ธีราทร บุญมาทัน`): it
 * is glued to Thai letters before it and a common word of the dictionary, not a given name the
 * name lists know. A given name glued to a word is a name (`โดยเวอร์จิล ฟาน ไดค์`: no common word);
 * the caller asks for a known given name after it as well (isGivenNameNext).
 */
function isWordCutOffAChunk(text: string, start: number, chunk: string): boolean {
  return isThaiLetter(text.charCodeAt(start - 1)) && !TITLE_OPENING.test(chunk) && dictionaryClasses().get(chunk) === 'std' && !knownGivenNames().has(chunk);
}
/**
 * Whether the text before `at` ends with a person's kind or a player's position the segmenter cut
 * as a word (`กัปตัน|ทีม`, `ผู้รักษา|ประตู`): the model, which reads a chunk's last word as the
 * name's first, takes it in (`ทีม ธีราทร …`), whatever name follows.
 */
function endsAKind(text: string, at: number, boundaries: ReadonlySet<number>): boolean {
  const from = Math.max(0, at - LONGEST_KIND);
  const kind = KIND_OR_POSITION_ENDING.exec(text.slice(from, at));
  return kind !== null && (boundaries.has(from + kind.index) || !isThaiLetter(text.charCodeAt(from + kind.index - 1)));
}
const SPELLED_RANK = new RegExp(`(?:${alternationOf(RANK_GRADES)})$`, 'u');
const KIND_OR_POSITION_ENDING = new RegExp(`(?:${PERSON_KIND}|${alternationOf(PLAYER_POSITION_WORDS)})$`, 'u');

/**
 * Whether the chunk of `length` at `start` is a phrase of two or more common words as the
 * segmenter cut it (`เจ้าของ|สถิติ`, record holder): what news says the person is, no nickname,
 * which is one word. A rank spelled out is such a phrase too (`พล|อากาศ|เอก`): the caller keeps
 * titles and ranks (RANK_GRADES).
 */
function isPhraseOfWords(text: string, start: number, length: number, boundaries: ReadonlySet<number>): boolean {
  return (commonWordsIn(text, start, start + length, boundaries)?.length ?? 0) >= 2;
}

/**
 * Whether the chunk of `name` from `at` is a given name the name lists know (`ชยพล`): then the
 * chunk before it is no part of the name; a foreign name's parts (`ซอง จี ฮยอน`) and a reign's
 * (`ในหลวง รัชกาลที่ 9`) are not such given names.
 */
function isGivenNameNext(name: string, at: number): boolean {
  return knownGivenNames().has(name.slice(at).split(/[ \u00A0]/u)[0]);
}
const TITLE_OPENING = new RegExp(`^(?:${alternationOf([...TITLES, ...INFORMAL_TITLES, ...NICKNAME_TITLES])})`, 'u');

/** The first chunk of a name and the spaces after it. */
const FIRST_CHUNK = /^([^ \u00A0]+)[ \u00A0]+/u;
/**
 * Words news writes before a name to say what the person is like (`นักร้องดัง วรวุฒิ …`, `ดาราสาว
 * …`): standing as a chunk of their own before a given name and a surname, they are no name.
 */
// not หนุ่ม or สาว alone: they are nicknames as well (`หนุ่ม กรรชัย …`)
const BEFORE_A_NAME = new Set(['ดัง', 'ชื่อดัง', 'คนดัง', 'ดาวรุ่ง', 'ตัวเก่ง', 'คนเก่ง', 'รุ่นใหญ่', 'รุ่นเก๋า', 'สาวสวย', 'หนุ่มหล่อ']);
/**
 * A first chunk no name is: a word that introduces the person (`เธอคือ`), a word no name opens
 * with standing alone (`เมื่อ ธนากร แสงอรุณ`), an adverb opening the sentence (`เมื่อวานนี้ ไมเคิล …`),
 * or a number (a match report's minute, `57 กิตติพัฒน์ บุญมา`).
 */
const NOT_A_NAME_CHUNK = new RegExp(
  `^(?:${alternationOf([...PERSON_INTRODUCERS, ...WORDS_NO_NAME_OPENS_WITH, ...SENTENCE_OPENING_ADVERBS, 'นาที', 'นาทีที่'])}|[0-9๐-๙]+[.,:']?)$`,
  'u',
);

/**
 * A PERSON of a given name, a surname and a third chunk that opens with a verb, a role or a
 * position as a word of its own (`... รุ่งโรจน์ ผบ.ตร.`): the third chunk is what the person is,
 * not their name; one whose first chunks are no name (NOT_A_NAME_CHUNK: `เธอคือ`, `เมื่อ`, `นาที
 * 57`), with a name of any length after them, and one whose first chunk is a word of BEFORE_A_NAME, or a common word taken
 * off the word before it (see isWordCutOffAChunk), starts after it. Two-chunk names lose no
 * last chunk (Thai surnames open with such words: `มีเพียร`, `อยู่เล็ก`), unless the
 * last chunk opens with a verb and ว่า (`นายสมชาย ยอมรับว่า`), which no surname does. `entities` (UTF-16 offsets) is changed in place and returned;
 * `boundaries` holds every token start and end.
 */
export function trimPersonEdges(text: string, entities: Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  for (const e of entities) {
    if (e.label !== 'PERSON' || e.source !== 'model' || e.end - e.start > MAX_NAME_LENGTH) continue;
    e.start += gluedOpenerLength(text.slice(e.start, e.end), e.start, boundaries);
    // `เธอคือ บุญมี ศรีสุข`, `เมื่อ ธนากร`: however many chunks follow, such a chunk is no part of the name
    let opening = FIRST_CHUNK.exec(text.slice(e.start, e.end));
    while (opening && NOT_A_NAME_CHUNK.test(opening[1])) {
      e.start += opening[0].length;
      opening = FIRST_CHUNK.exec(text.slice(e.start, e.end));
    }
    const name = text.slice(e.start, e.end);
    const last = LAST_CHUNK.exec(name);
    // `นายสมชาย ยอมรับว่า`: a verb and ว่า ("that") open no surname, however many chunks before;
    // `นายณัฐพงษ์ หัว|หน้าพรรค…`: a name never ends inside the role or verb its last chunk opens
    const chunkStart = last ? e.end - last[1].length : -1;
    if (last && ((SAYS_THAT.test(last[1]) && boundaries.has(chunkStart)) || endsInsideOpener(text, chunkStart, last[1].length))) {
      e.end = e.start + last.index;
      continue;
    }
    // scraped pages double spaces: chunks are what the spaces part, however many
    if (name.split(/[ \u00A0]+/u).length < 3) continue;
    if (last && opensWithWordOf(AFTER_A_NAME_PART, last[1], e.end - last[1].length, boundaries)) e.end = e.start + last.index;
    else {
      const first = FIRST_CHUNK.exec(name);
      if (
        first &&
        (BEFORE_A_NAME.has(first[1]) ||
          (isWordCutOffAChunk(text, e.start, first[1]) && (isGivenNameNext(name, first[0].length) || endsAKind(text, e.start + first[1].length, boundaries))) ||
          (!TITLE_OPENING.test(first[1]) &&
            !SPELLED_RANK.test(first[1]) &&
            isPhraseOfWords(text, e.start, first[1].length, boundaries) &&
            isGivenNameNext(name, first[0].length)))
      )
        e.start += first[0].length;
    }
  }
  return entities;
}

/** A word no name opens with, at the start of a PERSON. */
const NEVER_OPENS_A_NAME = new RegExp(`^(?:${alternationOf(WORDS_NO_NAME_OPENS_WITH)})`, 'u');
/** The other words of WORDS_GLUED_BEFORE_A_NAME open some names (`ชนะชัย`, `พบพล`): cut off only before a given name the lists know. */
const GLUED_BEFORE_A_KNOWN_NAME = new RegExp(`^(?:${alternationOf([...WORDS_GLUED_BEFORE_A_NAME, 'ต่อ', 'ถึง', 'ด้วย', 'ตาม'])})`, 'u');
/** The given name after a glued word is two letters or more, up to a space or the name's end. */
const FIRST_WORD_REST = new RegExp(`^[${THAI_LETTERS}]{2,}(?=[ \u00A0]|$)`, 'u');

/**
 * How many characters of `name` (a PERSON at `start` of the text) are a word the model took in
 * from before the name, where the segmenter cut it off the given name: a kind of person
 * (PERSON_KINDS), a word of NEVER_OPENS_A_NAME, or one of GLUED_BEFORE_A_KNOWN_NAME before a given
 * name the lists know that is no common word; 0 when the first chunk as a whole is a known given name.
 */
function gluedOpenerLength(name: string, start: number, boundaries: ReadonlySet<number>): number {
  const neverAName = PERSON_KIND_OPENING.exec(name)?.[0] ?? NEVER_OPENS_A_NAME.exec(name)?.[0];
  const opener = neverAName ?? GLUED_BEFORE_A_KNOWN_NAME.exec(name)?.[0];
  if (!opener || !boundaries.has(start + opener.length)) return 0;
  const given = FIRST_WORD_REST.exec(name.slice(opener.length))?.[0];
  if (!given) return 0;
  const whole = opener + given;
  if (isListedGivenName(whole)) return 0;
  if (neverAName) return opener.length;
  // a given name that is a common word as well (`ชัย` of `ชนะชัย`) says nothing
  const known = (knownGivenNames().has(given) && dictionaryClasses().get(given) !== 'std') || FOREIGN_GIVEN_NAME_SET.has(given);
  return known ? opener.length : 0;
}
