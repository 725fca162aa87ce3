import { LEADING_VOWELS, PAIYANNOI, THAI_CONSONANTS } from '../thai/characters.js';
import { BRACKETED_LEGAL_FORMS } from '../thai/company-names.js';
import { beforeSpaces, isSpaceAt, isThaiLetterAt } from './characters.js';
import { chunksBefore } from './term-chunks.js';
import { AUXILIARIES, LEFT_STOP_WORDS, NAME_HEADS, NAME_LINKS, NOMINALISERS, PEOPLE_OF } from './thai-vocabulary.js';
import { startsWithAny, stopWordBefore, stopWordsIn } from './word-roles.js';
import type { Range } from './split-inside.js';
import type { WordBoundaries } from './word-boundaries.js';

/*
 * Thai short forms (กกต., ก.ล.ต., ส.อ.ท.) and their full names, after Schwartz & Hearst: the
 * letters of a Thai short form are the initial consonants of syllables of the name, not of its
 * words (กกต. = คณะกรรมการการเลือกตั้ง: ก of กรรม, ก of การ, ต of ตั้ง), so the letters are
 * matched in order against syllable onsets, and the name's head noun is kept even when it gives no
 * letter (พรรคเพื่อไทย, พท.).
 */

const CONSONANT = new RegExp(`[${THAI_CONSONANTS}]`, 'u');
const LEADING_VOWEL = new RegExp(`[${LEADING_VOWELS}]`, 'u');
/** Vowel signs and tone marks written on or after a consonant: the consonant carrying one opens a syllable. */
const CARRIED_MARK = /[\u0E30-\u0E39\u0E47-\u0E4B]/u;
/** Signs after which a syllable has ended (ะ, ำ): the next consonant opens one. */
const SYLLABLE_END = /[\u0E30\u0E33]/u;
/** Signs after which the next consonant is a final (ั is always closed by one). */
const CLOSED_BY_FINAL = /\u0E31/u;
const SILENT = '\u0E4C';

/**
 * How surely the consonant at `i` opens a syllable: 3 at a word start, 2 where the spelling says
 * so inside a word (after a leading vowel, after ะ/ำ, or carrying a vowel sign), 1 where it may,
 * 0 where it cannot (a silent letter, a final after ั or a diphthong).
 */
export function onsetStrength(text: string, i: number, words: WordBoundaries): number {
  const c = text[i];
  if (!CONSONANT.test(c ?? '')) return 0;
  const next = text[i + 1] ?? '';
  if (next === SILENT || (/[\u0E34-\u0E39]/u.test(next) && text[i + 2] === SILENT)) return 0;
  const prev = text[i - 1] ?? '';
  const syllableStart = LEADING_VOWEL.test(prev) ? i - 1 : i;
  if (syllableStart === 0 || words.isBoundary(syllableStart) || !isThaiLetterAt(text, syllableStart - 1)) return 3;
  if (LEADING_VOWEL.test(prev) || SYLLABLE_END.test(prev) || CARRIED_MARK.test(next)) return 2;
  if (CLOSED_BY_FINAL.test(prev)) return 0;
  // The อ, ย, ว of เ-ือ, เ-ีย, -ัว are vowels: the consonant after them closes the syllable (เลือก).
  if ('อยว'.includes(prev) && /[\u0E31\u0E35\u0E37]/u.test(text[i - 2] ?? '')) return 0;
  // A consonant after a leading vowel and its onset closes the syllable (เทศ).
  if (CONSONANT.test(prev) && LEADING_VOWEL.test(text[i - 2] ?? '')) return 0;
  // After a consonant or a long vowel (การ, มหา|นคร) it may be either.
  return 1;
}

/** The consonants of a Thai short form, its letters (`ก.ล.ต.` → กลต). */
export const shortFormLetters = (shortForm: string): string[] => Array.from(shortForm).filter((c) => CONSONANT.test(c));

const THAI_SHORT_FORM = /^[\u0E01-\u0E4E.]+$/u;
const THAI_VOWEL_OR_MARK = /[\u0E30-\u0E4E]/u;

/**
 * Whether `text` looks like a Thai short form: one word of Thai consonants and dots, two to eight
 * consonants, with a dot (`ครม.`, `ก.ล.ต.`, `รพ.สต.`) or of consonants alone (`ปณท`). Whether it
 * is one is for its expansion to say.
 */
