import { alternationOf } from '../text/alternation.js';
import { isThaiLetter, THAI_LETTERS } from '../thai/characters.js';
import { JAPANESE_NAME_PATTERN, KOREAN_FAMILY_NAMES, KOREAN_GIVEN_NAME_PATTERN } from '../thai/east-asian-names.js';
import { FOREIGN_GIVEN_NAMES } from '../thai/foreign-given-names.js';
import { beforeLatinLetterName, spellsLatinLetters } from '../thai/latin-letter-names.js';
import { AFTER_A_NAME, TITLES, VERBS_AFTER_A_NAME, WORDS_GLUED_BEFORE_A_NAME } from '../thai/name-cues.js';
import { commonWordsIn, dictionaryClasses } from './dictionary-classes.js';
import { NAME_LABELS } from './labels.js';
import { opensWithCueWord } from './person-names.js';
import { SpanMerge } from './span-merge.js';
import { isThaiAreaName } from './thai-areas.js';
import { newCandidate, type Candidate } from './candidate.js';
import { FOREIGN_GIVEN_NAME_SET } from './name-lists.js';

/** Particles of a surname that stand as words of their own (`เวอร์จิล ฟาน ไดค์`): the chunk after them is the surname's too. */
const SURNAME_PARTICLES = ['ฟาน', 'แวน', 'ฟอน', 'เดอ', 'เดล', 'ดา', 'ดอส', 'เดลลา', 'ดิ', 'ลา'];
/** No transliterated surname is longer; a longer chunk is a surname with a clause glued on, or none. */
const LONGEST_SURNAME = 25;
/** How far a surname and the clause glued to it are read. */
const LONGEST_GLUED_CHUNK = 48;
const SPACE = '[ \\u00A0]';
const CHUNK = `[${THAI_LETTERS}][${THAI_LETTERS}-]{1,${LONGEST_GLUED_CHUNK - 1}}`;
/**
 * A foreign given name, a space, a particle and a space (optional), the surname chunk (with any
 * clause glued onto it: see clauseGluedOn), then a space, punctuation or the end. Titles before it
 * are looked for apart (TITLES_BEFORE): an
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
 * head word does (`เนย์มาร์ ยิงประตู`), or that is a dictionary word, is no surname; nor is a
 * country or a city, but after a given name the lists know (`ไมเคิล จอร์แดน`).
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
    const chunkEnd = m.index + m[0].length;
    const title = TITLES_BEFORE.exec(text.slice(Math.max(taken, m.index - LONGEST_TITLES), m.index))?.[0] ?? '';
    const start = m.index - title.length;
    const { given: listedGiven, surname: listedSurname, japaneseGiven, japaneseFamily, koreanFamily, koreanGiven } = m.groups!;
    const given = listedGiven ?? japaneseGiven ?? koreanFamily;
    const chunk = listedSurname ?? japaneseFamily ?? koreanGiven;
    const surnameStart = chunkEnd - chunk.length;
    // a verb or a role written onto the surname starts the clause (`ซาลาห์|ทำได้หนึ่งประตู`)
    const clause = listedGiven !== undefined ? clauseGluedOn(text, surnameStart, chunkEnd, boundaries) : -1;
    const end = clause > 0 ? clause : chunkEnd;
    const surname = text.slice(surnameStart, end);
    // a title or a long given name starts a word where the segmenter starts one (`สัมภาษณ์|นาย`,
    // `แทน|ฮาเวียร์`); a short one may end another word (`โปร|เจค`)
    const startsAWord = standsAsAWord(text, start) || (boundaries.has(start) && (title !== '' || given.length >= GLUED_NAME_LENGTH));
    if (
      !startsAWord ||
      surname.length < SHORTEST_SURNAME ||
      surname.length > LONGEST_SURNAME ||
      opensWithCueWord(surname, surnameStart, boundaries) ||
      (isThaiWords(text, surnameStart, end, boundaries) && !(listedGiven !== undefined && isPlaceNamedSurname(listedGiven, surname))) ||
      (japaneseGiven !== undefined && isNoJapaneseName(text, m.index, given, surname, boundaries))
    ) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const overlapping = merge.overlapping(start, end);
    if (overlapping.some((e) => e.start < start || e.end > end)) continue;
    // a pair known by its sounds only may be two places or two firms the model found (`ฮิโรชิมะ เอฮิเมะ`);
    // one name the model did not know it calls a place or a firm (`อิชิอิ`)
    if (listedGiven === undefined && twoOthersInside(overlapping)) continue;
    names.push(text.slice(start + title.length, end));
    names.push(surname);
    if (overlapping.length === 1 && overlapping[0].label === 'PERSON' && overlapping[0].start === start && overlapping[0].end === end) continue;
    taken = end;
    merge.replace(newCandidate(start, end, 'PERSON', 'pattern'));
  }
  return { entities: gluedEastAsianNames(text, merge.finish(), boundaries, names), names };
}

/**
 * Where a clause written onto a surname starts in the chunk from `start` to `end`: at a word the
 * segmenter cut that opens as a verb or a role does (`ทำ`, `ยิง`, `คว้า`, `กุนซือ`) with another
 * word after it in the chunk, the surname before it three letters or more; -1 for none. A verb
 * that ends the chunk alone may be the surname's last syllable (`โอบา|มา`).
 */
