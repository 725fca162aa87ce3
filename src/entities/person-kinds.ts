import { THAI_LETTERS } from '../thai/characters.js';
import { commonWordsIn, dictionaryClasses } from './dictionary-classes.js';
import { knownGivenNames } from './name-lists.js';
import { CHUNK_END, opensWithCueWord, PERSON_KIND } from './person-names.js';
import { SpanMerge } from './span-merge.js';
import { alternationOf } from '../text/alternation.js';
import { FOOTBALL_CLUB_NAMES, LATIN_CLUB_WORDS } from '../thai/football.js';
import { COACH_WORDS, PLAYER_POSITION_WORDS } from '../thai/name-cues.js';
import { newCandidate, type Candidate } from './candidate.js';

/**
 * A kind and its additions, or a player's position (`กองหน้า Erling Haaland`, sport news's way of
 * naming a player); the segmenter's cuts tell whether they stand as words.
 */
const KIND_AT = new RegExp(`${PERSON_KIND}|(?:${alternationOf(PLAYER_POSITION_WORDS)})`, 'gu');
/** A given name and a surname chunk after a kind: two chunks of Thai letters, a space between, then a space, a mark or the end. */
const GIVEN_AND_SURNAME = new RegExp(`^([${THAI_LETTERS}]{2,20})[ \\u00A0]([${THAI_LETTERS}]{2,20})${CHUNK_END}`, 'u');
/**
 * A name in Latin script: one to three words, each opening with a capital, a hyphen and Latin
 * letters inside a word (`Bong Joon-ho`, not `K-ป๊อป`), the whole run of Latin words.
 */
const LATIN_NAME =
  /^\p{Lu}[\p{Script=Latin}\p{M}.'’]*(?:-\p{Script=Latin}[\p{Script=Latin}\p{M}.'’]*)*(?:[ \u00A0]\p{Lu}[\p{Script=Latin}\p{M}.'’]*(?:-\p{Script=Latin}[\p{Script=Latin}\p{M}.'’]*)*){0,2}(?![\p{L}\p{N}-]|[ \u00A0]\p{Script=Latin}|[ \u00A0]?[-–])/u;
/** A word of a club's or a team's name (LATIN_CLUB_WORDS: `FC Porto`, `Leeds United`), which a position may precede. */
const CLUB_WORD = new RegExp(`(?:^|[ \\u00A0])(?:${alternationOf(LATIN_CLUB_WORDS)})(?![\\p{L}])`, 'u');
/**
 * Capitals alone this short, a hyphen between or none, are a short form (`OTOP`, `CEO`, `K-POP`),
 * not a stage name (`JAYDA`, `J-HOPE`).
 */
const SHORT_CAPITALS = /^(?:\p{Lu}{1,4}|(?=.{3,5}$)\p{Lu}+-\p{Lu}+)$/u;
/** A letter and a hyphen before a genre (`T-Pop`, `K-drama`) name music or series, no person. */
const GENRE = /^\p{Lu}-(?:pop|rock|drama|series)$/iu;
/**
 * A player's position and a coach's words, which a club's name follows as often as a person's
 * (`กองหน้า Liverpool`, a Liverpool forward; `กุนซือ Chelsea`): after them a name in Latin script
 * is a given name and a surname, two words or more, and no club's name (`Aston Villa`).
 */
const CLUB_BEFORE = new RegExp(`^(?:${alternationOf([...PLAYER_POSITION_WORDS, ...COACH_WORDS])})`, 'u');
/** Dictionary classes of a chunk that is a word, a country or a city rather than a given name. */
const WORD_CLASSES = new Set(['std', 'country', 'city']);

