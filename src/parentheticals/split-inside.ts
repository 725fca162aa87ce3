import { abbreviates, isShortForm, nearlyAbbreviates } from './acronym-matcher.js';
import { CodePointIndex } from '../core/code-points.js';
import { isSpaceAt } from './characters.js';

/** How the inside of a parenthesis is laid out, after the forms seen in Thai news. */
export type InsidePattern = 'EN' | 'ACR' | 'EN:ACR' | 'ACR:EN' | 'EN-ACR' | 'ACR-EN' | 'EN,ACR' | 'ACR,EN' | 'EN(ACR)';

/** A half-open range of indices into a text: code points where exported, UTF-16 units inside the parenthetical finder. */
export type Range = [start: number, end: number];

export interface InsideParts {
  pattern: InsidePattern;
  english?: Range;
  acronym?: Range;
}

function trim(text: string, [start, end]: Range): Range {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return [start, end];
}

const slice = (text: string, [start, end]: Range): string => text.slice(start, end);

/** Closing quotation marks by the opening ones. */
const CLOSING_QUOTES: Readonly<Record<string, string>> = { '“': '”', '"': '"', '‘': '’', "'": "'" };

/** What a pair of quotation marks around the whole of `range` encloses, trimmed; null when they do not enclose it. */
function unquoted(text: string, [start, end]: Range): Range | null {
  const closing = CLOSING_QUOTES[text[start]];
  if (!closing || end - start < 3 || text[end - 1] !== closing) return null;
  // Two quoted names (`“The Belt and Road” and “Thailand 4.0”`) are no one quotation.
  if (text.slice(start + 1, end - 1).includes(closing)) return null;
  return trim(text, [start + 1, end - 1]);
}

/**
 * The short form at the start of `range`, when what follows it is nothing or a trailing note
 * after `,` `;` or `(` (`WHO, 2020`), which belongs to neither the English nor the acronym.
 */
function leadingShortForm(text: string, range: Range, english = '', afterColon = false): Range | null {
  const [start, end] = trim(text, range);
  let stop = start;
  while (stop < end && !isSpaceAt(text, stop) && !',;('.includes(text[stop])) stop++;
  const candidate: Range = [start, stop];
  const rest = trim(text, [stop, end]);
  if (rest[0] < rest[1] && !',;('.includes(text[rest[0]])) return null;
  const short = slice(text, candidate);
  if (isShortForm(short) || initialsOf(short, english) || clippedFrom(short, english) || blendOf(short, english)) return candidate;
  return afterColon && lettersOf(short, english) ? candidate : null;
}

/**
 * Whether `short`, written after a colon, is made of the English's letters in order, the first of
 * them its first (`Thailand Industrial Design Center : Thai-idc`, `Protocol 29 : P29`, `Green : G`,
 * `Card Management System : CardM`): a body's own spelling of its short form, which the colon
 * marks as one. A word the English does not spell so (a place, `… Career Center : Samutprakan`) is
 * none.
 */