function clauseGluedOn(text: string, start: number, end: number, boundaries: ReadonlySet<number>): number {
  for (let at = start + SHORTEST_SURNAME; at < end; at++) {
    if (!boundaries.has(at) || !opensWithCueWord(text.slice(at, end), at, boundaries)) continue;
    let wordEnd = at + 1;
    while (wordEnd < end && !boundaries.has(wordEnd)) wordEnd++;
    if (wordEnd < end) return at;
  }
  return -1;
}

const JAPANESE_NAME = new RegExp(`^(?:${JAPANESE_NAME_PATTERN})$`, 'u');
const KOREAN_GIVEN_NAME = new RegExp(`^(?:${KOREAN_GIVEN_NAME_PATTERN})$`, 'u');
const KOREAN_FAMILY = new Set(KOREAN_FAMILY_NAMES);
/** What every second name of a pair opens with, right after the space: most spaces have none. */
const SECOND_NAME_AT = new RegExp(`${JAPANESE_NAME_PATTERN}|${KOREAN_GIVEN_NAME_PATTERN}`, 'uy');
/** The space inside a pair of names written in Thai letters: Thai letters on both sides of it. */
const SPACE_BETWEEN_THAI = new RegExp(`(?<=[${THAI_LETTERS}])${SPACE}(?=[${THAI_LETTERS}])`, 'gu');

/**
 * Japanese and Korean pairs (as in foreignPeople) glued to the words around them, which the
 * pattern there, tried only after no Thai letter and before a space or a mark, does not read:
 * `ชนะน็อก|ทาคุมะ อิโนะอุเอะ|จากญี่ปุ่น`, `ยื่นฟ้อง|อี จุนฮยอก`. Each space between Thai letters
 * is looked at once: the name before it starts a word the segmenter made, after a dictionary word
 * (`น็อก`, `ฟ้อง`), and the name after it ends one, before a word that follows names (`จาก`, `ยิง`); a Korean
 * family name glued on is none (`ลี`, `จอง`, words too). The pair passes the checks of
 * foreignPeople: no dictionary words, letters' names nor Thai places. It replaces the entities
 * inside it, not one reaching beyond it, nor two that are not people. Adds the names to `names`;
 * returns the entities in text order, a new list.
 */
function gluedEastAsianNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>, names: string[]): Candidate[] {
  const merge = new SpanMerge(entities);
  let last = 0;
  for (const m of text.matchAll(SPACE_BETWEEN_THAI)) {
    const space = m.index;
    SECOND_NAME_AT.lastIndex = space + 1;
    if (!SECOND_NAME_AT.test(text)) continue;
    let left = space;
    while (left > 0 && isThaiLetter(text.charCodeAt(left - 1))) left--;
    let right = space + 1;
    while (right < text.length && isThaiLetter(text.charCodeAt(right))) right++;
    const pair = eastAsianPairAround(text, Math.max(left, last), space, right, boundaries);
    if (!pair) continue;
    const { start, end } = pair;
    const overlapping = merge.overlapping(start, end);
    if (overlapping.some((e) => e.start < start || e.end > end) || twoOthersInside(overlapping)) continue;
    names.push(text.slice(start, end), text.slice(space + 1, end));
    merge.replace(newCandidate(start, end, 'PERSON', 'pattern'));
    last = end;
  }
  return merge.finish();
}

/**
 * The Japanese or Korean pair around the space at `space`, in the Thai letters from `left` to
 * `right`, glued to a word on one side at least (a pair with none is foreignPeople's): the longest
 * names that start and end words there, or null.
 */
