import { THAI_LETTER, beforeSpaces } from './characters.js';
import { findParentheses } from './find-parentheses.js';
import { isNumberedShortForm, splitInsideUtf16, type InsideParts, type InsidePattern, type Range } from './split-inside.js';

/** The inside forms of English glosses, and a Thai short form after its full name (TH-ACR) or before it (ACR-TH). */
export type ParentheticalPattern = InsidePattern | 'TH-ACR' | 'ACR-TH';
import { isReadAfter } from './reading-after.js';
import { COMMON_ACRONYMS } from './common-acronyms.js';
import { loadAcronymExpansions } from './shipped-data.js';
import { findThaiSpan } from './thai-span.js';
import { quotedNameBefore } from './quoted-name.js';
import { numberedNameBefore, splitNumberedShortForm } from './numbered-short-form.js';
import { headedNameBefore, splitHeadedShortForm } from './headed-short-form.js';
import { splitNamedShortForm } from './named-short-form.js';
import { builtInThaiAcronym } from './acronym-mentions.js';
import { initialsNameBefore, spelledShortFormName } from './spelled-short-form.js';
import { spellsLatinLetters } from '../thai/latin-letter-names.js';
import { bodyReadingMatch } from './body-readings.js';
import {
  clippedNameBefore,
  expandsShortForm,
  isThaiShortForm,
  nameEndingWith,
  shortFormBefore,
  thaiShortFormDefinition,
  writtenNameBefore,
} from './thai-short-form.js';
import type { WordBoundaries } from './word-boundaries.js';

/** One parenthetical (an English gloss or a Thai short form), all offsets UTF-16 indices into the text. */
export interface ParentheticalMatch {
  /** The `(` ... `)` itself. */
  paren: Range;
  pattern: ParentheticalPattern;
  english?: Range;
  acronym?: Range;
  /** The Thai term the parenthesis glosses. */
  thai?: Range;
}

/** Latin text opens the parenthesis, maybe after an opening quotation mark (`(“Love Never Expires”)`, a title). */
const LATIN_START = /^\s*["“‘']?[\p{Script=Latin}\p{N}]/u;

/** หรือ between two Latin names (`Internet of Things หรือ IoT`): the same thing named twice, no Thai term. */
const OR_BETWEEN_LATIN = /(?<=[\p{Script=Latin}\p{N}.)]\s*)หรือ(?=\s*[\p{Script=Latin}\p{N}])/gu;

/**
 * A web or e-mail address (`www.isranews.org`, `https://www.dit.go.th`, `facebook.com/tmd.go.th`,
 * `info@example.go.th`), which news puts in parentheses after a body's name: where to find it, not
 * its English name. A name with a domain's ending and no path (`Booking.com`) is a company's name,
 * and abbreviations with a slash (`Ph.D/M.D`, `No.1/2567`) have no domain's last label.
 */
