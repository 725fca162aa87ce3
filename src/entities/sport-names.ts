import { alternationOf } from '../text/alternation.js';
import { isThaiLetter, THAI_LETTERS } from '../thai/characters.js';
import {
  AFTER_A_NAME,
  PLAYER_POSITION_WORDS,
  VERBS_AFTER_A_NAME,
  WORDS_GLUED_BEFORE_A_CLUB,
  WORDS_GLUED_BEFORE_A_NAME,
  WORDS_NO_NAME_OPENS_WITH,
} from '../thai/name-cues.js';
import { type EntityLabel, PLACE_AND_BODY_LABELS } from './labels.js';
import { newCandidate, type Candidate } from './candidate.js';

/**
 * Words that end the name of a tournament or a race (`เฟรนช์ โอเพ่น`, `ไทยแลนด์ มาสเตอร์ส`,
 * `บริติช กรังด์ปรีซ์`): ThaiNER has no type for events, and the model, which has not seen these
 * transliterations, takes them for people.
 */
const EVENT_ENDINGS = ['โอเพ่น', 'โอเพน', 'มาสเตอร์ส', 'มาสเตอร์', 'กรังด์ปรีซ์', 'กรังปรีซ์', 'แชมเปียนชิพ', 'แชมเปี้ยนชิพ', 'ซูเปอร์ซีรีส์', 'เวิลด์ทัวร์'];
const EVENT_NAME = new RegExp(`(?:^|[ \\u00A0])(?:${alternationOf(EVENT_ENDINGS)})$`, 'u');
/**
 * A ground (`สนามช้าง อารีน่า`, `สนามกีฬาแห่งชาติ`) is a FACILITY, as ThaiNER tags them; the model,
 * which knows `สนามหลวง` the square (a LOCATION), calls other grounds places too. Airports
 * (`สนามบิน…`) ThaiNER mostly calls places.
 */
const GROUND = /^สนาม(?!หลวง|บิน)/u;
/** The same word after a name, which is then the tournament's first word (`ยูเอส` of `ยูเอส โอเพ่น`). */
const EVENT_WORD_AFTER = new RegExp(`^[ \\u00A0](?:${alternationOf(EVENT_ENDINGS)})(?![${THAI_LETTERS}])`, 'u');
/**
 * Players' positions (PLAYER_POSITION_WORDS, `กองหน้า`, forward). `กอง` heads organisations
 * (`กองทัพ`), so the model runs a position into the club's name after it (`กองหน้าแมนเชสเตอร์
 * ซิตี้`), and into a player's name before it (`ซิลวาเรส กองกลาง`, `โมดริช กองกลางเรอัล มาดริด`).
 */
const PLAYER_POSITIONS = alternationOf(PLAYER_POSITION_WORDS);
// with the ของ ("of") that links it to the club (`กองหลังของชลบุรี เอฟซี`)
const POSITION_BEFORE = new RegExp(`^(?:${PLAYER_POSITIONS})[ \\u00A0]?(?:ของ[ \\u00A0]?)?`, 'u');
// at the end of a player's name, or glued to the club after it (`โมดริช กองกลางเรอัล มาดริด`)
const POSITION_AFTER = new RegExp(`[ \\u00A0](?:${PLAYER_POSITIONS})`, 'u');
/**
 * Words that end a name and say what it names: a club (`แมนเชสเตอร์ ยูไนเต็ด`, `ชลบุรี เอฟซี`,
 * `เลสเตอร์ ซิตี้`), a venue (`อิมแพ็ค อารีน่า`, ThaiNER's `รอยัล พารากอน ฮอลล์`). The model,
 * trained on formal text, calls the city in a club's name a place and the rest something else.
 */
