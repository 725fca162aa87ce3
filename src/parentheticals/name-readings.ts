import { toAsciiDigits } from '../thai/digits.js';
import { latinLettersOf } from '../thai/latin-letter-names.js';
import { isShortForm } from './acronym-matcher.js';
import { hasSoundedLetter, pronunciationStart } from './acronym-transliteration.js';
import type { Chunk } from './term-chunks.js';
import { PERSON_TITLE } from './thai-vocabulary.js';
import { afterGluedStopWord, isWordStart, stopWordBefore } from './word-roles.js';
import type { WordBoundaries } from './word-boundaries.js';

/** English words that no Thai reading stands for: function words and the forms of companies. */
const UNREAD = new Set(['of', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'inc', 'co', 'ltd', 'plc', 'corp', 'fc']);

/** The English words of `english` a Thai reading may stand for, and its numbers. */
function readableWords(english: string): string[] {
  return english
    .split(/[\s\-–—/,:;]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && !UNREAD.has(w.toLowerCase()));
}

/**
 * A short form may be read as a word (ASEAN อาเซียน) or translated (อาเซียน for ASEAN too), and The
 * read (เดอะ) or left out: a whole reading needs only the other words.
 */
const required = (word: string): boolean => (!isShortForm(word) || /^\p{N}+$/u.test(word)) && word.toLowerCase() !== 'the';

/** Readings too short for the consonants to tell. */
const SHORT_READINGS: Record<string, readonly string[]> = { the: ['เดอะ', 'เดอ'] };

/**
 * Where the Thai reading of the English word (or the same number) that ends the chunk starts: at
 * the chunk's start, or at a word start inside it (รายงานของ|นิกเคอิ); -1 when the chunk does not end with one.
 */
function readingStart(text: string, chunk: Chunk, word: string, words: WordBoundaries): number {
  const body = text.slice(chunk.start, chunk.end);
  if (/^\p{N}+$/u.test(word)) return toAsciiDigits(body) === word ? chunk.start : -1;
  const short = SHORT_READINGS[word.toLowerCase()];
  if (short) return short.includes(body) ? chunk.start : -1;
  const isStart = (at: number): boolean => at === chunk.start || (at > chunk.start && (words.isBoundary(at) || afterGluedStopWord(text, at, words)));
  if (isShortForm(word)) {
    const spelled = spelledStart(text, chunk, word.toUpperCase(), isStart);
    if (spelled >= 0) return spelled;
  }
  const start = pronunciationStart(text, chunk.end, word, isStart);
  // Thai reads an English plural as its singular (ไมโครพลาสติก for Microplastics)
  return start < 0 && PLURAL.test(word) ? pronunciationStart(text, chunk.end, word.slice(0, -1), isStart) : start;
}
const PLURAL = /[^sS][sS]$/u;

/** Most Thai units of a short form spelt out by its letters' names (`ยูเอส` for U.S.). */
const MAX_SPELLED = 20;

/** Where a spelling of `letters` by their Thai names ends `chunk` (`รายการ|ยูเอส`, U.S.), else -1. */
function spelledStart(text: string, chunk: Chunk, letters: string, isStart: (at: number) => boolean): number {
  for (let at = Math.max(chunk.start, chunk.end - MAX_SPELLED); at < chunk.end - 1; at++) {
    if (isStart(at) && latinLettersOf(text.slice(at, chunk.end)).includes(letters)) return at;
  }
  return -1;
}

/** Longest title written onto a name, in UTF-16 units (ศาสตราจารย์ ดร. …). */
const MAX_TITLE = 28;

/** Where a personal title that ends at `start` begins (at a word start after `from`), else `start`. */
function withTitleBefore(text: string, from: number, start: number, words: WordBoundaries): number {
  for (let at = Math.max(from, start - MAX_TITLE); at < start; at++) {
    if (at !== from && !words.isBoundary(at)) continue;
    const title = PERSON_TITLE.exec(text.slice(at, start));
    if (title && at + title[0].length === start) return at;
  }
  return start;
}

/** Fewest letters of an English word for a Thai reading of it alone to be trusted: shorter ones read by chance. */
export const MIN_READ_LETTERS = 5;

/** Shortest Thai reading, in UTF-16 units, that is a reading for sure when the whole English is not read. */
const MIN_SURE_READING = 5;
/** The same for a reading written right after other Thai, which a word read by chance more often is. */
const MIN_SURE_WRITTEN_ON = 7;

export interface Readings {
  /** Where the farthest reading starts. */
  leftmost: number;
  /** Where each reading ends, of the readings long enough to be sure of. */
  ends: number[];
  /** Whether the chunks from `leftmost` on are all readings, of the whole English. */
  whole: boolean;
}

/** Chunks without a reading that may come between the parenthesis and a reading (เอเชีย in นิกเคอิ เอเชีย). */
const MAX_GAP = 2;