export function isThaiShortForm(text: string): boolean {
  if (text.length < 2 || text.length > 16 || !THAI_SHORT_FORM.test(text) || text.startsWith('.')) return false;
  const letters = shortFormLetters(text).length;
  if (letters < 2 || letters > 8) return false;
  // Short forms are written with consonants: a leading vowel, or more than one vowel sign, is a word.
  if (LEADING_VOWEL.test(text) || (text.match(/[\u0E30-\u0E4E]/gu) ?? []).length > 1) return false;
  if (text.includes('.')) return !text.includes('..') && text.split('.').every((part) => part.length <= 5);
  return letters <= 5 && !THAI_VOWEL_OR_MARK.test(text);
}

/** Head nouns a full name keeps though its short form has no letter of them (พรรค of พรรคเพื่อไทย, พท.). */
// กอง of police and army units, which their short forms skip (กองบังคับการ…, บก.ปอท.; กองบัญชาการ…, บช.ก.)
export const SHORT_FORM_HEADS: readonly string[] = [...NAME_HEADS, 'คณะ', 'พรรค', 'สถานี', 'กรมการ', 'ศูนย์', 'บริษัท', 'บรรษัท', 'สถาบัน', 'องค์การ', 'กอง'];
const AGENT_PREFIXES = ['ผู้', 'นัก'];
/** The head nouns of a company's legal name, written apart before any name (`บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)`). */
const COMPANY_HEADS = ['บริษัท', 'บรรษัท'];
/** What may follow the last word that gives a letter: a company's legal form, or the country (รฟม.: …มวลชน|แห่งประเทศไทย). */
const LEGAL_FORMS = ['จำกัด (มหาชน)', 'จำกัด', ...BRACKETED_LEGAL_FORMS, 'แห่งประเทศไทย', 'แห่งชาติ'];
/** Longest stretch of Thai after the last matched word that the name may still run on with (ธ.ก.ส.: …สหกรณ์|การเกษตร). */
const MAX_TAIL = 20;
const MAX_TAIL_WORDS = 3;
/** Words that make a clause, which no name holds. */
const CLAUSE_WORDS = new Set([
  ...AUXILIARIES,
  'อาทิ',
  'รวมถึง',
  'รวมทั้ง',
  'ตลอดจน',
  'ให้',
  'ซึ่ง',
  'คือ',
  'ว่า',
  'โดย',
  'จาก',
  'กับ',
  'เป็น',
  'ได้แก่',
  'เช่น',
  'ร่วมกับ',
  'เข้าร่วม',
  'ชื่อ',
  'เรียกว่า',
  'ณ',
  'ต่อ',
  'สู่',
  'ตาม',
  'ผ่าน',
]);
/** Longest full name looked for, in UTF-16 units. */
const MAX_NAME = 110;

/** The start of the word holding `i` (of its syllable, with a leading vowel). */
function wordStartOf(text: string, i: number, words: WordBoundaries, limit: number): number {
  let p = LEADING_VOWEL.test(text[i - 1] ?? '') ? i - 1 : i;
  while (p > limit && !words.isBoundary(p) && isThaiLetterAt(text, p - 1)) p--;
  return p;
}

function wordEndOf(text: string, i: number, words: WordBoundaries, limit: number): number {
  let p = i + 1;
  while (p < limit && !words.isBoundary(p) && isThaiLetterAt(text, p)) p++;
  return p;
}

/** The stop words of the name links that end with a nominaliser (`จากการ`, `ในการ`, `เพื่อการ`): จาก, ใน, เพื่อ. */
const STOPS_LINKED_TO_NOMINALISERS = NAME_LINKS.flatMap((link) => {
  const nominaliser = NOMINALISERS.find((n) => link.endsWith(n) && link.length > n.length);
  const stop = nominaliser && link.slice(0, -nominaliser.length);
  return stop && LEFT_STOP_WORDS.has(stop) ? [stop] : [];
});