const NAME_ENDINGS: readonly { label: EntityLabel; words: readonly string[] }[] = [
  { label: 'ORGANIZATION', words: ['ยูไนเต็ด', 'ซิตี้', 'เอฟซี', 'เอฟ.ซี.', 'ฮ็อทสเปอร์', 'ฮอทสเปอร์', 'อัลเบี้ยน', 'วันเดอเรอร์ส', 'โรเวอร์ส'] },
  // not อารีนา, a given name as well (Aryna)
  { label: 'FACILITY', words: ['อารีน่า', 'สเตเดียม', 'ฮอลล์', 'เธียเตอร์'] },
];
const ENDING_LABEL = new Map(NAME_ENDINGS.flatMap(({ label, words }) => words.map((word) => [word, label] as const)));
/**
 * An ending standing as a chunk of its own, or glued to the name (`แมนเชสเตอร์ซิตี้`), then a
 * space, punctuation, the end or Thai letters: a report glues the verb on (`ชลบุรี เอฟซีบุกไปแพ้`),
 * which counts for a club's word the segmenter cut off that verb (see GLUED_VERB_AFTER).
 */
const NAME_ENDING = new RegExp(`(${alternationOf([...ENDING_LABEL.keys()])})(?=[\\s,.;:!?()"'“”‘’${THAI_LETTERS}]|$)`, 'gu');
/**
 * A club's words a verb may be glued to. Not ซิตี้, which opens longer names (`ซิตี้ฮอลล์`),
 * unless a word that follows a name is glued to it (`อุดร ซิตี้ขึ้นจ่าฝูง`, `แฟนบอลลำปาง ซิตี้ที่…`);
 * nor a venue's words.
 */
const GLUED_VERB_AFTER = new Set(NAME_ENDINGS[0].words.filter((word) => word !== 'ซิตี้'));
const WORD_AFTER_CITY = new RegExp(`^(?:${alternationOf(new Set([...VERBS_AFTER_A_NAME, ...AFTER_A_NAME]))})`, 'u');
/**
 * Words glued before a club's name in its first chunk: the name starts after the last of them.
 * Not the conjunctions `และ` and `หรือ`, inside longer names (`…สารสนเทศและการสื่อสาร สมาร์ทซิตี้`).
 */
const GLUED_BEFORE_CLUB = new RegExp(
  alternationOf(
    new Set([...WORDS_NO_NAME_OPENS_WITH, ...WORDS_GLUED_BEFORE_A_NAME, ...WORDS_GLUED_BEFORE_A_CLUB].filter((word) => word !== 'และ' && word !== 'หรือ')),
  ),
  'gu',
);
/** The chunk before an ending, a space between, where no entity stands: the name's first word (checked to start a word). */
const CHUNK_BEFORE = new RegExp(`[${THAI_LETTERS}A-Za-z]{2,20}[ \\u00A0]$`, 'u');
const LETTER = new RegExp(`[${THAI_LETTERS}A-Za-z]`, 'u');
/** A national team: `ทีมชาติ` and the country the model found (`ทีมชาติไทย`). */
const NATIONAL_TEAM = 'ทีมชาติ';
/** Spaces and then a letter: what parts a national team's country from a player's name after it. */
const SPACE_THEN_NAME = /^[ \u00A0]+(?=\p{L})/u;
/**
 * A league's name, glued (`ไทยลีก`, `พรีเมียร์ลีก`) or not (`ลาลีกา`): neither a place nor a person,
 * and ThaiNER, which names the clubs, leaves the leagues unlabelled.
 */
const LEAGUE = /(?:ลีก|ลีกา)$/u;

/**
 * Sport news, which the model reads as formal text:
 * - a PERSON ending as a tournament's name does is dropped, and a PERSON or LOCATION that is the
 *   first word of one (`ยูเอส โอเพ่น`, `ออสเตรเลียน โอเพ่น`);
 * - a ground the model called a place is a facility;
 * - a score's first number is no part of the name before it (`การท่าเรือ 4-0`);
 * - a player's position before a club's name or after a player's is cut off;
 * - a name ending with a club's or a venue's word (`ยูไนเต็ด`, `อารีน่า`) is one entity of that
 *   kind, from the entity before the word (or the chunk before it) to the word;
 * - `ทีมชาติ` and the country after it (an entity, or a name `countries` knows) are one
 *   organisation, and a league is no place or person.
 * `entities` (UTF-16 offsets, in text order, none overlapping) is changed in place; returns the
 * entities kept, in text order.
 */
