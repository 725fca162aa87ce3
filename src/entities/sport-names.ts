import { alternationOf } from '../text/alternation.js';
import { isThaiLetter, THAI_LETTERS } from '../thai/characters.js';
import type { EntityLabel } from './labels.js';
import type { Candidate } from './resolve.js';

/**
 * Words that end the name of a tournament or a race (`เฟรนช์ โอเพ่น`, `ไทยแลนด์ มาสเตอร์ส`,
 * `บริติช กรังด์ปรีซ์`): ThaiNER has no type for events, and the model, which has not seen these
 * transliterations, takes them for people.
 */
const EVENT_ENDINGS = ['โอเพ่น', 'โอเพน', 'มาสเตอร์ส', 'มาสเตอร์', 'กรังด์ปรีซ์', 'กรังปรีซ์', 'แชมเปียนชิพ', 'แชมเปี้ยนชิพ', 'ซูเปอร์ซีรีส์', 'เวิลด์ทัวร์'];
const EVENT_NAME = new RegExp(`(?:^|[ \\u00A0])(?:${alternationOf(EVENT_ENDINGS)})$`, 'u');
/**
 * Players' positions (`กองหน้า`, forward). `กอง` heads organisations (`กองทัพ`), so the model runs
 * a position into the club's name after it (`กองหน้าแมนเชสเตอร์ ซิตี้`), and into a player's name
 * before it (`ซิลวาเรส กองกลาง`).
 */
const PLAYER_POSITIONS = alternationOf(['กองหน้า', 'กองกลาง', 'กองหลัง', 'ผู้รักษาประตู', 'นายทวาร', 'ปีกซ้าย', 'ปีกขวา', 'แบ็กซ้าย', 'แบ็กขวา']);
const POSITION_BEFORE = new RegExp(`^(?:${PLAYER_POSITIONS})[ \\u00A0]?`, 'u');
const POSITION_AFTER = new RegExp(`[ \\u00A0](?:${PLAYER_POSITIONS})$`, 'u');
/**
 * Words that end a name and say what it names: a club (`แมนเชสเตอร์ ยูไนเต็ด`, `ชลบุรี เอฟซี`,
 * `เลสเตอร์ ซิตี้`), a venue (`อิมแพ็ค อารีน่า`, ThaiNER's `รอยัล พารากอน ฮอลล์`). The model,
 * trained on formal text, calls the city in a club's name a place and the rest something else.
 */
const NAME_ENDINGS: readonly { label: EntityLabel; words: readonly string[] }[] = [
  { label: 'ORGANIZATION', words: ['ยูไนเต็ด', 'ซิตี้', 'เอฟซี', 'เอฟ.ซี.', 'ฮ็อทสเปอร์', 'ฮอทสเปอร์', 'อัลเบี้ยน', 'วันเดอเรอร์ส', 'โรเวอร์ส'] },
  { label: 'FACILITY', words: ['อารีน่า', 'อารีนา', 'สเตเดียม', 'ฮอลล์', 'เธียเตอร์'] },
];
const ENDING_LABEL = new Map(NAME_ENDINGS.flatMap(({ label, words }) => words.map((word) => [word, label] as const)));
/** An ending standing as a chunk of its own, or glued to the name (`แมนเชสเตอร์ซิตี้`), then a space, punctuation or the end. */
const NAME_ENDING = new RegExp(`(${alternationOf([...ENDING_LABEL.keys()])})(?=[\\s,.;:!?()"'“”‘’]|$)`, 'gu');
/** The chunk before an ending, a space between, where no entity stands: the name's first word. */
const CHUNK_BEFORE = new RegExp(`(?<![${THAI_LETTERS}A-Za-z])[${THAI_LETTERS}A-Za-z]{2,20}[ \\u00A0]$`, 'u');
/** A national team: `ทีมชาติ` and the country the model found (`ทีมชาติไทย`). */
const NATIONAL_TEAM = 'ทีมชาติ';
/** A league's name, glued (`ไทยลีก`, `พรีเมียร์ลีก`) or not (`ลาลีกา`): an organisation, not a place. */
const LEAGUE = /(?:ลีก|ลีกา)$/u;