/** The first of SHORT_FORM_HEADS written as a word ending at `at`, not before `limit` (a loop, not find() with an arrow made per call). */
function headEndingAt(text: string, at: number, limit: number, words: WordBoundaries): string | undefined {
  for (const h of SHORT_FORM_HEADS) if (at - h.length >= limit && text.startsWith(h, at - h.length) && isStart(text, at - h.length, words)) return h;
  return undefined;
}

/** `start` moved left over the head nouns and the nominaliser written right before it. */
function withHeads(text: string, start: number, limit: number, words: WordBoundaries): number {
  for (;;) {
    let at = start;
    while (at > limit && text[at - 1] === ' ') at--;
    const before = headEndingAt(text, at, limit, words);
    // A head noun written apart before a name that opens with a head noun of its own is another
    // body's, the one before it in a list or a heading (`คุรุสภา สำนักงานกองทุน… (สสส.)`,
    // `ฝ่ายสื่อสารองค์กร สำนักงาน…`, `สำนักงานปลัดกระทรวง กระทรวงวัฒนธรรม (วธ.)`): a name has one
    // head, but a company's legal head opens its name whatever that is (`บริษัท ท่าอากาศยานไทย จำกัด`).
    const secondHead = at < start && !COMPANY_HEADS.includes(before ?? '') && SHORT_FORM_HEADS.some((h) => text.startsWith(h, start));
    const head = secondHead ? undefined : before;
    // A nominaliser opening the name belongs to it (การท่องเที่ยว…, ททท.); written after Thai, it
    // may end the word before (ผู้ว่า|การ), unless that is a stop word (ของ|การท่องเที่ยว…, ให้|การรถไฟ…).
    const opensName = (n: string): boolean => {
      if (at - n.length === limit || !isThaiLetterAt(text, at - n.length - 1)) return true;
      const before = stopWordBefore(text, at - n.length, words);
      // A stop word that makes a name link with the nominaliser (จาก|การ, ใน|การ) is one all the same: ข้อมูลจาก|การท่องเที่ยว….
      return (
        (before !== null && before !== 'ว่า') ||
        STOPS_LINKED_TO_NOMINALISERS.some((w) => text.startsWith(w, at - n.length - w.length) && isStart(text, at - n.length - w.length, words))
      );
    };
    const nominaliser = at === start ? NOMINALISERS.find((n) => at - n.length >= limit && text.startsWith(n, at - n.length) && opensName(n)) : undefined;
    // An agent prefix the segmenter split off (นัก|บริหาร) belongs to its word.
    const prefix = at === start ? AGENT_PREFIXES.find((n) => at - n.length >= limit && text.startsWith(n, at - n.length)) : undefined;
    const found = head ?? nominaliser ?? prefix;
    if (!found) return start;
    start = at - found.length;
  }
}

const isStart = (text: string, at: number, words: WordBoundaries): boolean => at === 0 || words.isBoundary(at) || !isThaiLetterAt(text, at - 1);

/** The last item of a list written apart after และ or หรือ at the end of a stretch (`… สัตว์ป่า และพันธุ์พืช`). */
const SPACED_LAST_ITEM = /\s+(?:และ|หรือ)[\u0E01-\u0E4E]+$/u;

/**
 * Whether [from, end) is nothing, a legal form, or up to three words of Thai the name may end with
 * (สมาชิกสภา|ผู้แทนราษฎร, ส.ส.), before the last item of a list written apart, which a short form
 * may leave out (`กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช`, อส.).
 */
function allowedTail(text: string, from: number, end: number, words: WordBoundaries): boolean {
  const lastItem = SPACED_LAST_ITEM.exec(text.slice(from, end));
  const to = lastItem ? from + lastItem.index : end;
  const tail = text.slice(from, to).trim();
  if (tail === '' || LEGAL_FORMS.includes(tail)) return true;
  if (tail.length > MAX_TAIL || !/^[\u0E01-\u0E4E]+$/u.test(tail)) return false;
  let count = 1;
  for (let i = from + 1; i < to; i++) if (words.isBoundary(i)) count++;
  return count <= MAX_TAIL_WORDS;
}