function eastAsianPairAround(text: string, left: number, space: number, right: number, boundaries: ReadonlySet<number>): { start: number; end: number } | null {
  const startsWord = (at: number) => at === left || (boundaries.has(at) && endsWithDictionaryWord(text, left, at, boundaries));
  const endsWord = (at: number) => at === right || (boundaries.has(at) && opensWithWordAfterAName(text, at, right, boundaries));
  for (let start = left; start < space - 1; start++) {
    if (start > left && !boundaries.has(start)) continue;
    const given = text.slice(start, space);
    const japanese = JAPANESE_NAME.test(given);
    const korean = KOREAN_FAMILY.has(given) && (start === left || dictionaryClasses().get(given) !== 'std');
    if ((!japanese && !korean) || !startsWord(start)) continue;
    for (let end = right; end > space + 1; end--) {
      if (end < right && !boundaries.has(end)) continue;
      if (start === left && end === right) continue;
      const family = text.slice(space + 1, end);
      const fits = (japanese && JAPANESE_NAME.test(family)) || (korean && KOREAN_GIVEN_NAME.test(family));
      if (!fits || !endsWord(end) || family.length < SHORTEST_SURNAME) continue;
      if (opensWithCueWord(family, space + 1, boundaries) || isThaiWords(text, space + 1, end, boundaries)) return null;
      if (japanese && isNoJapaneseName(text, start, given, family, boundaries)) return null;
      // Thai words run together may sound Japanese on both sides of a space (`บาง|อัน บาง|อัน`, `ตี|กัน|มา พัน|กัน`); a name
      // has a piece no word is (`อิ|โนะอุเอะ`), or is cut into syllables that are short words (`เคน|จิ ฮา|ยา|ชิ`)
      const givenPieces = commonWordsIn(text, start, space, boundaries);
      const familyPieces = commonWordsIn(text, space + 1, end, boundaries);
      if (givenPieces && familyPieces && [...givenPieces, ...familyPieces].filter((piece) => piece.length >= 3).length > 1) return null;
      return { start, end };
    }
    return null;
  }
  return null;
}

/** Whether the Thai letters from `left` to `at` end with a dictionary word the segmenter cut (`ชนะ|น็อก`). */
function endsWithDictionaryWord(text: string, left: number, at: number, boundaries: ReadonlySet<number>): boolean {
  let from = at - 1;
  while (from > left && !boundaries.has(from)) from--;
  return at - from >= 2 && dictionaryClasses().get(text.slice(from, at)) === 'std';
}

const WORDS_AFTER_A_NAME = new Set([...AFTER_A_NAME, ...VERBS_AFTER_A_NAME]);

/**
 * Whether the Thai letters from `at` to `right` open with a word that follows names, as the
 * segmenter cut it (`จาก|ญี่ปุ่น`): any dictionary word would let a name end inside a longer
 * transliteration (`มะคาเด|เมีย`).
 */
function opensWithWordAfterAName(text: string, at: number, right: number, boundaries: ReadonlySet<number>): boolean {
  let to = at + 1;
  while (to < right && !boundaries.has(to)) to++;
  return WORDS_AFTER_A_NAME.has(text.slice(at, to));
}

/**
 * Whether a pair that sounds Japanese is none: a Japanese given name is known by its sounds only,
 * which Thai words, spelt Latin letters and places may share (`นาที`, `โมโต จีพี`, `บางนา`).
 */
function isNoJapaneseName(text: string, start: number, given: string, family: string, boundaries: ReadonlySet<number>): boolean {
  return isThaiWords(text, start, start + given.length, boundaries) || [given, family].some((w) => isLetterSpelling(w) || isThaiAreaName(w));
}

/** Whether the model found two entities inside a pair that are no people (`ฮิโรชิมะ เอฮิเมะ`, two places). */
function twoOthersInside(overlapping: readonly Candidate[]): boolean {
  return overlapping.filter((e) => e.label !== 'PERSON').length > 1;
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

/** wordcut's lists of places, whose names are some people's surnames too. */
const PLACE_CLASSES = new Set(['country', 'city']);

/**
 * Whether `surname`, a country's or a city's name, is the surname after `given`, a given name the
 * lists know (`ไมเคิล จอร์แดน`, `เดนเซล วอชิงตัน`): a given name is never followed by a place it
 * belongs to, which news writes with a head (`จาก…`, `ประเทศ…`); not after a given name that is a
 * place too (`จอร์เจีย ยูเครน`, a list of countries).
 */
function isPlaceNamedSurname(given: string, surname: string): boolean {
  const classes = dictionaryClasses();
  return PLACE_CLASSES.has(classes.get(surname) ?? '') && !PLACE_CLASSES.has(classes.get(given) ?? '');
}

/**
 * A foreign given name alone is a person, whatever the model called it: sport news names some
 * players by the given name only (`เนย์มาร์`), and the model, which has not seen it, may call it
 * an organisation. Changes `entities` in place and returns them.
 */
export function givenNamesArePeople(text: string, entities: Candidate[]): Candidate[] {
  for (const e of entities) {
    if (e.source !== 'model' || e.label === 'PERSON' || !NAME_LABELS.has(e.label) || !FOREIGN_GIVEN_NAME_SET.has(text.slice(e.start, e.end))) continue;
    // `เปาโล` of `เซาเปาโล` is a city's
    if (standsAsAWord(text, e.start)) e.label = 'PERSON';
  }
  return entities;
}