export function sportNames(text: string, entities: readonly Candidate[], countries: CountryNames, boundaries: ReadonlySet<number>): Candidate[] {
  let kept: Candidate[] = [];
  for (const e of entities) {
    if (e.source !== 'model') kept.push(e);
    else if (e.label === 'PERSON' && EVENT_NAME.test(text.slice(e.start, e.end))) continue;
    else if ((e.label === 'PERSON' || e.label === 'LOCATION') && EVENT_WORD_AFTER.test(text.slice(e.end, e.end + 16))) continue;
    else {
      if (e.label === 'LOCATION' && GROUND.test(text.slice(e.start, e.end))) e.label = 'FACILITY';
      withoutPosition(text, e);
      withoutScore(text, e);
      kept.push(e);
    }
  }
  kept = namesWithEndings(text, kept, boundaries);
  return nationalTeamsAndLeagues(text, kept, countries);
}

/** A name's last chunk that is a number, a score's first (`การท่าเรือ 4` of `การท่าเรือ 4-0`). */
const SCORE_AFTER_A_NAME = /[ \u00A0]+[0-9๐-๙]{1,2}$/u;
/** What follows the first number of a score: a dash and the second. */
const REST_OF_A_SCORE = /^[ \u00A0]?[-–][ \u00A0]?[0-9๐-๙]/u;

/** Cuts off a result's first number the model took into the name before it: names end with numbers (`ช่อง 3`), not with scores. */
function withoutScore(text: string, e: Candidate): void {
  if (!REST_OF_A_SCORE.test(text.slice(e.end, e.end + 4))) return;
  const score = SCORE_AFTER_A_NAME.exec(text.slice(e.start, e.end));
  if (score && score.index > 0) e.end = e.start + score.index;
}

function withoutPosition(text: string, e: Candidate): void {
  const name = text.slice(e.start, e.end);
  if (e.label === 'ORGANIZATION') {
    const position = POSITION_BEFORE.exec(name)?.[0];
    if (position && position.length < name.length) e.start += position.length;
  } else if (e.label === 'PERSON') {
    const position = POSITION_AFTER.exec(name);
    if (position && position.index > 0) e.end = e.start + position.index;
  }
}

/**
 * One pass over the endings and the entities, both in text order: `out` holds what is decided,
 * and only its tail (the entities just before an ending) is ever taken back, so the pass is
 * linear however many endings a text holds.
 */
function namesWithEndings(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  const pattern = new RegExp(NAME_ENDING);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [wordStart, end] = [m.index, m.index + m[0].length];
    if (
      isThaiLetter(text.charCodeAt(end)) &&
      !(boundaries.has(end) && boundaries.has(wordStart) && (GLUED_VERB_AFTER.has(m[1]) || cityBeforeWord(text, end, boundaries)))
    )
      continue;
    while (next < entities.length && entities[next].start < wordStart) out.push(entities[next++]);
    // no entity may run on past the word
    let after = next;
    while (after < entities.length && entities[after].start < end) after++;
    if (after > next && entities[after - 1].end > end) continue;
    if (out.length && out[out.length - 1].end > end) continue;
    const start = nameStart(text, out, wordStart);
    if (start < 0) continue;
    // an entity before the word that the name would cut, or that is no name's (a date, a person), stays
    let keep = out.length;
    while (keep > 0 && out[keep - 1].end > start) keep--;
    if (keep < out.length && out[keep].start < start) continue;
    // a club's or a venue's name starts from a body, a place or a building: not a date, a time or a person before it
    if (out.slice(keep).some((e) => e.source !== 'model' || !(PLACE_AND_BODY_LABELS.has(e.label) || (e.label === 'PERSON' && e.end > wordStart)))) continue;
    out.length = keep;
    next = after;
    out.push(newCandidate(afterGluedWords(text, start, wordStart, boundaries), end, ENDING_LABEL.get(m[1])!, 'model'));
  }
  while (next < entities.length) out.push(entities[next++]);
  return out;
}

/**
 * Where the name ending with the word at `wordStart` starts, given the entities before it
 * (`before`, in text order): at the entity over the word or right before it (glued or one space
 * away), with an entity it was cut from inside a word (`สนามท็อต` + `แนม ฮ็อทสเปอร์`); else at the
 * chunk before it, a space between; -1 when there is none.
 */
