import { THAI_LETTER, isSpaceAt } from './characters.js';
import { englishKey } from './english-words.js';
import { MEASURE_UNITS } from '../thai/measure-units.js';

/** Characters no glossed term crosses: line breaks, tabs, and all punctuation but `.-–—/&`. */
const HARD_BOUNDARY = /[^\p{L}\p{M}\p{N} \u00A0\u2000-\u200B\u202F\u3000.\-–—/&]/u;
/** HARD_BOUNDARY's answer for each UTF-16 unit, kept once asked (0 not asked yet, 1 a boundary, 2 not): the chunks are read a character at a time. */
const hardBoundaryUnits = new Uint8Array(0x10000);

/** A hard boundary at `i`, but a colon when `crossColons` (a function of the module, not an arrow made per call, which is compiled again and again). */
function isHardBoundaryCrossing(text: string, i: number, crossColons: boolean): boolean {
  return isHardBoundaryAt(text, i) && !(crossColons && text[i] === ':');
}

/** Whether a unit of measure is written at `at`. */
function startsWithMeasureUnit(text: string, at: number): boolean {
  for (const unit of MEASURE_UNITS) if (text.startsWith(unit, at)) return true;
  return false;
}

/** Whether the unit at `i` is a hard boundary. */
function isHardBoundaryAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (hardBoundaryUnits[unit] === 0) hardBoundaryUnits[unit] = HARD_BOUNDARY.test(text[i]) ? 1 : 2;
  return hardBoundaryUnits[unit] === 1;
}
/** A list number at the start of a chunk (`1.การ...`, `2)`), which the term does not include. */
const LIST_NUMBER = /^[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)](?![0-9๐-๙])/u;
const LATIN = /[A-Za-z]/u;
/** What follows the last Latin letter of a chunk. */
const LAST_LATIN = /[A-Za-z]([^A-Za-z]*)$/u;
const DASH_ONLY = /^[-–—]+$/u;
const COUNT = /^[0-9๐-๙]{1,3}$/u;
/** A number with decimals, which a name holds before a unit of measure (`ฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน`), not before other words (`15.30 น.`, a heading `2.3 โครงการ…`). */
const DECIMAL = /^[0-9๐-๙]{1,3}\.[0-9๐-๙]{1,2}$/u;
/** Longest stretch searched for a term's left edge, in UTF-16 units. */
const MAX_TERM_LENGTH = 240;

/** A space-separated run of text between `start` and `end` (UTF-16). */
export interface Chunk {
  start: number;
  end: number;
}

/** A chunk of Latin letters and digits only, as a short form or a word inside a Thai name. */
const LATIN_WORD = /^[A-Za-z0-9][A-Za-z0-9&.-]*$/u;

/** Whether a Latin chunk is one the English has too (`กระทรวง SMEs และ Startups`, Ministry of SME and Startup). */
function sharedWithEnglish(body: string, english: ReadonlySet<string>): boolean {
  const word = body.toLowerCase().replace(/[.-]+$/u, '');
  return LATIN_WORD.test(body) && (english.has(word) || english.has(englishKey(word) ?? ''));
}

/**
 * The space-separated chunks a term may take, nearest first, from `end` back to the first hard
 * boundary (punctuation, a bracket, a line break, a Latin word the English does not have, a
 * heading number). `english` holds the English words and their keys. With `crossColons`, for
 * English that has a colon itself (a title and its subtitle: `Drug Policy : A New Approach`), a
 * colon is no boundary.
 */
export function chunksBefore(text: string, end: number, english: ReadonlySet<string>, crossColons = false): Chunk[] {
  const chunks: Chunk[] = [];
  const limit = Math.max(0, end - MAX_TERM_LENGTH);
  let i = end;
  while (i > limit) {
    while (i > limit && isSpaceAt(text, i - 1) && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
    const chunkEnd = i;
    while (i > limit && !isSpaceAt(text, i - 1) && !isHardBoundaryCrossing(text, i - 1, crossColons)) i--;
    if (i === chunkEnd) break;
    const listNumber = LIST_NUMBER.exec(text.slice(i, chunkEnd));
    const chunk = { start: listNumber ? i + listNumber[0].length : i, end: chunkEnd };
    if (chunk.start === chunk.end) break;
    const body = text.slice(chunk.start, chunk.end);
    if (LATIN.test(body)) {
      if (sharedWithEnglish(body, english)) {
        chunks.push(chunk);
        continue;
      }
      // Thai glued to Latin text (`Smart Farmerการพัฒนา`) starts after it.
      const thai = LAST_LATIN.exec(body);
      if (thai?.[1] && THAI_LETTER.test(thai[1])) chunks.push({ start: chunk.end - thai[1].length, end: chunk.end });
      break;
    }
    // A spaced dash joins the parts of a name (`สหรัฐอเมริกา – อาเซียน`).
    if (DASH_ONLY.test(body) || (crossColons && body === ':')) continue;
    // So does a number the English writes too, before its subtitle (`… 2018: …`, for `… 2018: …`).
    if (crossColons && chunks.length > 0 && english.has(body.replace(/:$/u, '')) && /^[0-9]+:?$/u.test(body)) {
      chunks.push(chunk);
      continue;
    }
    // A numbered heading (`2.2 การ...`) opens a stretch of Thai; a count (`คณะทำงาน 4 ประเทศ`) or a measure
    // (`2.5 ไมครอน`) may be inside a name.
    const measure = DECIMAL.test(body) && chunks.length > 0 && startsWithMeasureUnit(text, chunks[chunks.length - 1].start);
    if (chunks.length > 0 && !THAI_LETTER.test(body) && !COUNT.test(body) && !measure) break;
    chunks.push(chunk);
    if (listNumber || (i > limit && isHardBoundaryCrossing(text, i - 1, crossColons))) break;
  }
  return chunks;
}