const WEB_ADDRESS = /^\s*(?:(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/\S*)\s*$/iu;

/** A quantity given a value (`FDR = 1.62`, `R0 = 2.5`, `p < 0.05`): a measurement, not a name. */
const FORMULA = /[=<>≤≥]\s*[-−+]?\s*\p{N}/u;

/**
 * A short form of one capital and a number that news gives alone after its Thai name (`G7`, `5G`,
 * `U-23`): only those news uses as short forms (usedAsShortForm), since most such forms are codes
 * (a model, a grade, a standard) that gloss nothing before them.
 */
const knownNumberedShortForm = (inner: string): boolean => isNumberedShortForm(inner) && usedAsShortForm(inner);

/** Whether news uses `word` as a short form: government news spells it out, or a field's table has it. */
const usedAsShortForm = (word: string): boolean => loadAcronymExpansions().has(word) || COMMON_ACRONYMS.has(word);

/**
 * A parenthesis holds an English gloss when it opens with Latin text and has no Thai in it but
 * หรือ between Latin names, and is no web address or formula; a known short form of a capital and
 * a number (`G7`) holds one Latin letter only.
 */
function holdsLatin(inner: string): boolean {
  return (
    LATIN_START.test(inner) &&
    !THAI_LETTER.test(inner.replace(OR_BETWEEN_LATIN, '')) &&
    ((inner.match(/\p{Script=Latin}/gu) ?? []).length >= 2 || knownNumberedShortForm(inner.trim())) &&
    !WEB_ADDRESS.test(inner) &&
    !FORMULA.test(inner)
  );
}

const shift = (range: Range | undefined, by: number): Range | undefined => range && [range[0] + by, range[1] + by];

/** A Thai short form in the parenthesis, paired with the full name before it when its letters read there. */
function thaiShortFormMatch(text: string, open: number, close: number, words: WordBoundaries): ParentheticalMatch | null {
  const inner = text.slice(open + 1, close);
  const start = open + 1 + (inner.length - inner.trimStart().length);
  const shortForm = inner.trim();
  const plain = isThaiShortForm(shortForm);
  const numbered = plain ? null : splitNumberedShortForm(shortForm);
  const headed = plain || numbered ? null : splitHeadedShortForm(shortForm);
  const named = plain || numbered || headed ? null : splitNamedShortForm(shortForm);
  if (plain || numbered || headed || named) {
    // A common short form of the built-in table pairs with its full name wherever that is written
    // before it; others when their letters read in the Thai before them.
    const letters = numbered?.shortForm ?? headed?.shortForm ?? named?.shortForm ?? shortForm;
    const listed = builtInThaiAcronym(letters);
    const nameBefore = (end: number): Range | null =>
      thaiShortFormDefinition(text, end, letters, words) ?? (listed ? writtenNameBefore(text, end, listed.name, words) : null);
    const thai = numbered
      ? numberedNameBefore(text, open, numbered.number, nameBefore)
      : headed
        ? headedNameBefore(text, open, headed.head, nameBefore)
        : named
          ? nameEndingWith(text, open, named.name, nameBefore)
          : (nameBefore(open) ?? quotedNameBefore(text, open, nameBefore));
    return thai && { paren: [open, close + 1], pattern: 'TH-ACR', thai, acronym: [start, start + shortForm.length] };
  }
  // `จุฬาลงกรณ์มหาวิทยาลัย (จุฬาฯ)`: a name clipped with ฯ after the name it opens.
  const clipped = clippedNameBefore(text, open, shortForm, words);
  if (clipped) return { paren: [open, close + 1], pattern: 'TH-ACR', thai: clipped, acronym: [start, start + shortForm.length] };
  // `กกต. (คณะกรรมการการเลือกตั้ง)`: the full name in the parenthesis, the short form before it.
  if (!THAI_LETTER.test(shortForm) || /[A-Za-z()]/u.test(shortForm) || shortForm.length > MAX_THAI_NAME) return null;
  const acronym = shortFormBefore(text, open, words);
  const thai: Range = [start, start + shortForm.length];
  if (!acronym || afterNumber(text, acronym[0]) || namesTwoBodies(shortForm)) return null;
  if (!expandsShortForm(text, thai, text.slice(...acronym), words)) return null;
  return { paren: [open, close + 1], pattern: 'ACR-TH', thai, acronym };
}

/** A short form after a number is a unit of measure (`3.42 กม. (…)`, kilometres), not a body's. */
const afterNumber = (text: string, at: number): boolean => /[0-9๐-๙]/u.test(text[beforeSpaces(text, at) - 1] ?? '');

/**
 * Whether a Thai parenthesis names two bodies, and so no one short form: และ before the head
 * noun of a second ministry, department or office (`กรมปศุสัตว์และสำนักงานมาตรฐานสินค้าเกษตร…`),
 * which no full name holds (`พน. (กรม…และสำนักงาน…)`, the bodies under a ministry).
 */
const namesTwoBodies = (inside: string): boolean => /และ(?:กระทรวง|กรม|สำนักงาน)/u.test(inside);

/** Longest full name taken from a parenthesis after a short form, in UTF-16 units. */
const MAX_THAI_NAME = 120;

/**
 * Every parenthesis of `text` that holds Latin text, with its English, short form and Thai term,
 * and every Thai short form in parentheses with the full name it stands for.
 */
export function findParentheticals(text: string, words: WordBoundaries): ParentheticalMatch[] {
  const found: ParentheticalMatch[] = [];
  const glosses: { open: number; close: number; parts: InsideParts }[] = [];
  const spelledLetters: { open: number; close: number }[] = [];
  for (const { open, close } of findParentheses(text)) {
    const inner = text.slice(open + 1, close);
    if (holdsLatin(inner)) glosses.push({ open, close, parts: splitInsideUtf16(inner) });
    else if (spellsLatinLetters(inner.trim())) spelledLetters.push({ open, close });
    else {
      const thai = thaiShortFormMatch(text, open, close, words) ?? bodyReadingMatch(text, open, close);
      if (thai) found.push(thai);
    }
  }
  const spelledOut = expansionsIn(text, glosses);
  // `คณะกรรมการส่งเสริมการลงทุน (บีโอไอ)`: a Latin short form spelt out in Thai letter names.
  for (const { open, close } of spelledLetters) {
    const inner = text.slice(open + 1, close);
    const start = open + 1 + (inner.length - inner.trimStart().length);
    const shortForm = inner.trim();
    const thai = spelledShortFormName(text, open, shortForm, words, spelledOut, (gloss) => findThaiSpan(text, open, words, gloss));
    if (thai) found.push({ paren: [open, close + 1], pattern: 'TH-ACR', thai, acronym: [start, start + shortForm.length] });
  }
  for (const inside of glosses) {
    const { open, close } = inside;
    const parts = asKnownShortForm(text.slice(open + 1, close), inside.parts, spelledOut);
    const english = shift(parts.english, open + 1);
    const acronym = shift(parts.acronym, open + 1);
    const englishText = english && text.slice(...english);
    const acronymText = acronym && text.slice(...acronym);
    const firstWord = englishText?.split(/[\s\-–:,]/u)[0] ?? '';
    const readAfter = firstWord.length >= 3 && isReadAfter(text, close, firstWord, words);
    // A short form alone is found by what it stands for: as the document spells it out elsewhere, or as news usually does.
    // The table of the fields' short forms gives the English but not the term's length.
    const known = acronymText ? (spelledOut.get(acronymText) ?? loadAcronymExpansions().get(acronymText)) : undefined;
    const common = englishText || known || !acronymText ? undefined : COMMON_ACRONYMS.get(acronymText);
    const gloss = englishText ?? known ?? common;
    // A short form alone that nothing spells out: its letters may be the initials of the English
    // the Thai words before it translate (`กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (DE)`).
    const byInitials = !gloss && acronymText && /^[A-Z]{2,6}$/u.test(acronymText) ? initialsNameBefore(text, open, acronymText, words) : null;
    const evidence = gloss && acronymText ? withWordsBesideShortForm(gloss, acronymText) : gloss;
    const thai = readAfter
      ? null
      : (byInitials ?? findThaiSpan(text, open, words, { english: evidence, acronym: acronymText, expanded: common !== undefined }));
    const match: ParentheticalMatch = { paren: [open, close + 1], pattern: parts.pattern };
    if (thai && !tooShortFor(text.slice(...thai), englishText)) match.thai = thai;
    if (english) match.english = english;
    if (acronym) match.acronym = acronym;
    found.push(match);
  }
  sameTermAsDefined(text, found);
  return found.sort((a, b) => a.paren[0] - b.paren[0]);
}

/**
 * The English the Thai term is weighed against: a short form written with words of the name
 * beside it (`GFSR Launch`, `NDP Co.`, `JWG on Trade`) names part of the term in those words, as
 * the English before it does (`การเปิดตัว` for Launch, `บริษัท` for Co.). Those are the words
 * with a small letter of a short form of two words or more; a short form of one word is all short
 * form, small letters or not (`NGOs`, `GenAI`).
 */
function withWordsBesideShortForm(english: string, shortForm: string): string {
  const parts = shortForm.split(/\s+/u);
  const beside = parts.length > 1 ? parts.filter((word) => /\p{Ll}/u.test(word)) : [];
  return beside.length ? `${english} ${beside.join(' ')}` : english;
}

/**
 * Whether a Thai term is too short to translate its English: a word of three letters or fewer
 * says no name of two English words or more (`มูลค่าสูง (High Value)`: สูง; `ระบบแชท (Chat)`
 * keeps its one word). The span finder took the last word only where no longer stretch fitted.
 */
const tooShortFor = (thai: string, english: string | undefined): boolean =>
  english !== undefined && thai.length <= 3 && (english.match(/\p{L}+/gu) ?? []).length >= 2;

/**
 * A short form alone in a parenthesis right after the Thai term the document paired it with
 * where it spelt the short form out (`โรค… (Novel …: NFP)`, later `สถานการณ์โรค… (NFP)`) has that
 * term: the words glued before it are the sentence's.
 */
function sameTermAsDefined(text: string, found: ParentheticalMatch[]): void {
  const defined = new Map<string, string>();
  for (const m of found) if (m.english && m.acronym && m.thai) defined.set(text.slice(...m.acronym), text.slice(...m.thai));
  if (!defined.size) return;
  for (const m of found) {
    if (m.english || !m.acronym || m.pattern === 'TH-ACR') continue;
    const term = defined.get(text.slice(...m.acronym));
    let end = m.paren[0];
    while (end > 0 && /\s/u.test(text[end - 1])) end--;
    if (term && end >= term.length && text.startsWith(term, end - term.length)) m.thai = [end - term.length, end];
  }
}

/**
 * A word alone in the parenthesis that the document spells out as a short form elsewhere, or that
 * news uses as one, is one though written in lower case (`(depa)`, spelt out as `Digital Economy
 * Promotion Agency: depa`): its English is then what it stands for.
 */
function asKnownShortForm(inner: string, parts: InsideParts, spelledOut: ReadonlyMap<string, string>): InsideParts {
  if (parts.pattern !== 'EN' || !parts.english) return parts;
  const word = inner.slice(...parts.english);
  const known = spelledOut.has(word) || usedAsShortForm(word);
  return known && /^[\p{L}\p{N}&.-]+$/u.test(word) ? { pattern: 'ACR', acronym: parts.english } : parts;
}

/** The short forms a document spells out in its parentheses (`(Gross Domestic Product: GDP)`), with their English. */
function expansionsIn(text: string, glosses: readonly { open: number; parts: InsideParts }[]): Map<string, string> {
  const spelled = new Map<string, string>();
  for (const { open, parts } of glosses) {
    if (!parts.english || !parts.acronym) continue;
    const shortForm = text.slice(...shift(parts.acronym, open + 1)!);
    if (!spelled.has(shortForm)) spelled.set(shortForm, text.slice(...shift(parts.english, open + 1)!));
  }
  return spelled;
}
