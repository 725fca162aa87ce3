import { alternationOf } from '../text/alternation.js';
import { isThaiLetter, THAI_LETTERS } from '../thai/characters.js';
import {
  INFORMAL_TITLES,
  KIND_WORDS_AFTER,
  NICKNAME_TITLES,
  PERSON_KINDS,
  PLAYER_POSITION_WORDS,
  TITLES,
  WORDS_NO_NAME_OPENS_WITH,
} from '../thai/name-cues.js';
import { dictionaryClasses } from './dictionary-classes.js';
import { NEXT_CHUNK, opensWithCueWord } from './person-names.js';
import { changedCandidate, type Candidate } from './candidate.js';

/** A given name alone: one chunk of Thai letters, no title (a titled one takes its surname in refinePersons). */
const BARE_GIVEN_NAME = new RegExp(`^[${THAI_LETTERS}]{2,20}$`, 'u');
const TITLED = new RegExp(`^(?:${alternationOf([...TITLES, ...INFORMAL_TITLES, ...NICKNAME_TITLES])})`, 'u');
/** Words that open no surname: what a person is or plays, what is said of them, a clause going on. */
const NOT_A_SURNAME = new RegExp(`^(?:${alternationOf([...PERSON_KINDS, ...KIND_WORDS_AFTER, ...PLAYER_POSITION_WORDS, ...WORDS_NO_NAME_OPENS_WITH])})`, 'u');

/**
 * An untitled Thai name, a given name and a surname (`ปัณณวัฒน์ เหง้าน้อย`), as entertainment,
 * sport and crime news name people after the first mention, and bylines and lists of winners
 * name them at all (`ภาพ: วรรณา สุขเกษมศรี`): where the model stopped at the space after the given
 * name, the surname chunk after it is part of the name, as it is after a titled given name. The
 * given name is a chunk of its own (nothing glued before it); the surname chunk opens with no
 * verb, role, head word, kind of person, player's position or clause word as a word of its own,
 * is no word or place of the dictionary (a list or a clause goes on: `สุราษฎร์ธานี สงขลา`,
 * `… จำนวน`; the few surnames that are words, `มั่นคง`, are left), and holds no entity.
 * `entities` (UTF-16 offsets, in text order, none overlapping) is left as it was; returns the
 * entities in text order, a new list. `boundaries` holds every token start and end.
 */
export function surnamesAfterUntitledNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  // a loop, not map() with an arrow made per document, which is compiled again and again
  const out: Candidate[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    const end = e.label === 'PERSON' && e.source === 'model' ? surnameEnd(text, e, boundaries) : -1;
    const next = entities[i + 1];
    out.push(end < 0 || (next && next.start < end) ? e : changedCandidate(e, e.start, end));
  }
  return out;
}

/** Where the surname after the untitled given name `e` ends, or -1 when none follows. */
function surnameEnd(text: string, e: Candidate, boundaries: ReadonlySet<number>): number {
  const given = text.slice(e.start, e.end);
  if (!BARE_GIVEN_NAME.test(given) || TITLED.test(given) || isThaiLetter(text.charCodeAt(e.start - 1))) return -1;
  const chunk = NEXT_CHUNK.exec(text.slice(e.end, e.end + 18));
  if (!chunk) return -1;
  const surname = chunk[1];
  const start = e.end + 1;
  if (opensWithCueWord(surname, start, boundaries)) return -1;
  // a word of the dictionary or a place (`จำนวน`, `ชม`, `ตรัง`) goes on a clause or a list
  // more often than it is a surname (`มั่นคง`)
  if (dictionaryClasses().has(surname)) return -1;
  const opener = NOT_A_SURNAME.exec(surname)?.[0];
  if (opener && (opener.length === surname.length || boundaries.has(start + opener.length))) return -1;
  return start + surname.length;
}