function lettersOf(short: string, english: string): boolean {
  if (short.length > 12 || !/^\p{Lu}/u.test(short)) return false;
  const words = lowerCaseWords(english);
  const letters = words.join('');
  const wanted = lowerCaseWords(short).join('');
  if (!wanted || wanted[0] !== letters[0] || wanted.length >= letters.length) return false;
  // A word of the English is no short form of it (`Premier League: Premier`), nor is a one-word
  // English cut short (`Bangkok: Bang`) unless in capitals (`Green : G`).
  if (words.includes(wanted) || (words.length === 1 && !/^[\p{Lu}\p{N}]+$/u.test(short))) return false;
  let at = 0;
  for (const ch of wanted) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The capitalised parts of a blend (`Fis|Tech`, `Inno|Agri`), each a capital and lower-case letters. */
const BLEND = /^(?:\p{Lu}\p{Ll}+){2,4}$/u;
const BLEND_PART = /\p{Lu}\p{Ll}+/gu;

/**
 * Whether `short` is a blend of the English's words (`Fiscal Technology: FisTech`, `Innovative
 * Agriculture: InnoAgri`, `Korea Biotechnology Industry Organization: KoreaBio`): its capitalised
 * parts are the openings of English words in order, the first of the first word. Bodies and
 * programmes brand their short forms so; read only where a separator says a short form follows.
 */
function blendOf(short: string, english: string): boolean {
  if (!BLEND.test(short)) return false;
  const words = english
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const parts = (short.match(BLEND_PART) ?? []).map((part) => part.toLowerCase());
  let w = 0;
  for (const [i, part] of parts.entries()) {
    while (w < words.length && !words[w].startsWith(part)) {
      if (i === 0) return false;
      w++;
    }
    if (w === words.length) return false;
    w++;
  }
  return true;
}

/**
 * A short form of two capitals joined by `to` or `2` (`Government to Government: G to G`, `Education
 * to Employment: E to E`) whose capitals open the English's words on either side of its own `to`.
 */
function letterToLetter(phrase: string, english: string): boolean {
  const short = /^(\p{Lu}) (?:to|2) (\p{Lu})$/u.exec(phrase);
  const long = /^(\p{L})[\p{L}-]* (?:.* )?to (\p{L})/iu.exec(english.trim());
  return short !== null && long !== null && short[1] === long[1].toUpperCase() && short[2] === long[2].toUpperCase();
}

/** Whether `short` is the English's first word cut short (`Federal Reserve: Fed`), a name's clipping used as its short form. */
function clippedFrom(short: string, english: string): boolean {
  const words = english.trim().split(/\s+/u);
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(short) && words.length >= 2 && words[0].length > short.length && words[0].toLowerCase().startsWith(short.toLowerCase());
}

/** Word initials of English: the first letter of each word, hyphenated parts too (`Geo-Informatics`). */
const WORD_INITIALS = /(?<![\p{L}\p{N}])\p{L}/gu;
/** Shortest lower-case short form read from the initials of the English. */
const MIN_INITIALS = 3;

/**
 * Whether `short`, a word in lower or mixed case that is no short form by its capitals (`depa`,
 * `gistda`), is made of the English's word initials in order, the first word's included: bodies
 * brand their short forms in lower case, and a lower-case word spelling the initials is no word
 * of the English.
 */
function initialsOf(short: string, english: string): boolean {
  if (short.length < MIN_INITIALS || short.length > 8 || !/^\p{L}+$/u.test(short)) return false;
  const initials = (english.match(WORD_INITIALS) ?? []).map((c) => c.toLowerCase());
  const letters = short.toLowerCase();
  if (initials[0] !== letters[0]) return false;
  let i = 0;
  for (const letter of letters) {
    while (i < initials.length && initials[i] !== letter) i++;
    if (i === initials.length) return false;
    i++;
  }
  return true;
}

/** The separators between an English name and its short form, in the order they are tried. */
/** A semicolon does what a colon does (`International Maritime Organization; IMO`), and so does `=` (`PrEP = Pre-Exposure Prophylaxis`). */
const COLON = /\s*[:：;=]\s*/gu;
const DASH = /\s+[-–—]+\s*|\s*[–—]+\s+|\s*-\s+/gu;
/** `Internet of Things หรือ IoT`: the other name of the same thing, Thai or English `or`. */
const OR = /\s+(?:หรือ|or)\s+/gu;

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

function firstMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** Words written with a short form in a longer one (`JWG on Trade`, `GCC 1111`, `Maritime ECS`). */
const PHRASE_WORD = /^(?:\p{Lu}[\p{L}\p{N}&.-]*|\p{N}+|of|on|for|and|in|the)$/u;
/** Longest short form written with words, in UTF-16 units. */
const MAX_PHRASE = 30;

/**
 * Whether [start, end) of `text` is a short form written with a word or a number (`AHA Centre`,
 * `NRCT AQC`, `JWG on Trade`, `GCC 1111`): two to four words, one of them a short form, the
 * others capitalised words, numbers or function words; and it stands for `english`: its short
 * forms spell the English, or a word of it is one the English has too (Centre).
 */
function isShortFormPhrase(text: string, [start, end]: Range, english: string): boolean {
  const phrase = text.slice(start, end);
  const words = phrase.split(/\s+/u).filter(Boolean);
  if (words.length < 2 || words.length > 4 || phrase.length > MAX_PHRASE || !words.every((w) => PHRASE_WORD.test(w) || isShortForm(w))) return false;
  const short = words.filter(isShortForm);
  if (!short.length) return false;
  // An event's short form with its year, opening as the English does (`Busan International Film
  // Festival : BIFF 2019`, `R2M 2017`; not `ASEAN 2025 : Forging ahead together`).
  const opening = english.trimStart()[0]?.toLowerCase();
  if (words.length === 2 && short[0] === words[0] && YEAR.test(words[1]) && words[0][0].toLowerCase() === opening) return true;
  const englishWords = new Set(lowerCaseWords(english));
  if (words.some((w) => !isShortForm(w) && w.length > 3 && englishWords.has(w.toLowerCase()))) return true;
  // Its short forms spell the English together, or one of three letters or more that is no word of
  // the English does (`ROCB A/P`, the Regional Office for Capacity Building of Asia/Pacific; not
  // `MAKER SPACE: FROM MAKER TO INNOVATOR`).
  const spells = (w: string): boolean => w.replace(/[^\p{L}]/gu, '').length >= 3 && !englishWords.has(w.toLowerCase()) && abbreviates(w, english);
  return abbreviates(short.join(' '), english) || short.some(spells);
}

/** The words of `english` in lower case, letters and digits only. */
function lowerCaseWords(english: string): string[] {
  return english
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A year written after a short form. */
const YEAR = /^(?:19|20)\d\d$/u;

/** The short form, or short form with words, at the start of `range`, without a trailing note. */
function leadingShortFormOrPhrase(text: string, range: Range, english: string, afterColon: boolean): Range | null {
  const single = leadingShortForm(text, range, english, afterColon);
  if (single) return single;
  const [start, end] = trim(text, range);
  let stop = start;
  while (stop < end && !',;('.includes(text[stop])) stop++;
  const phrase = trim(text, [start, stop]);
  return isShortFormPhrase(text, phrase, english) || letterToLetter(slice(text, phrase), english) ? phrase : null;
}

/**
 * Whether a short form written first stands for the English after a colon though its letters do
 * not all spell it: it spells it but for a prefix of up to two letters (UNWTO, World Tourism
 * Organization), or opens with the English's first letter (SIT, Science Technology Innovation).
 */
function leadsEnglish(short: string, english: string): boolean {
  if (nearlyAbbreviates(short, english) || abbreviates(short.slice(1), english) || abbreviates(short.slice(2), english)) return true;
  return short[0].toLowerCase() === english.trimStart()[0]?.toLowerCase();
}

/** Splits at a separator: English then short form, or short form then English. */
function splitAt(text: string, pattern: RegExp, englishFirst: InsidePattern, acronymFirst: InsidePattern): InsideParts | null {
  const last = lastMatch(text, pattern);
  if (last && last.index > 0) {
    const english = trim(text, [0, last.index]);
    const acronym = leadingShortFormOrPhrase(text, [last.index + last[0].length, text.length], slice(text, english), pattern === COLON);
    if (acronym && english[1] > english[0] && !isShortForm(slice(text, english))) {
      return { pattern: englishFirst, english, acronym };
    }
  }
  const first = firstMatch(text, pattern);
  if (first && first.index > 0) {
    const acronym = trim(text, [0, first.index]);
    const english = trim(text, [first.index + first[0].length, text.length]);
    const short = slice(text, acronym);
    const long = slice(text, english);
    if (!/\s/u.test(long)) return null;
    // A short form first is often a qualifier (`ASEAN – Australia Special Summit`): after a dash its
    // letters must spell the English; a colon says it is the short form (`UNWTO: World Tourism Organization`).
    const colon = pattern === COLON;
    if ((isShortForm(short) && (abbreviates(short, long) || (colon && leadsEnglish(short, long)))) || initialsOf(short, long)) {
      return { pattern: acronymFirst, english, acronym };
    }
    if (colon && isShortFormPhrase(text, acronym, long)) return { pattern: acronymFirst, english, acronym };
  }
  return null;
}

/** Words that make an English name the name of a body, which a short form after a comma then abbreviates. */
const BODY_WORDS =
  /\b(?:Union|Organi[sz]ation|Association|Council|Committee|Commission|Bank|Fund|Agency|Institute|Cent(?:re|er)|Office|Federation|Group|Programme|Program|Forum|Network|Authority|Board|Corporation|Company|Society|League|Foundation|University|Ministry|Department|Bureau|Alliance|Partnership|Initiative|Secretariat|Conference|Project|System)s?\b/u;
/** Letters after a person's name (`John Smith, MP`), never a short form of it. */
const POST_NOMINALS = new Set(['MP', 'MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD', 'QC', 'KC', 'Jr', 'Sr', 'MBA', 'BSc', 'MSc', 'MA', 'BA', 'CEO']);

/**
 * A comma is an ordinary part of English names (`Micro, Small and Medium Enterprises`), so a
 * short form after the last comma counts when its letters spell the English, all of them or all
 * but one, or when the English names a body and the short form is two to five capitals
 * (`International Union of Railways, UIC`), or a short form written with words that stands for
 * it (`NRCT Air Quality Information Center, NRCT AQC`). A short form in lower or mixed case counts
 * as after a colon, when it spells the English's initials (`Digital Economy Promotion Agency, depa`)
 * or clips its first word (`Federal Reserve, Fed`): a list's last item does neither. A list of
 * short forms is no definition.
 */
function splitAtComma(text: string): InsideParts | null {
  const comma = text.lastIndexOf(',');
  if (comma <= 0) return null;
  const acronym = trim(text, [comma + 1, text.length]);
  const english = trim(text, [0, comma]);
  const short = slice(text, acronym);
  const long = slice(text, english);
  const lastBefore = long.slice(long.lastIndexOf(',') + 1).trim();
  if (long.includes(',') && isShortForm(lastBefore)) return null;
  const named = isShortForm(short) && /^\p{Lu}{2,5}$/u.test(short) && !POST_NOMINALS.has(short) && BODY_WORDS.test(long);
  const branded = initialsOf(short, long) || clippedFrom(short, long);
  if ((isShortForm(short) && nearlyAbbreviates(short, long)) || named || branded || isShortFormPhrase(text, acronym, long)) {
    return { pattern: 'EN,ACR', english, acronym };
  }
  return splitAfterLeadingComma(text);
}

/**
 * A short form, a comma, then the English it spells (`NATO, North Atlantic Treaty Organization`).
 * Only when its capitals spell the English: a short form first is more often one item of a list
 * (`ASEAN, China and Japan`).
 */
function splitAfterLeadingComma(text: string): InsideParts | null {
  const comma = text.indexOf(',');
  const acronym = trim(text, [0, comma]);
  const english = trim(text, [comma + 1, text.length]);
  const short = slice(text, acronym);
  const long = slice(text, english);
  if (!isShortForm(short) || long.includes(',') || !/\s/u.test(long) || !abbreviates(short, long)) return null;
  return { pattern: 'ACR,EN', english, acronym };
}

/** `Social Investment Fund-SIF`: a hyphen without spaces counts only before letters that spell the English. */
function splitAtHyphen(text: string): InsideParts | null {
  const m = /[-–]([^\s\-–]+)\s*$/u.exec(text);
  if (!m || !isShortForm(m[1])) return null;
  const english = trim(text, [0, m.index]);
  if (!/\s/u.test(slice(text, english)) || !abbreviates(m[1], slice(text, english))) return null;
  const start = m.index + 1;
  return { pattern: 'EN-ACR', english, acronym: [start, start + m[1].length] };
}

/** `English (ACR)` written inside the parenthesis itself. */
function splitNested(text: string): InsideParts | null {
  const m = /\(\s*([^()\s]+)\s*\)\s*$/u.exec(text);
  if (!m) return null;
  const english = trim(text, [0, m.index]);
  if (english[1] <= english[0] || !(isShortForm(m[1]) || initialsOf(m[1], slice(text, english)))) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { pattern: 'EN(ACR)', english, acronym: [start, start + m[1].length] };
}

const NUMBERED_SHORT_FORM = /^(?:[0-9]{1,2}[A-Z]|[A-Z]-?[0-9]{1,3})$/u;

/** Whether `text` is a short form of one capital and a number (`5G`, `3D`, `G7`, `G20`, `U-23`), which isShortForm, wanting two capitals, is not. */
export function isNumberedShortForm(text: string): boolean {
  return NUMBERED_SHORT_FORM.test(text);
}

/** Splits the inside of a parenthesis (without the brackets) into its English and short form, as UTF-16 ranges. */
export function splitInsideUtf16(text: string): InsideParts {
  const whole = trim(text, [0, text.length]);
  // A title in quotation marks (`(“Love Never Expires”)`): the English is what they enclose.
  const quoted = unquoted(text, whole);
  if (quoted) return isShortForm(slice(text, quoted)) ? { pattern: 'ACR', acronym: quoted } : { pattern: 'EN', english: quoted };
  const parts =
    splitAt(text, COLON, 'EN:ACR', 'ACR:EN') ??
    splitAt(text, DASH, 'EN-ACR', 'ACR-EN') ??
    splitAt(text, OR, 'EN:ACR', 'ACR:EN') ??
    splitAtComma(text) ??
    splitAtHyphen(text) ??
    splitNested(text);
  if (parts) return parts;
  if (isShortForm(slice(text, whole)) || isNumberedShortForm(slice(text, whole))) return { pattern: 'ACR', acronym: whole };
  return { pattern: 'EN', english: whole };
}

/**
 * Splits the inside of a parenthesis (without the brackets) into its English and short form,
 * as code-point ranges into `text`.
 */
export function splitInside(text: string): InsideParts {
  const parts = splitInsideUtf16(text);
  const index = new CodePointIndex(text);
  const toCodePoints = ([start, end]: Range): Range => [index.toCodePoint(start), index.toCodePoint(end)];
  return {
    pattern: parts.pattern,
    ...(parts.english && { english: toCodePoints(parts.english) }),
    ...(parts.acronym && { acronym: toCodePoints(parts.acronym) }),
  };
}