/**
 * People named right after a word saying what they are (PERSON_KINDS) or a player's position
 * (PLAYER_POSITION_WORDS, `กองหน้า`), where the model found none: a given name and a surname
 * (`ผู้กำกับชาติชาย มั่นคง`, `นักร้องสาว ธนาธิป วงศ์ทองดี`) and a name in Latin script
 * (`แร็ปเปอร์สาว JAYDA`; after a position or a coach's word, two words and no club, CLUB_BEFORE).
 * The given name is one the name lists know, and a common word (`ชาย`) only standing alone after
 * the kind before a surname that is no word, or one they do not know, standing alone, before a
 * surname, neither of them in the dictionary; neither chunk opens with a verb, a role or a head
 * word. The name takes the place of places and bodies the model found inside it; an entity
 * crossing its edges keeps it out.
 * `entities` (UTF-16 offsets, in text order, none overlapping) is left as it was; returns the
 * entities in text order, a new list.
 */
export function namesAfterPersonKinds(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  for (const m of text.matchAll(KIND_AT)) {
    const kindEnd = m.index + m[0].length;
    if (!boundaries.has(m.index) || !boundaries.has(kindEnd)) continue;
    const spaced = /[ \u00A0]/u.test(text[kindEnd] ?? '');
    const start = spaced ? kindEnd + 1 : kindEnd;
    const end = nameEnd(text, start, spaced, boundaries, CLUB_BEFORE.test(m[0]));
    if (end < 0) continue;
    const inside = merge.overlapping(start, end);
    if (inside.some((e) => e.start < start || e.end > end || e.label === 'PERSON' || e.source !== 'model')) continue;
    merge.replace(newCandidate(start, end, 'PERSON', 'pattern'));
  }
  return merge.finish();
}

/**
 * Where a person's name starting at `start` right after a kind ends, or -1. `clubBefore`: the kind
 * is a position or a coach's word (CLUB_BEFORE).
 */
function nameEnd(text: string, start: number, spaced: boolean, boundaries: ReadonlySet<number>, clubBefore: boolean): number {
  const rest = text.slice(start, start + 50);
  const latin = LATIN_NAME.exec(rest);
  if (latin) {
    const name = latin[0];
    if (SHORT_CAPITALS.test(name) || GENRE.test(name) || CLUB_WORD.test(name)) return -1;
    if (clubBefore && (!/[ \u00A0]/u.test(name) || FOOTBALL_CLUB_NAMES.has(name.replace(/\u00A0/gu, ' ')))) return -1;
    return start + name.length;
  }
  const name = GIVEN_AND_SURNAME.exec(rest);
  if (!name) return -1;
  const [, given, surname] = name;
  const surnameStart = start + given.length + 1;
  if (opensWithCueWord(given, start, boundaries) || opensWithCueWord(surname, surnameStart, boundaries)) return -1;
  // a given name the lists know; a common word (`ชาย`, `ดาว`) only where it stands alone after
  // the kind and a surname that is no word follows; a given name the lists do not know only
  // where it stands alone too and neither chunk is a word of the dictionary nor made of its
  // common words (`นักแสดงหนุ่ม ณเดชน์ คูกิมิยะ`, not `นายกรัฐมนตรี ปรุงอาหาร สวมถุงมือ`):
  // stars' names are rarer than the lists', and what else follows a kind is words
  if (!knownGivenNames().has(given))
    return spaced && isNoWord(text, start, given, boundaries) && isNoWord(text, surnameStart, surname, boundaries) ? start + name[0].length : -1;
  const givenIsWord = WORD_CLASSES.has(dictionaryClasses().get(given) ?? '');
  if (givenIsWord && !(spaced && !WORD_CLASSES.has(dictionaryClasses().get(surname) ?? ''))) return -1;
  return start + name[0].length;
}

/** Whether `chunk` at `start` is neither a dictionary word as it stands nor cut by the segmenter into common words only. */
function isNoWord(text: string, start: number, chunk: string, boundaries: ReadonlySet<number>): boolean {
  return !dictionaryClasses().has(chunk) && commonWordsIn(text, start, start + chunk.length, boundaries) === null;
}