/** Where the last clause word of [from, to) ends (`from` when there is none): a name starts after it. */
function clauseEndIn(text: string, from: number, to: number, words: WordBoundaries): number {
  let end = from;
  for (const [at, word] of stopWordsIn(text, from, to, words).at) {
    // ว่า of ว่าการ (รัฐมนตรีว่าการ, ผู้ว่าการ) is part of a title.
    if (!CLAUSE_WORDS.has(word) || (word === 'ว่า' && text.startsWith('ว่าการ', at))) continue;
    end = Math.max(end, at + word.length);
  }
  return end;
}

/** Longest stretch between a head noun and the matched name that the head still belongs to (คณะ|รักษา|ความสงบแห่งชาติ, คสช.). */
const MAX_HEAD_REACH = 40;

/**
 * The start of the nearest head noun before `start` that opens the name, when the matched letters
 * start after it (หัวหน้า|คณะรักษาความสงบแห่งชาติ: คสช. reads from ความ): written without a space
 * or a clause word between; `start` itself when it opens with a head noun or none is near.
 */
function nearestHead(text: string, start: number, limit: number, words: WordBoundaries): number {
  // A name may start just before the region, at the leading vowel of its first letter's syllable.
  if (headAt(text, start) || start <= limit) return start;
  const from = Math.max(limit, start - MAX_HEAD_REACH, clauseEndIn(text, limit, start, words));
  for (let at = start - 1; at >= from; at--) {
    if (isSpaceAt(text, at)) return start;
    if (isStart(text, at, words) && headAt(text, at)) return at;
  }
  return start;
}

/** Whether a head noun of SHORT_FORM_HEADS is written at `at` (a loop, not some() with an arrow that would give each pass of the caller's loop a context). */
function headAt(text: string, at: number): boolean {
  for (const head of SHORT_FORM_HEADS) if (text.startsWith(head, at)) return true;
  return false;
}

interface Alignment {
  /** Where the first letter's word starts. */
  start: number;
  /** Sum of the onset strengths of the matched letters. */
  strength: number;
}

/**
 * The best way to read the letters as syllable onsets of text[from, to): each letter on a
 * consonant that may open a syllable, in order, the first one opening a syllable for sure (at a
 * word start or spelt so), the last one in a word that ends the name or is followed only by an
 * allowed tail. Of the readings whose first word `startsName` accepts, the strongest wins, and of
 * equals the shortest. Null when none reads.
 */
function align(
  text: string,
  from: number,
  to: number,
  letters: readonly string[],
  words: WordBoundaries,
  startsName: (start: number) => boolean = () => true,
): Alignment | null {
  const m = letters.length;
  const positions: number[] = [];
  const strength: number[] = [];
  for (let i = from; i < to; i++) {
    const s = onsetStrength(text, i, words);
    if (s > 0) {
      positions.push(i);
      strength.push(s);
    }
  }
  const n = positions.length;
  // best[k][j]: the best strength of letters k..m-1 with letter k on positions[j].
  let best = new Float64Array(n).fill(-Infinity);
  for (let j = 0; j < n; j++) {
    if (text[positions[j]] !== letters[m - 1]) continue;
    if (allowedTail(text, wordEndOf(text, positions[j], words, to), to, words)) best[j] = strength[j];
  }
  for (let k = m - 2; k >= 0; k--) {
    const next = new Float64Array(n).fill(-Infinity);
    let bestAfter = -Infinity;
    // Walking leftwards, bestAfter holds the best of letter k+1 strictly to the right of j.
    for (let j = n - 1; j >= 0; j--) {
      if (text[positions[j]] === letters[k] && bestAfter > -Infinity) next[j] = strength[j] + bestAfter;
      if (best[j] > bestAfter) bestAfter = best[j];
    }
    best = next;
  }
  // A name holds no clause: a long form reaching over ได้รับ, ให้ or ว่า has gone too far (อาหารเสริม (นม)).
  const clauseEnd = clauseEndIn(text, from, to, words);
  let found: Alignment | null = null;
  for (let j = n - 1; j >= 0; j--) {
    if (best[j] === -Infinity || strength[j] < 2 || positions[j] < clauseEnd) continue;
    const start = wordStartOf(text, positions[j], words, from);
    if (startsName(start) && (!found || best[j] > found.strength)) found = { start, strength: best[j] };
  }
  return found;
}