function nameStart(text: string, before: readonly Candidate[], wordStart: number): number {
  let i = before.length - 1;
  const last = before[i];
  if (last && (last.end >= wordStart || (last.end === wordStart - 1 && /[ \u00A0]/u.test(text[last.end])))) {
    let start = last.start;
    while (--i >= 0 && before[i].end === start && start > 0 && isThaiLetter(text.charCodeAt(start - 1)) && isThaiLetter(text.charCodeAt(start)))
      start = before[i].start;
    return start;
  }
  const chunk = CHUNK_BEFORE.exec(text.slice(Math.max(0, wordStart - 21), wordStart))?.[0];
  if (!chunk) return -1;
  const start = wordStart - chunk.length;
  return start > 0 && LETTER.test(text[start - 1]) ? -1 : start;
}

/** Whether the club's word `ซิตี้` ending at `end` has a word that follows a name glued to it (`ซิตี้|ขึ้น`). */
function cityBeforeWord(text: string, end: number, boundaries: ReadonlySet<number>): boolean {
  if (!text.startsWith('ซิตี้', end - 'ซิตี้'.length)) return false;
  const word = WORD_AFTER_CITY.exec(text.slice(end, end + 16))?.[0];
  return !!word && boundaries.has(end + word.length);
}

/**
 * Where a club's name starting at `start` starts once the words glued before it in its first
 * chunk are cut off (`บุกไปแพ้|อุดร ซิตี้`): after the last such word standing as words, if a
 * name of two letters or more is left of the chunk.
 */
function afterGluedWords(text: string, start: number, wordStart: number, boundaries: ReadonlySet<number>): number {
  let chunkEnd = start;
  while (chunkEnd < wordStart && isThaiLetter(text.charCodeAt(chunkEnd))) chunkEnd++;
  let cut = start;
  for (const m of text.slice(start, chunkEnd).matchAll(GLUED_BEFORE_CLUB)) {
    const [from, to] = [start + m.index, start + m.index + m[0].length];
    if (boundaries.has(from) && boundaries.has(to) && chunkEnd - to >= 2) cut = to;
  }
  return cut;
}

/** `ทีมชาติ` and its country, and leagues, in one pass over the entities in text order. */
function nationalTeamsAndLeagues(text: string, entities: readonly Candidate[], countries: CountryNames): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  // where the last team found ends: a ทีมชาติ inside it is its own text (`ทีมชาติทีมชาติไทย`)
  let taken = 0;
  for (let at = text.indexOf(NATIONAL_TEAM); at >= 0; at = text.indexOf(NATIONAL_TEAM, at + 1)) {
    if (at < taken) continue;
    const from = at + NATIONAL_TEAM.length;
    while (next < entities.length && entities[next].end <= at) keepUnlessLeague(text, entities[next++], out);
    const after = entities[next];
    if (after && after.start < from) continue;
    // the model may run the country into the player named after it (`นักเตะทีมชาติ|ไทย ศุภชัย ใจเด็ด`):
    // the country is the team's, the person starts after the space
    if (after?.start === from && after.label === 'PERSON' && after.source === 'model') {
      const country = countries.endOfCountryAt(from);
      const personStart = country > 0 ? country + (SPACE_THEN_NAME.exec(text.slice(country, after.end))?.[0].length ?? 0) : -1;
      if (personStart > country && personStart < after.end) {
        after.start = personStart;
        out.push(newCandidate(at, country, 'ORGANIZATION', 'model'));
        taken = country;
        continue;
      }
    }
    const place = after?.start === from && after.label === 'LOCATION' ? after : undefined;
    const end = place ? place.end : countries.endOfCountryAt(from);
    if (end < 0 || (!place && after && after.start < end)) continue;
    if (place) next++;
    out.push(newCandidate(at, end, 'ORGANIZATION', 'model'));
    taken = end;
  }
  while (next < entities.length) keepUnlessLeague(text, entities[next++], out);
  return out;
}

/** Keeps `e` in `out` unless it is a league the model called a place or a person. */
function keepUnlessLeague(text: string, e: Candidate, out: Candidate[]): void {
  if ((e.label === 'LOCATION' || e.label === 'PERSON') && e.source === 'model' && LEAGUE.test(text.slice(e.start, e.end))) return;
  out.push(e);
}

/** Where a country's name that starts at a UTF-16 index ends (at a token boundary), or -1. */
export interface CountryNames {
  endOfCountryAt(start: number): number;
}