/**
 * Sport news, which the model reads as formal text:
 * - a PERSON ending as a tournament's name does is dropped;
 * - a player's position before a club's name or after a player's is cut off;
 * - a name ending with a club's or a venue's word (`ยูไนเต็ด`, `อารีน่า`) is one entity of that
 *   kind, from the entity before the word (or the chunk before it) to the word;
 * - `ทีมชาติ` and the country after it (an entity, or a name `countries` knows) are one
 *   organisation, and a league is no place.
 * `entities` (UTF-16 offsets, in text order, none overlapping) is changed in place; returns the
 * entities kept, in text order.
 */
export function sportNames(text: string, entities: readonly Candidate[], countries: CountryNames): Candidate[] {
  let kept: Candidate[] = [];
  for (const e of entities) {
    if (e.source !== 'model') kept.push(e);
    else if (e.label === 'PERSON' && EVENT_NAME.test(text.slice(e.start, e.end))) continue;
    else {
      withoutPosition(text, e);
      kept.push(e);
    }
  }
  kept = namesWithEndings(text, kept);
  return nationalTeamsAndLeagues(text, kept, countries);
}

function withoutPosition(text: string, e: Candidate): void {
  const name = text.slice(e.start, e.end);
  if (e.label === 'ORGANIZATION') {
    const position = POSITION_BEFORE.exec(name)?.[0];
    if (position && position.length < name.length) e.start += position.length;
  } else if (e.label === 'PERSON') {
    const position = POSITION_AFTER.exec(name)?.[0];
    if (position && position.length < name.length) e.end -= position.length;
  }
}

function namesWithEndings(text: string, entities: Candidate[]): Candidate[] {
  let out = entities;
  const pattern = new RegExp(NAME_ENDING);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [wordStart, end] = [m.index, m.index + m[0].length];
    const label = ENDING_LABEL.get(m[1])!;
    // the entity over the word or right before it (glued or one space away)
    let start = -1;
    for (const e of out) {
      if (e.start >= wordStart) break;
      if (e.end > wordStart || e.end === wordStart || (e.end === wordStart - 1 && /[ \u00A0]/u.test(text[e.end]))) start = e.start;
    }
    // the model may cut the name inside a word (`สนามท็อต` + `แนม ฮ็อทสเปอร์`): an entity ending there joins it
    for (let i = out.length - 1; start > 0 && i >= 0; i--) {
      if (out[i].end === start && isThaiLetter(text.charCodeAt(start - 1)) && isThaiLetter(text.charCodeAt(start))) start = out[i].start;
    }
    if (start < 0) {
      const chunk = CHUNK_BEFORE.exec(text.slice(Math.max(0, wordStart - 21), wordStart))?.[0];
      if (!chunk) continue;
      start = wordStart - chunk.length;
    }
    if (out.some((e) => e.start < end && e.end > end)) continue;
    out = out.filter((e) => e.end <= start || e.start >= end);
    out.push({ start, end, label, source: 'model' });
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

function nationalTeamsAndLeagues(text: string, entities: Candidate[], countries: CountryNames): Candidate[] {
  let out: Candidate[] = [];
  for (const e of entities) {
    if ((e.label === 'LOCATION' || e.label === 'PERSON') && e.source === 'model' && LEAGUE.test(text.slice(e.start, e.end))) e.label = 'ORGANIZATION';
    out.push(e);
  }
  for (let at = text.indexOf(NATIONAL_TEAM); at >= 0; at = text.indexOf(NATIONAL_TEAM, at + 1)) {
    const from = at + NATIONAL_TEAM.length;
    if (out.some((e) => e.start < from && e.end > at)) continue;
    const place = out.find((e) => e.start === from);
    let end = -1;
    if (place) end = place.label === 'LOCATION' ? place.end : -1;
    else end = countries.endOfCountryAt(from);
    if (end < 0) continue;
    out = out.filter((e) => e !== place);
    out.push({ start: at, end, label: 'ORGANIZATION', source: 'model' });
    out.sort((x, y) => x.start - y.start);
  }
  return out;
}

/** Where a country's name that starts at a UTF-16 index ends (at a token boundary), or -1. */
export interface CountryNames {
  endOfCountryAt(start: number): number;
}