/** Where the Thai before `end` may hold a full name: back to punctuation or Latin text, at most MAX_NAME. */
function nameRegion(text: string, end: number): { from: number; to: number } | null {
  const to = beforeSpaces(text, end);
  // `บริษัท การบินไทย จำกัด (มหาชน) (บกท.)`: the legal form's bracket belongs to the name.
  let before = to;
  for (const form of ['(มหาชน)', '(องค์การมหาชน)']) {
    if (text.endsWith(form, to)) {
      before = beforeSpaces(text, to - form.length);
    }
  }
  const chunks = chunksBefore(text, before, new Set());
  if (!chunks.length) return null;
  // More chunks make a list of names or a clause (`… นายวีระ … รัฐมนตรีว่าการกระทรวงวัฒนธรรม (รมว.วธ.)`), not one name.
  const farthest = chunks[Math.min(chunks.length, MAX_NAME_CHUNKS) - 1];
  return { from: Math.max(farthest.start, to - MAX_NAME), to };
}

/** Most space-separated chunks one full name holds (`กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช`, 3). */
const MAX_NAME_CHUNKS = 4;

/**
 * The full name that the Thai short form in the parenthesis at UTF-16 index `open` stands for,
 * written right before it (`คณะกรรมการการเลือกตั้ง (กกต.)`), or null when the letters cannot be
 * read in the Thai before it.
 */
export function thaiShortFormDefinition(text: string, open: number, shortForm: string, words: WordBoundaries): Range | null {
  const region = nameRegion(text, open);
  if (!region) return null;
  const letters = shortFormLetters(shortForm);
  const nameStart = (start: number): number => withHeads(text, nearestHead(text, start, region.from, words), region.from, words);
  // The commander's title written onto the unit's name (ผู้บังคับการ|กองบังคับการปราบปราม…, บก.ป.), or
  // the word for its people (ทหาร|กองทัพบก, ทบ.), may hold the letters too, but the name is the
  // body's, where it can be read: a title is the name only where nothing after it reads
  // (ผู้บัญชาการกองทัพเรือ, ผบ.ทร.).
  const found =
    align(text, region.from, region.to, letters, words, (start) => !personOntoBody(text, nameStart(start), words)) ??
    align(text, region.from, region.to, letters, words);
  return found && [nameStart(found.start), region.to];
}

/** What opens a person's title or a word for the people of a body, written onto its name (`ผู้บังคับการ|กอง…`, `ทหาร|กองทัพบก`). */
const PEOPLE_BEFORE_BODIES = [...AGENT_PREFIXES, ...PEOPLE_OF, 'ทหาร', 'ตำรวจ'];

/** Longest person's title written onto a body's name (ผู้ว่าราชการจังหวัด, 18), in UTF-16 units. */
const MAX_TITLE = 20;

/**
 * Whether the name at `start` opens with a person's title (an agent noun, ผู้… or นัก…) or a word
 * for a body's people, written onto the head noun of a body's name (ผู้บังคับการ|กองบังคับการ…,
 * ผู้อำนวยการ|สำนักงาน…, ทหาร|กองทัพบก).
 */
function personOntoBody(text: string, start: number, words: WordBoundaries): boolean {
  if (!startsWithAny(text, start, PEOPLE_BEFORE_BODIES)) return false;
  for (let at = start + 1; at < text.length && at <= start + MAX_TITLE; at++) {
    if (!isThaiLetterAt(text, at)) return false;
    if (isStart(text, at, words) && headAt(text, at)) return true;
  }
  return false;
}

/** Longest aside in brackets between a full name and its short form (`… 2019 (โควิด-19) (ศบค.)`), in UTF-16 units. */
const MAX_ASIDE = 30;

/**
 * The full name `name` written right before the parenthesis at `open`, across spaces, an
 * abbreviation mark (`กรุงเทพฯ`) and one short aside in brackets, starting where a word starts;
 * or null. For the names of the built-in table of short forms, whose letters need not read as
 * syllable onsets (`กระทรวงเกษตรและสหกรณ์ (กษ.)`) and whose tails may be long
 * (`ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย (ธพว.)`).
 */
