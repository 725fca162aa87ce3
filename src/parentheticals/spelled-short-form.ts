import { companyNameEndingAt } from '../thai/company-names.js';
import { latinLettersOf } from '../thai/latin-letter-names.js';
import { beforeSpacesOnLine, isSpaceAt, isThaiLetterAt } from './characters.js';
import { COMMON_ACRONYMS } from './common-acronyms.js';
import { translationsAt } from './lexicon-evidence.js';
import { loadAcronymExpansions } from './shipped-data.js';
import type { Range } from './split-inside.js';
import type { Gloss } from './thai-span.js';
import { SHORT_FORM_HEADS } from './thai-short-form.js';
import { AUXILIARIES } from './thai-vocabulary.js';
import type { WordBoundaries } from './word-boundaries.js';
import { boundPrefixBefore, isWordStart } from './word-roles.js';

/*
 * Latin short forms written in Thai as the names of their letters (`(บีโอไอ)` for BOI, `(ดีอี)` for
 * DE, `(เอสเอ็มอี)`): Thai news gives them in parentheses after the Thai full name as it gives
 * Thai short forms (`คณะกรรมการส่งเสริมการลงทุน (บีโอไอ)`). Their letters are those of the English
 * name, not of the Thai, so the Thai short-form matcher cannot read them: the full name is found
 * as for the Latin short form alone, by what it stands for, else by the English words the Thai
 * words translate. That reading of initials also serves a Latin short form alone that nothing
 * spells out (`กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (DE)`, extract.ts).
 */

/** The head nouns, longest first, so that คณะกรรมการ is read before คณะ. */
const HEADS = [...SHORT_FORM_HEADS].sort((a, b) => b.length - a.length);
/** Longest stretch of Thai before the parenthesis looked through for the name, in UTF-16 units. */
const MAX_NAME = 100;
/** Most words after the last one that gives a letter (`ดิจิทัลเพื่อเศรษฐกิจ|และสังคม`, DE). */
const MAX_TAIL_WORDS = 2;
/** Most words between two that give letters (`เพื่อ`, `และ`, `แห่ง`). */
const MAX_GAP_WORDS = 2;
/** A name holds no หรือ: before it is another name (`…ย่อย หรือ ไมโคร พลัส (MP)`). */
const OR = 'หรือ';

/** What a Latin short form stands for: as the document spells it out, as news usually does, or as its field writes it. */
function englishOf(shortForm: string, spelledOut: ReadonlyMap<string, string>): { english: string; common: boolean } | null {
  const known = spelledOut.get(shortForm) ?? loadAcronymExpansions().get(shortForm) ?? loadAcronymExpansions().get(`${shortForm}s`);
  if (known) return { english: known, common: false };
  const common = COMMON_ACRONYMS.get(shortForm);
  return common ? { english: common, common: true } : null;
}

/** Where the Thai before `end` starts: Thai letters and single spaces, back to a bracket, a digit, Latin text or a line break. */
function thaiStretchStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_NAME) {
    if (isThaiLetterAt(text, start - 1)) start--;
    else if (isSpaceAt(text, start - 1) && text[start - 1] !== '\n' && isThaiLetterAt(text, start - 2)) start--;
    else break;
  }
  return start;
}

/**
 * Where the name whose words translate English words with the initials `letters`, in that order,
 * starts before `end` (`ดิจิทัล|เพื่อ|เศรษฐกิจ` Digital Economy, DE), with the head noun glued
 * before it (`กระทรวง`); -1 where no run of words gives them. The last word that gives a letter
 * is at most MAX_TAIL_WORDS from the end, at most MAX_GAP_WORDS lie between two that do, and
 * none of them is หรือ.
 */
export function initialsNameStart(text: string, end: number, letters: string, words: WordBoundaries): number {
  const from = thaiStretchStart(text, end);
  const starts: number[] = [];
  // Not after a bound prefix: `ผู้|แทน` is one word, a representative.
  for (let p = from; p < end; p++) if (isThaiLetterAt(text, p) && isWordStart(text, p, words) && !boundPrefixBefore(text, p, words)) starts.push(p);
  let next = letters.length - 1;
  let unmatched = 0;
  let first = -1;
  for (let i = starts.length - 1; i >= 0 && next >= 0; i--) {
    const english = translationsAt(text, starts[i], end, words)?.english ?? [];
    if (english.some((word) => word[0]?.toUpperCase() === letters[next])) {
      first = starts[i];
      next--;
      unmatched = 0;
    } else if (text.startsWith(OR, starts[i]) || ++unmatched > (next === letters.length - 1 ? MAX_TAIL_WORDS : MAX_GAP_WORDS)) return -1;
  }
  // A name opens with no auxiliary (`ได้|มาตรฐาน…`, meets the standard of): that is the clause's.
  if (next >= 0 || AUXILIARIES.some((a) => text.startsWith(a, first) && words.isBoundary(first + a.length))) return -1;
  // A head noun before one that opens the name is no part of it (`คณะ|มูลนิธิ…`, the foundation's delegation).
  if (HEADS.some((h) => text.startsWith(h, first))) return first;
  const head = HEADS.find((h) => first - h.length >= from && text.startsWith(h, first - h.length) && isWordStart(text, first - h.length, words));
  return head ? first - head.length : first;
}

/**
 * The Thai full name of the spelt-out short form `shortForm` in the parenthesis at `open`, or
 * null: found by `termFor` from what its Latin letters stand for where that is known, else by the
 * initials of the English the Thai words translate (initialsNameBefore).
 */
export function spelledShortFormName(
  text: string,
  open: number,
  shortForm: string,
  words: WordBoundaries,
  spelledOut: ReadonlyMap<string, string>,
  termFor: (gloss: Gloss) => Range | null,
): Range | null {
  const readings = latinLettersOf(shortForm);
  for (const acronym of readings) {
    const known = englishOf(acronym, spelledOut);
    if (known) return termFor({ english: known.english, acronym, expanded: known.common });
  }
  for (const letters of readings) {
    const name = initialsNameBefore(text, open, letters, words);
    if (name) return name;
  }
  return null;
}

/**
 * The Thai name right before the parenthesis at `open` whose words translate English words with
 * the initials `letters`, read in order or, as Thai puts the head first where English puts it
 * last, backwards (`สถาบัน|วิจัย|เพื่อการพัฒนา|ประเทศไทย`, TDRI); null when none does.
 */
export function initialsNameBefore(text: string, open: number, letters: string, words: WordBoundaries): Range | null {
  const end = beforeSpacesOnLine(text, open);
  // A registered company's name is the term whole (`บริษัท โครงข่ายบรอดแบนด์แห่งชาติ จำกัด (NBN)`), as the span finder takes it.
  if (!isThaiLetterAt(text, end - 1) || companyNameEndingAt(text, end)) return null;
  for (const order of [letters, [...letters].reverse().join('')]) {
    const start = initialsNameStart(text, end, order, words);
    if (start >= 0) return [start, end];
  }
  return null;
}
