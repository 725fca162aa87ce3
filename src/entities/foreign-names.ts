import { alternationOf } from '../text/alternation.js';
import { isThaiLetter, THAI_LETTERS } from '../thai/characters.js';
import { JAPANESE_NAME_PATTERN, KOREAN_FAMILY_NAMES, KOREAN_GIVEN_NAME_PATTERN } from '../thai/east-asian-names.js';
import { FOREIGN_GIVEN_NAMES } from '../thai/foreign-given-names.js';
import { beforeLatinLetterName, spellsLatinLetters } from '../thai/latin-letter-names.js';
import { TITLES, WORDS_GLUED_BEFORE_A_NAME } from './cue-words.js';
import { dictionaryClasses } from './dictionary-classes.js';
import { NAME_LABELS } from './labels.js';
import { opensWithCueWord } from './person-names.js';
import type { Candidate } from './resolve.js';
import { SpanMerge } from './span-merge.js';
import { isThaiAreaName } from './thai-areas.js';

/** Particles of a surname that stand as words of their own (`เวอร์จิล ฟาน ไดค์`): the chunk after them is the surname's too. */
const SURNAME_PARTICLES = ['ฟาน', 'แวน', 'ฟอน', 'เดอ', 'เดล', 'ดา', 'ดอส', 'เดลลา', 'ดิ', 'ลา'];
const SPACE = '[ \\u00A0]';
const CHUNK = `[${THAI_LETTERS}][${THAI_LETTERS}-]{1,24}`;
/**
 * A foreign given name, a space, a particle and a space (optional), the surname chunk, then a
 * space, punctuation or the end. Titles before it are looked for apart (TITLES_BEFORE): an
 * alternation of some 90 titles tried at every position of every text costs more than the rest.
 */
const FOREIGN_NAME = new RegExp(
  `(?:(?<given>${alternationOf(FOREIGN_GIVEN_NAMES)})${SPACE}(?:(?:${alternationOf(SURNAME_PARTICLES)})${SPACE})?(?<surname>${CHUNK})` +
    // names known by their sounds only where no Thai letter comes before: tried at every letter, they cost 3 times the rest
    `|(?<![${THAI_LETTERS}])(?:(?<japaneseGiven>${JAPANESE_NAME_PATTERN})${SPACE}(?<japaneseFamily>${JAPANESE_NAME_PATTERN})` +
    `|(?<koreanFamily>${alternationOf(KOREAN_FAMILY_NAMES)})${SPACE}(?<koreanGiven>${KOREAN_GIVEN_NAME_PATTERN})))(?=[\\s,.;:!?()"'“”‘’]|$)`,
  'gu',
);
const THAI_TITLES = TITLES.filter((t) => /^[\u0E00-\u0E7F]/u.test(t));
/** Titles glued to one another and to the name (`พล.ต.อ.`, `ผศ.ดร.`), ending where the name starts. */
const TITLES_BEFORE = new RegExp(`(?:${alternationOf(THAI_TITLES)})+$`, 'u');
const LONGEST_TITLES = 3 * Math.max(...THAI_TITLES.map((t) => t.length));
/** Dictionary classes of a chunk that is a word, a country or a city, not a surname. */
const WORD_CLASSES = new Set(['std', 'country', 'city', 'acronyms']);
/** Transliterated surnames have a few syllables; a shorter chunk is a letter or a word (`หลุยส์ ที`). */
const SHORTEST_SURNAME = 3;
/** A Thai word made of Thai words this long or longer is Thai, not a transliteration cut into syllables (`นา|ดาล`). */
const LONG_WORD = 4;
/** A given name this long, glued to the word before it, is a name where the segmenter starts a word there. */
const GLUED_NAME_LENGTH = 4;
/**
 * Words a name is glued to in running text (`โดยลิโอเนล เมสซี่`), and conjunctions a listed given
 * name may follow: a given name glued to other Thai letters is part of another word (`โปรเจค`).
 */
const GLUED_BEFORE_A_NAME = new RegExp(
  `(?:${alternationOf([...WORDS_GLUED_BEFORE_A_NAME, 'จาก', 'แก่', 'ต่อ', 'ส่วน', 'ซึ่ง', 'ทั้ง', 'หรือ', 'ถึง', 'เมื่อ', 'ตาม', 'ด้วย', 'แต่'])})$`,
  'u',
);

/**
 * Foreign people as Thai news names them, mostly without a title: a foreign given name at the
 * start of a word (FOREIGN_GIVEN_NAMES), a space, the surname chunk (`คาร์ลอส อัลคาราซ`,
 * `ลิโอเนล เมสซี่`); two words that sound Japanese (`อาคิระ นิชิโนะ`), or a Korean family name
 * and a Korean given name (`อี จุนฮยอก`), neither a word of the dictionary (east-asian-names.ts).
 * The model, trained on formal text where names carry titles, splits such a name or calls the
 * given name an organisation. The name replaces the entities lying inside it;
 * an entity that reaches beyond it is left as it is. A chunk that opens as a verb, a role or a
 * head word does (`เนย์มาร์ ยิงประตู`), or that is a dictionary word, a country or a city, is no
 * surname.
 *
 * `entities` (UTF-16 offsets, in text order, none overlapping) is not changed; returns the
 * entities in text order (a new list) and the names and surnames found, for later mentions of them alone
 * (see agreeWithinDocument).
 */