export function writtenNameBefore(text: string, open: number, name: string, words: WordBoundaries): Range | null {
  let to = beforeSpaces(text, open);
  if (text[to - 1] === ')') {
    const aside = text.lastIndexOf('(', to - 1);
    if (aside < 0 || to - aside > MAX_ASIDE) return null;
    to = beforeSpaces(text, aside);
  }
  const end = to;
  if (text[to - 1] === 'ฯ') to--;
  const start = to - name.length;
  if (start < 0 || !text.startsWith(name, start) || !isStart(text, start, words)) return null;
  return [start, end];
}

/**
 * A name clipped with ฯ (`จุฬาฯ`, `กระทรวงเกษตรฯ`): three Thai letters or more, the first a
 * consonant, then ฯ. Two are too few to tell where the name starts (`ภาฯ`, which a word ภายนอก opens too).
 */
const CLIPPED_NAME = new RegExp(`^[${THAI_CONSONANTS}][${THAI_CONSONANTS}\\u0E30-\\u0E4E]{2,}${String.fromCharCode(PAIYANNOI)}$`, 'u');
/** Fewest letters a clipped name leaves out: fewer is the same name, not a short form of it. */
const MIN_CLIPPED = 2;

/**
 * The full name that a name clipped with ฯ stands for, written right before the parenthesis at
 * `open` and opening with the clipped letters (`จุฬาลงกรณ์มหาวิทยาลัย (จุฬาฯ)`, `กระทรวงเกษตรและสหกรณ์
 * (กระทรวงเกษตรฯ)`), or null. The name starts at a word start in the Thai before the parenthesis,
 * the nearest one that opens with the letters.
 */
export function clippedNameBefore(text: string, open: number, clipped: string, words: WordBoundaries): Range | null {
  if (!CLIPPED_NAME.test(clipped)) return null;
  const stem = clipped.slice(0, -1);
  const region = nameRegion(text, open);
  if (!region) return null;
  for (let at = region.to - stem.length - MIN_CLIPPED; at >= region.from; at--) {
    if (text.startsWith(stem, at) && isStart(text, at, words)) return [at, region.to];
  }
  return null;
}

/**
 * The full name of a short form with a tail (`ทภ.4`, `สภ.บางพลี`), written right before the
 * parenthesis at `open`: the name ends with the same tail, its letters are read by `nameBefore`
 * in the Thai before the tail, and the name runs on to the tail's end. Null when the Thai before
 * the parenthesis does not end with the tail.
 */
export function nameEndingWith(text: string, open: number, tail: string, nameBefore: (end: number) => Range | null): Range | null {
  const end = beforeSpaces(text, open);
  const tailStart = end - tail.length;
  if (tailStart <= 0 || !text.startsWith(tail, tailStart)) return null;
  const name = nameBefore(tailStart);
  return name && [name[0], end];
}

/**
 * Whether the Thai inside a parenthesis spells out the short form before it (`กกต.
 * (คณะกรรมการการเลือกตั้ง)`): the letters read in it, its first word gives the first letter or is
 * a head noun, and every letter falls on a sure syllable onset.
 */
export function expandsShortForm(text: string, inside: Range, shortForm: string, words: WordBoundaries): boolean {
  const [from, to] = inside;
  const letters = shortFormLetters(shortForm);
  // The reading that opens the inside, not merely the strongest: of equals align keeps the
  // shortest, which a repeated word leaves short (`คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์`, กสท.:
  // ก of กิจการ, not of กระจาย).
  const found = align(text, from, to, letters, words, (start) => withHeads(text, start, from, words) === from);
  return found !== null && found.strength >= 2 * letters.length;
}

/**
 * The Thai short form written right before `end` (across spaces), as a whole word (`สพฐ.` in
 * `โดย สพฐ. (`, `ป.ย.ป.` in `กลุ่มป.ย.ป. (`), or null.
 */
export function shortFormBefore(text: string, end: number, words: WordBoundaries): Range | null {
  let to = end;
  while (to > 0 && isSpaceAt(text, to - 1) && text[to - 1] !== '\n') to--;
  let from = to;
  while (from > 0 && to - from < 16 && /[\u0E01-\u0E4E.]/u.test(text[from - 1])) from--;
  for (let at = from; at < to - 1; at++) {
    if (isStart(text, at, words) && isThaiShortForm(text.slice(at, to))) return [at, to];
  }
  return null;
}
