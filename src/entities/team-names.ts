import { alternationOf } from '../text/alternation.js';
import { FOOTBALL_CLUB_NAMES } from '../thai/football.js';
import { CLUB_JOINING_VERBS, COACH_WORDS, PLAYER_POSITION_WORDS, TITLES } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

/** `ทีม` (team) glued to the name after it, or a space between. */
const TEAM_BEFORE = /ทีม[ \u00A0]?$/u;
/**
 * A coach's word, a player's position, the club's players and fans, and the verbs of a game that
 * sport news alone uses (`กุนซือ Chelsea`, `กองหน้า Liverpool`, `ถล่ม Arsenal`), a space between or
 * none; not a verb of any news (`ไป`, `พา`, `ต้อนรับ`), after which `Liverpool` is the city.
 */
const CLUB_WORDS = [...COACH_WORDS, 'โค้ช', ...PLAYER_POSITION_WORDS, 'นักเตะ', 'แข้ง', 'สโมสร', 'แฟนบอล', 'ถล่ม', 'เฉือน', 'พ่าย', 'เปิดบ้าน', 'เปิดรัง'];
const CLUB_WORD_BEFORE = new RegExp(`(?:${alternationOf(CLUB_WORDS)})[ \u00A0]?$`, 'u');
/** How far back a club's word is read: the longest and the space after it. */
const LONGEST_CLUB_WORD = Math.max(...CLUB_WORDS.map((word) => word.length)) + 1;
/** A verb of playing for a club right before a name, a space between or none. */
const JOINING_VERB_BEFORE = new RegExp(`(?:${alternationOf(CLUB_JOINING_VERBS)})[ \u00A0]?$`, 'u');
const LONGEST_JOINING_VERB = Math.max(...CLUB_JOINING_VERBS.map((verb) => verb.length)) + 1;
const TITLE_OPENING = new RegExp(`^(?:${alternationOf(TITLES)})`, 'u');

/**
 * A name in Latin letters only, words a space apart (`Liverpool`, `Manchester United`), two
 * letters or more: a letter alone names a side (`ทีม B`), as latin-organizations.ts has it.
 */
const LATIN_NAME =
  /^(?=\p{Script=Latin}[\p{M}.'’&-]*\p{Script=Latin})\p{Script=Latin}[\p{Script=Latin}\p{M}.'’&-]*(?:[ \u00A0]\p{Script=Latin}[\p{Script=Latin}\p{M}.'’&-]*)*$/u;

/**
 * A club's name in Latin script after `ทีม` (`ทีมLiverpool`, `นักเตะทีม Chelsea`) is the club's,
 * an ORGANIZATION, where the model, which has seen the city in a club's name as a place and
 * little Latin script, calls it a place or a person. Glued to `ทีม`, the club takes it in, as
 * ThaiNER tags `ทีมแมนฯซิตี้` and `ทีมหมูป่า`; after a space it stands alone. A club the lists
 * know (FOOTBALL_CLUB_NAMES) is one after a coach's word, a player's position or a contest's verb too
 * (`กุนซือ Chelsea`, `กองหน้า Liverpool`, `ถล่ม Arsenal`), without the word. Any name the model
 * called a person or a place after a verb of playing for a club (CLUB_JOINING_VERBS) is the club.
 * `entities`: UTF-16 offsets, in text order, none overlapping; returns the same, a new list.
 */
export function teamNames(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let previousEnd = 0;
  for (const e of entities) {
    if ((e.label === 'PERSON' || e.label === 'LOCATION') && LATIN_NAME.test(text.slice(e.start, e.end))) {
      const team = TEAM_BEFORE.exec(text.slice(Math.max(previousEnd, e.start - 4), e.start));
      if (team) {
        const last = team[0].charCodeAt(team[0].length - 1);
        const glued = last !== 0x20 && last !== 0xa0;
        out.push(changedCandidate(e, glued ? e.start - team[0].length : e.start, e.end, 'ORGANIZATION'));
        previousEnd = e.end;
        continue;
      }
      // a club the lists know, after a word for the club's people or its games: compromise calls
      // `Chelsea` a given name and the model `Liverpool` the city; a person after such a word
      // (`กุนซือ Pep Guardiola`) is named by no club
      // (the word may be an entity of its own: the model tags `กองหน้า` as a body's division)
      if (FOOTBALL_CLUB_NAMES.has(text.slice(e.start, e.end)) && CLUB_WORD_BEFORE.test(text.slice(Math.max(0, e.start - LONGEST_CLUB_WORD), e.start))) {
        out.push(changedCandidate(e, e.start, e.end, 'ORGANIZATION'));
        previousEnd = e.end;
        continue;
      }
    }
    // after a verb of playing for a club, a person or a place the model found is the club
    // (`ย้ายไปเล่นให้คาวาซากิ ฟรอนตาเล่`, a name it reads as a Japanese person's; `เล่นให้เชียงราย`);
    // not a titled person
    if (
      (e.label === 'PERSON' || e.label === 'LOCATION') &&
      e.source === 'model' &&
      !TITLE_OPENING.test(text.slice(e.start, e.end)) &&
      JOINING_VERB_BEFORE.test(text.slice(Math.max(previousEnd, e.start - LONGEST_JOINING_VERB), e.start))
    ) {
      out.push(changedCandidate(e, e.start, e.end, 'ORGANIZATION'));
      previousEnd = e.end;
      continue;
    }
    out.push(e);
    previousEnd = e.end;
  }
  return out;
}