/**
 * The first word of `wanted` not yet `read` whose Thai reading ends `chunk`: its index, with
 * where the reading starts in `found.start`; -1 when none is read there. A loop, not findIndex()
 * with an arrow made per chunk, which is compiled over and over.
 */
function firstUnreadReading(
  text: string,
  chunk: Chunk,
  wanted: readonly string[],
  read: ReadonlySet<number>,
  words: WordBoundaries,
  found: { start: number },
): number {
  for (let k = 0; k < wanted.length; k++) {
    if (read.has(k)) continue;
    const start = readingStart(text, chunk, wanted[k], words);
    if (start >= 0) {
      found.start = start;
      return k;
    }
  }
  return -1;
}

/**
 * How the space-separated chunks before a parenthesis read the English names in it, walking from
 * the parenthesis: `leftmost`, the start of the farthest chunk that is a Thai reading of one of
 * its words (นิกเคอิ for Nikkei, ไทยแลนด์ for Thailand) or its number (2019), with at most two
 * chunks without one between readings; `whole`, whether every chunk up to it is a reading and
 * every word is read: the Thai is then a reading of the whole name. Null when no chunk reads.
 */
export function readingsOf(text: string, chunks: readonly Chunk[], english: string, words: WordBoundaries): Readings | null {
  const wanted = readableWords(english);
  if (!wanted.some((w) => /\p{L}/u.test(w) && required(w))) return null;
  const read = new Set<number>();
  const found = { start: -1 };
  let leftmost = -1;
  const ends: number[] = [];
  let gap = 0;
  let unread = 0;
  for (const chunk of chunks) {
    const i = firstUnreadReading(text, chunk, wanted, read, words, found);
    let start = found.start;
    if (i < 0) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    read.add(i);
    unread += gap;
    gap = 0;
    leftmost = start;
    // Short words read by chance too often (อาศัย, เงิน) for a reading alone to say where a term starts;
    // a reading starts for sure at a chunk's start or after a stop word (รายงานของ|นิกเคอิ).
    // Written onto other Thai (สำนักข่าว|นิกเคอิ), a reading is sure when it is long.
    const apart = start === chunk.start || stopWordBefore(text, start, words) !== null;
    const least = apart ? MIN_SURE_READING : MIN_SURE_WRITTEN_ON;
    if (chunk.end - start >= least && wanted[i].length >= least - 1) ends.push(chunk.end);
    if (start === chunk.start) continue;
    // Readings of more English words written together (แกรนด์สแลม for Grand Slam) go on leftwards within the chunk.
    while (start > chunk.start) {
      const k = firstUnreadReading(text, { start: chunk.start, end: start }, wanted, read, words, found);
      if (k < 0) break;
      read.add(k);
      start = found.start;
    }
    leftmost = start;
    if (start === chunk.start) continue;
    // Thai written onto the reading ends the readings; a title or The among it belongs to the name (พบกับ|นาย|ฟิลิป, เดอะมอลล์).
    leftmost = withTitleBefore(text, chunk.start, start, words);
    const the = wanted.findIndex((w, k) => !read.has(k) && w.toLowerCase() === 'the');
    const theReading = SHORT_READINGS.the.find((r) => start - r.length >= chunk.start && text.startsWith(r, start - r.length));
    if (the >= 0 && theReading) {
      read.add(the);
      leftmost = start - theReading.length;
    }
    break;
  }
  if (leftmost < 0) return null;
  // A word the English opens with and the Thai does not read (AMATA of อมตะ ซิตี้ ฮาลอง) may be translated further left.
  const opens = wanted.findIndex((w) => w.toLowerCase() !== 'the');
  return { leftmost, ends, whole: unread === 0 && read.has(opens) && wanted.every((w, k) => read.has(k) || !required(w)) };
}

/** Most English words read as one Thai word, and fewest Latin letters they hold, for a joined reading. */
const MAX_JOINED_WORDS = 3;
const MIN_JOINED_LETTERS = 6;

/**
 * Whether a word can be part of a joined reading: letters only, and, unless a single letter (the
 * e of e-Commerce), a letter that a reading must sound (พรีเมี่ยม reads Premium alone, not Premium Area).
 */
const joinable = (word: string): boolean => /^\p{L}+$/u.test(word) && required(word) && (word.length === 1 || hasSoundedLetter(word));

/**
 * Where one Thai word that reads every word of a short English name in turn starts, written
 * together right before `end` (แฮตทริก for Hat-trick), or -1. The segmenter may cut such a
 * loanword anywhere (แฮตท|ริก), so only the whole reading's start need be a word start; the
 * English's letters are read as one run, so their consonants must all be sounded in order.
 */
export function joinedReadingStart(text: string, end: number, english: string, words: WordBoundaries): number {
  const wanted = readableWords(english);
  if (wanted.length < 2 || wanted.length > MAX_JOINED_WORDS || !wanted.every(joinable)) return -1;
  const joined = wanted.join('');
  if (joined.length < MIN_JOINED_LETTERS) return -1;
  return pronunciationStart(text, end, joined, (at) => isWordStart(text, at, words));
}