export function foreignPeople(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): { entities: Candidate[]; names: string[] } {
  const merge = new SpanMerge(entities);
  // where the last name found ends: a title is never looked for before it
  let taken = 0;
  const names: string[] = [];
  const pattern = new RegExp(FOREIGN_NAME);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    const title = TITLES_BEFORE.exec(text.slice(Math.max(taken, m.index - LONGEST_TITLES), m.index))?.[0] ?? '';
    const start = m.index - title.length;
    const { given: listedGiven, surname: listedSurname, japaneseGiven, japaneseFamily, koreanFamily, koreanGiven } = m.groups!;
    const given = listedGiven ?? japaneseGiven ?? koreanFamily;
    const surname = listedSurname ?? japaneseFamily ?? koreanGiven;
    const surnameStart = end - surname.length;
    // a title or a long given name starts a word where the segmenter starts one (`สัมภาษณ์|นาย`,
    // `แทน|ฮาเวียร์`); a short one may end another word (`โปร|เจค`)
    const startsAWord = standsAsAWord(text, start) || (boundaries.has(start) && (title !== '' || given.length >= GLUED_NAME_LENGTH));
    if (
      !startsAWord ||
      surname.length < SHORTEST_SURNAME ||
      opensWithCueWord(surname, surnameStart, boundaries) ||
      isThaiWords(text, surnameStart, end, boundaries) ||
      // a Japanese given name is known by its sounds only, which Thai words and places may share (`นาที`, `บางนา`)
      (japaneseGiven !== undefined &&
        (isThaiWords(text, m.index, m.index + given.length, boundaries) || [given, surname].some((w) => isLetterSpelling(w) || isThaiAreaName(w))))
    ) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const overlapping = merge.overlapping(start, end);
    if (overlapping.some((e) => e.start < start || e.end > end)) continue;
    // a pair known by its sounds only may be two places or two firms the model found (`ฮิโรชิมะ เอฮิเมะ`);
    // one name the model did not know it calls a place or a firm (`อิชิอิ`)
    if (listedGiven === undefined && overlapping.filter((e) => e.label !== 'PERSON').length > 1) continue;
    names.push(text.slice(start + title.length, end));
    names.push(surname);
    if (overlapping.length === 1 && overlapping[0].label === 'PERSON' && overlapping[0].start === start && overlapping[0].end === end) continue;
    taken = end;
    merge.replace({ start, end, label: 'PERSON', source: 'pattern' });
  }
  return { entities: merge.finish(), names };
}

/** Whether a word spells Latin letters (`จีพี` of โมโต จีพี) or is a word and a letter naming a kind (`ยาอี`, `วิตามินซี`). */
function isLetterSpelling(word: string): boolean {
  const before = beforeLatinLetterName(word);
  return spellsLatinLetters(word) || (before !== null && dictionaryClasses().get(before) === 'std');
}

/** Whether a name at `start` begins a word: after no Thai letter, or glued to a word that runs into names (`โดย`, `ให้`). */
function standsAsAWord(text: string, start: number): boolean {
  return start === 0 || !isThaiLetter(text.charCodeAt(start - 1)) || GLUED_BEFORE_A_NAME.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Whether `[start, end)` is Thai words, as the segmenter cut it (words of wordcut's lists other
 * than its proper names), one of them long
 * (`จำนวน|ประมาณ`, `ดีใจ|มาก|ครับ`): a transliteration may be cut into short dictionary words
 * (`นา|ดาล`), a phrase has longer ones; or whether it is one dictionary word, a country or a city.
 */
function isThaiWords(text: string, start: number, end: number, boundaries: ReadonlySet<number>): boolean {
  const classes = dictionaryClasses();
  if (WORD_CLASSES.has(classes.get(text.slice(start, end)) ?? '')) return true;
  let long = false;
  for (let from = start, at = start + 1; at <= end; at++) {
    if (at < end && !boundaries.has(at)) continue;
    const wordClass = classes.get(text.slice(from, at));
    if (wordClass === undefined || wordClass === 'proper') return false;
    if (at - from >= LONG_WORD) long = true;
    from = at;
  }
  return long;
}

const GIVEN_NAMES = new Set(FOREIGN_GIVEN_NAMES);

/**
 * A foreign given name alone is a person, whatever the model called it: sport news names some
 * players by the given name only (`เนย์มาร์`), and the model, which has not seen it, may call it
 * an organisation. Changes `entities` in place and returns them.
 */
export function givenNamesArePeople(text: string, entities: Candidate[]): Candidate[] {
  for (const e of entities) {
    if (e.source !== 'model' || e.label === 'PERSON' || !NAME_LABELS.has(e.label) || !GIVEN_NAMES.has(text.slice(e.start, e.end))) continue;
    // `เปาโล` of `เซาเปาโล` is a city's
    if (standsAsAWord(text, e.start)) e.label = 'PERSON';
  }
  return entities;
}
