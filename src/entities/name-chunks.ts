import { alternationOf } from '../text/alternation.js';
import { isThaiLetter } from '../thai/characters.js';
import { PERSON_KINDS, WORDS_NO_NAME_OPENS_WITH } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';
import { commonWordsIn } from './dictionary-classes.js';
import { isListedGivenName } from './name-lists.js';
import { opensWithCueWord, opensWithWordOf } from './person-names.js';

/**
 * Besides the cue words of opensWithCueWord, what news glues after a name: a word no name opens
 * with (`ด้วย`, `ระหว่าง`), a kind of person, a reign (`…วรางกูร|รัชกาลที่ 10`), a polite particle.
 */
const GLUED_AFTER_A_NAME = new RegExp(
  `^(?:${alternationOf([...WORDS_NO_NAME_OPENS_WITH, ...PERSON_KINDS, 'รัชกาล', 'ด้วย', 'นี้', 'นะ', 'ครับ', 'ค่ะ', 'คะ', 'จ้ะ'])})`,
  'u',
);
/** The most letters of a surname's piece the model left out: more is a clause glued on. */
const LONGEST_REST = 10;

/**
 * A person's first or last chunk the model started or ended inside a word: the segmenter cuts a
 * surname or a transliteration it does not know into pieces (`จันทร์|ห้าง|หว้า`, `กวาร์ดิ|โอ|ล่า`,
 * `มิ|เกล`) and the model may stop at any of them. Of a PERSON of two chunks or more:
 * - an end between two Thai letters runs on to the end of those letters, and through a hyphen to
 *   the end of the next run (`ไคลเนอ-บรอคฮอฟ`): Thai news glues nothing to a name but a word that
 *   follows names, so not where what was left out opens with a verb, a role, a head, a kind, a
 *   preposition or a particle (`กล่าวว่า`, `ด้วย`: opensWithCueWord, GLUED_AFTER_A_NAME), nor where
 *   it is one word of the dictionary (`เดินทาง`, `มอบ`: what the person did),
 *   nor where it is longer than LONGEST_REST letters (a clause);
 * - a start between two Thai letters goes back to the start of those letters where they make a
 *   given name the lists know (`มิเกล`): a word glued before a name makes none.
 * Neither reaches into another entity. `entities` (UTF-16 offsets, in text order, none
 * overlapping) is changed in place (a PERSON replaced) and returned; `boundaries` holds every
 * token start and end.
 */
export function wholeNameChunks(text: string, entities: Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.label !== 'PERSON' || !/[ \u00A0]/u.test(text.slice(e.start, e.end))) continue;
    const start = wholeFirstChunkStart(text, e.start, i > 0 ? entities[i - 1].end : 0);
    const end = wholeLastChunkEnd(text, e.end, i + 1 < entities.length ? entities[i + 1].start : text.length, boundaries);
    if (start !== e.start || end !== e.end) entities[i] = changedCandidate(e, start, end);
  }
  return entities;
}

/** Where a name starting at `start` starts, whole (see wholeNameChunks); `limit`: where the entity before it ends. */
function wholeFirstChunkStart(text: string, start: number, limit: number): number {
  if (!isThaiLetter(text.charCodeAt(start - 1)) || !isThaiLetter(text.charCodeAt(start))) return start;
  let from = start - 1;
  while (from > limit && isThaiLetter(text.charCodeAt(from - 1))) from--;
  if (from > 0 && isThaiLetter(text.charCodeAt(from - 1))) return start;
  const word = text.slice(from, runEnd(text, start));
  return isListedGivenName(word) ? from : start;
}

/** Where a name ending at `end` ends, whole (see wholeNameChunks); `limit`: where the entity after it starts. */
function wholeLastChunkEnd(text: string, end: number, limit: number, boundaries: ReadonlySet<number>): number {
  if (!isThaiLetter(text.charCodeAt(end - 1)) || !isThaiLetter(text.charCodeAt(end))) return end;
  let to = runEnd(text, end);
  if (to - end > LONGEST_REST) return end;
  if (text[to] === '-' && isThaiLetter(text.charCodeAt(to + 1))) to = runEnd(text, to + 1);
  const rest = text.slice(end, to);
  if (to > limit || opensWithCueWord(rest, end, boundaries) || opensWithWordOf(GLUED_AFTER_A_NAME, rest, end, boundaries)) return end;
  // one word of the dictionary glued after a name is mostly what the person did (`ใจดี|เดินทาง`,
  // `รักไทย|มอบ`); the segmenter cuts the rest of a name into pieces (`ห้าง|หว้า`, `โอ|ล่า`)
  if (commonWordsIn(text, end, to, boundaries)?.length === 1) return end;
  return to;
}

/** Where the run of Thai letters from `at` ends. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isThaiLetter(text.charCodeAt(end))) end++;
  return end;
}
