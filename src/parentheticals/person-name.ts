import type { Range } from './split-inside.js';
import type { Chunk } from './term-chunks.js';
import { ENGLISH_HONORIFIC, ENGLISH_PERSON_TITLE, PERSON_TITLE } from './thai-vocabulary.js';
import type { WordBoundaries } from './word-boundaries.js';

/** Longest part of a Thai personal name in UTF-16 units (titles come on top); a longer chunk is prose. */
const MAX_NAME_PART = 16;
/** The same for the part that carries the titles (`ศาสตราจารย์นายแพทย์เดวิด`). */
const MAX_TITLED_NAME_PART = 28;

/**
 * Where a personal title starts in a chunk: the first word start that opens one (`หารือกับนายX`),
 * near enough to the chunk's end for a name.
 */
function titleStart(text: string, chunk: Chunk, words: WordBoundaries): number {
  for (let at = Math.max(chunk.start, chunk.end - MAX_TITLED_NAME_PART); at < chunk.end; at++) {
    if (at !== chunk.start && !words.isBoundary(at)) continue;
    if (PERSON_TITLE.test(text.slice(at, chunk.end))) return at;
  }
  return -1;
}

/** Where a personal title that ends the chunk starts (`ชื่นชม|ศาสตราจารย์`, `รศ.`), or -1. */
function titleEndingChunk(text: string, chunk: Chunk, words: WordBoundaries): number {
  for (let at = Math.max(chunk.start, chunk.end - MAX_TITLED_NAME_PART); at < chunk.end; at++) {
    if (at !== chunk.start && !words.isBoundary(at)) continue;
    const title = PERSON_TITLE.exec(text.slice(at, chunk.end));
    if (title && at + title[0].length === chunk.end) return at;
  }
  return -1;
}

/** Words of English names of organisations, events and things, never of a person. */
const NOT_NAME_WORDS = new Set(
  (
    'organization organisation council committee commission bank center centre fund agency office association institute ' +
    'university forum program programme project system network day award international national world economic development ' +
    'ministry department trade union corridor conference summit group company foundation service services hospital school ' +
    'airport plan policy strategy framework agreement city village park index market card platform week festival'
  ).split(' '),
);

/** Words that join the parts of an Arabic or Malay name: son or daughter of. */
const NAME_CONNECTORS = new Set(['bin', 'binti', 'bint', 'ibn']);

/** A personal name in English: two to five capitalised words (`Harry B. Harris, Jr.`), no acronym. */
const ENGLISH_NAME = /^\p{Lu}(?:\p{Ll}[\p{Ll}'’-]*|\.)?,?(?:\s+\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\.)?,?){1,4}$/u;

/**
 * Whether the English is a person's name after an honorific (`H.E. Mr. Qamrul Islam`, `His
 * Highness Tunku Idris Ibrahim`) and the Thai right before the parenthesis is too long for a part
 * of a name (`รัฐมนตรีว่าการกระทรวงอาหารบังกลาเทศ`, a role): then no Thai before it is the name.
 */
export function honorificNameAfterNoName(english: string, chunks: readonly Chunk[]): boolean {
  return chunks.length > 0 && chunks[0].end - chunks[0].start > MAX_NAME_PART && honorificName(english);
}

/** Whether the English is an honorific and one to six capitalised words, none a word of a body's or a thing's name. */
function honorificName(english: string): boolean {
  const title = ENGLISH_HONORIFIC.exec(english);
  if (!title) return false;
  const names = english.slice(title[0].length).trim().split(/\s+/u).filter(Boolean);
  return (
    names.length >= 1 && names.length <= 6 && names.every((w) => /^\p{Lu}[\p{L}.'’-]*,?$/u.test(w) && !NOT_NAME_WORDS.has(w.replace(/,$/u, '').toLowerCase()))
  );
}

/**
 * A person's name: from the Thai title (นาย, ดร., พลเอก ...) to the parenthesis, when the English
 * is a name with a title or looks like one; Thai writes a name's parts in as many chunks.
 */
export function personSpan(text: string, chunks: Chunk[], english: string, words: WordBoundaries): Range | null {
  const title = ENGLISH_PERSON_TITLE.exec(english);
  const name = english.slice(title ? title[0].length : 0).trim();
  if (!title && (!ENGLISH_NAME.test(name) || name.split(/\s+/u).some((w) => NOT_NAME_WORDS.has(w.toLowerCase())))) return null;
  const parts = name.split(/\s+/u).filter(Boolean);
  const names = parts.length;
  // Arabic and Malay names join a father's name with bin or binti (`Khalid bin Ahmed bin Mohamed Al Khalifa`).
  if (names === 0 || names > (parts.some((w) => NAME_CONNECTORS.has(w.toLowerCase())) ? 8 : 5)) return null;
  // The Thai writes each title apart as the English does (`ดาโต๊ะ ซรี`, Datuk Seri), and may add one.
  const titles = title ? title[0].trim().split(/\s+/u).length : 0;
  for (let k = 0; k < Math.min(chunks.length, names + titles + 1); k++) {
    let start = titleStart(text, chunks[k], words);
    if (start >= 0) {
      // Titles written apart belong to the name too (`ศาสตราจารย์ ดร. แมรี่`).
      for (let j = k + 1; j < chunks.length && start === chunks[j - 1].start; j++) {
        const before = titleEndingChunk(text, chunks[j], words);
        if (before < 0) break;
        start = before;
      }
      return [start, chunks[0].end];
    }
    if (chunks[k].end - chunks[k].start > MAX_TITLED_NAME_PART) break;
  }
  const nameChunks = chunks.slice(0, names);
  if (title && nameChunks.length === names && nameChunks.every((c) => c.end - c.start <= MAX_NAME_PART)) {
    return [nameChunks[names - 1].start, chunks[0].end];
  }
  return null;
}
