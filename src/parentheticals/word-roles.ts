import { beforeSpaces, isSpaceAt, isThaiLetterAt, isWordInitialAt } from './characters.js';
import { wordAt, wordBefore } from './edge-words.js';
import { keyTranslationAt } from './lexicon-evidence.js';
import { loadWordStats } from './shipped-data.js';
import type { Range } from './split-inside.js';
import {
  AUXILIARIES,
  AUXILIARY_BINDERS,
  BODIES_AND_DISEASES,
  BOUND_PREFIXES,
  CLAUSE_VERBS,
  DISEASE_HEAD,
  GLUED_NAME_OPENERS,
  LEFT_STOP_WORDS,
  MANNER,
  NAME_HEADS,
  NAME_LINKS,
  NOMINALISED_STOP_WORDS,
  NOMINALISERS,
  NON_INITIAL_WORDS,
  OBJECT_VERBS,
  OPTIONAL_HEAD_NOUNS,
  PEOPLE_OF,
  VERBS_BEFORE_NAMES,
  VERBS_OF_ACTS,
  WEAK_STOP_WORDS,
  WORDS_HOLDING_STOP_WORDS,
} from './thai-vocabulary.js';

/** Words that may open the Thai before a name without being part of it: head nouns and verbs. */
const OPTIONAL_OPENERS: ReadonlyMap<string, readonly string[]> = new Map([...OPTIONAL_HEAD_NOUNS, ...VERBS_BEFORE_NAMES]);
const OPENER_LIST = new WordList(OPTIONAL_OPENERS.keys());
/** The verbs that make a term holding them a clause, with the English that translates them. */
const CLAUSE_MAKING_VERBS: ReadonlyMap<string, readonly string[]> = new Map([...CLAUSE_VERBS, ...OBJECT_VERBS]);
const CLAUSE_VERB_LIST = new WordList(CLAUSE_MAKING_VERBS.keys());
const LEFT_STOP_WORD_LIST = new WordList(LEFT_STOP_WORDS.keys());
import type { WordBoundaries } from './word-boundaries.js';
import { WordList } from './word-list.js';

/*
 * What a Thai word at a position does for a term's left edge: a stop word ends a term, a name
 * link joins its parts, an optional head noun may be left out. Words are matched as text at
 * word boundaries, so that a different segmentation of the same text changes little.
 */

/*
 * The word lists are scanned at every position of the Thai before a parenthesis: each word's
 * first (or last) unit is compared before the whole word, which rules out nearly all of them.
 */

/** Whether `word` is written at `at`. */
const isAt = (text: string, at: number, word: string): boolean => text.charCodeAt(at) === word.charCodeAt(0) && text.startsWith(word, at);

/** Whether `word` is written right before `at`. */
const isBefore = (text: string, at: number, word: string): boolean =>
  word.length <= at && text.charCodeAt(at - 1) === word.charCodeAt(word.length - 1) && text.startsWith(word, at - word.length);

export const startsWithAny = (text: string, at: number, words: readonly string[]): boolean => words.some((w) => isAt(text, at, w));

const endsWithAny = (text: string, at: number, words: readonly string[]): boolean => words.some((w) => isBefore(text, at, w));

/**
 * Those of `candidates` written at `at`, in their order. A loop, not filter() with an arrow:
 * stopWordAt runs at every position of a term's region, and a callback made per call is compiled
 * over and over.
 */
function wordsWrittenAt(text: string, at: number, candidates: readonly string[]): string[] {
  const written: string[] = [];
  for (const word of candidates) if (text.startsWith(word, at)) written.push(word);
  return written;
}

/**
 * The stop word or auxiliary that is a whole word at `at`, unless a name link claims it or, for
 * an auxiliary, a binder makes a phrase of it (`การมีส่วนร่วม`).
 */
function stopWordAt(text: string, at: number, words: WordBoundaries): string | null {
  // Most positions hold no stop word: the name links and binders around one are looked at only when there is.
  const written = wordsWrittenAt(text, at, STOPS_AND_AUXILIARIES.candidatesAt(text, at));
  if (!written.length || startsWithAny(text, at, NAME_LINKS) || insideWordHoldingStopWord(text, at) || nominalisedAt(text, at, words)) return null;
  const bound = endsWithAny(text, at, AUXILIARY_BINDERS);
  let found: string | null = null;
  for (const word of written) {
    if (bound && AUXILIARIES.includes(word)) continue;
    const after = at + word.length;
    const bounded = after >= text.length || words.isBoundary(after) || !isThaiLetterAt(text, after);
    if (bounded && (!found || word.length > found.length)) found = word;
  }
  return found && !ofNothing(text, found, at + found.length) && !formAt(text, found, at, words) ? found : null;
}

/** How verb-like (word statistics) the word after แบบ must be for แบบ to name a form for that act. */
const VERB_AFTER_FORM = 0.15;

/**
 * Whether `word` at `at` is แบบ naming a form, a model or a test for the act after it (`ตาม|แบบ|สำรวจ…`,
 * `จัดทำ|แบบ|ประเมิน…`, `แบบ|จำลอง…`): a noun, no stop word. Not after a noun or a nominalised
 * verb written onto it, whose manner it gives (`การโจมตี|แบบ|ปฏิเสธการให้บริการ`, `ยา|แบบ|ออกฤทธิ์นาน`).
 */
function formAt(text: string, word: string, at: number, words: WordBoundaries): boolean {
  if (word !== MANNER) return false;
  const after = at + word.length;
  const stats = loadWordStats();
  if (!isThaiLetterAt(text, after) || (stats.verb.get(wordAt(text, after, words)) ?? 0) < VERB_AFTER_FORM) return false;
  if (at === 0 || !isThaiLetterAt(text, at - 1)) return true;
  const before = wordBefore(text, at, words);
  return stats.verb.has(before) && !nominalisedWordBefore(text, at, words) && !boundPrefixBefore(text, at - before.length, words);
}

/** Whether `word` is one of PEOPLE_OF that no body or disease follows at `after` (`ผู้ป่วย|เรื้อรัง`): then no stop word but part of the noun. */
function ofNothing(text: string, word: string, after: number): boolean {
  if (!PEOPLE_OF.includes(word)) return false;
  let next = after;
  while (next < text.length && isSpaceAt(text, next)) next++;
  return !startsWithAny(text, next, BODIES_AND_DISEASES);
}

/** Each of NOMINALISED_STOP_WORDS with the length of the nominaliser it opens with (`ความเป็น`, 4). */
const NOMINALISED_PHRASES = NOMINALISED_STOP_WORDS.map((phrase) => ({ phrase, nominaliser: NOMINALISERS.find((n) => phrase.startsWith(n))!.length }));

/** Whether a nominaliser written as a word of its own makes a noun of the stop word at `at` (`ความ|เป็น|จริง`). */
function nominalisedAt(text: string, at: number, words: WordBoundaries): boolean {
  return NOMINALISED_PHRASES.some(({ phrase, nominaliser }) => text.startsWith(phrase, at - nominaliser) && isWordStart(text, at - nominaliser, words));
}

/** Whether `at` falls in a content word that holds a stop word (`ก่อ|ให้|เกิด`), its first letter too. */
function insideWordHoldingStopWord(text: string, at: number): boolean {
  return inWordHoldingStopWord(text, at, 0);
}

/**
 * Whether `at` falls after the first letter of a content word holding a stop word (`เคลื่อน|ที่`,
 * `ที่|ประชุม`): the segmenter may cut it, but no term starts inside it.
 */
export function insideWordHoldingStopWordAfterStart(text: string, at: number): boolean {
  return inWordHoldingStopWord(text, at, 1);
}

/** Whether `at` is the `from`-th letter or a later one of a word of WORDS_HOLDING_STOP_WORDS written there. */
function inWordHoldingStopWord(text: string, at: number, from: number): boolean {
  const unit = text.charCodeAt(at);
  // loops, not some() with an arrow made per position, which is compiled again and again
  for (const word of WORDS_HOLDING_STOP_WORDS) {
    for (let k = from; k < word.length && k <= at; k++) if (word.charCodeAt(k) === unit && text.startsWith(word, at - k)) return true;
  }
  return false;
}

/**
 * Whether a head noun made with a nominaliser (`การประชุม`, `ความตกลง`) starts at `at` and ends
 * at a word boundary, even where the segmenter glued its การ to the word before (`จัดการ|ประชุม`).
 */
export function nominalHeadAt(text: string, at: number, words: WordBoundaries): boolean {
  return NOMINAL_HEADS.candidatesAt(text, at).some((h) => text.startsWith(h, at) && (words.isBoundary(at + h.length) || !isThaiLetterAt(text, at + h.length)));
}

/**
 * Whether a bound prefix (a nominaliser, ผู้, นัก) ends at `at`, as a word of its own or as the
 * start of a nominal head (not the end of `องค์การ`): the word after it is no left edge.
 */
export function boundPrefixBefore(text: string, at: number, words: WordBoundaries): boolean {
  // `ว่าการ|กระทรวง`: การ makes no noun of a name's head noun, it ends the word before.
  if (NOUN_HEADS.startsAt(text, at)) return false;
  return BOUND_PREFIXES.some((n) => isBefore(text, at, n) && (words.isBoundary(at - n.length) || nominalHeadAt(text, at - n.length, words)));
}

/**
 * The stop word at each word start of `[start, end)`, and which positions fall inside one that
 * the segmenter cut up (`ผู้|อำนวย|การ`): no term starts there.
 */
export function stopWordsIn(text: string, start: number, end: number, words: WordBoundaries): { at: Map<number, string>; inside: Uint8Array } {
  const at = new Map<number, string>();
  const inside = new Uint8Array(end - start);
  for (let p = start; p < end; p++) {
    if (p !== start && !words.isBoundary(p) && !isSpaceAt(text, p - 1)) continue;
    const word = stopWordAt(text, p, words);
    if (!word) continue;
    at.set(p, word);
    inside.fill(1, p + 1 - start, Math.min(end, p + word.length) - start);
  }
  return { at, inside };
}

/** Whether a word of GLUED_NAME_OPENERS starts at `at` and ends at a word boundary, even where the segmenter glued it to the word before (`ควบคุมโรค`). */
export function gluedNameOpenerAt(text: string, at: number, words: WordBoundaries): boolean {
  for (const opener of GLUED_NAME_OPENERS.keys()) {
    const after = at + opener.length;
    // What it names is written onto it: not a stop word (`โรค|ของรัฐ` is no disease's name).
    if (isAt(text, at, opener) && words.isBoundary(after) && isThaiLetterAt(text, after) && !stopWordAt(text, after, words)) return true;
  }
  return false;
}

/**
 * Bound prefixes that open a noun phrase of their own, which a disease's name runs on into only
 * right after its opener (`โรค|ความดันโลหิตสูง`): nouns for people (`อาการเข้าเกณฑ์|ผู้ป่วย…`, a clause,
 * then the patients) and nominalisers (`ห้องแยกโรคติดเชื้อ|ความดันลบ`, Negative Pressure).
 */
const NEW_PHRASE_PREFIXES = ['ผู้', 'นัก', ...NOMINALISERS];

/** The words of GLUED_NAME_OPENERS that open any name, not only one of their list (โรค, อาการ, ภาวะ). */
const NAME_OPENERS = [...GLUED_NAME_OPENERS].filter(([, before]) => !before.length).map(([opener]) => opener);

/**
 * How many words after NAME_OPENERS' word a term may not start at: the name's own first words
 * (`ภาวะ|หยุด|หายใจขณะหลับ`); further on, the words are the sentence's (`อาการ|ไข้|สูง|หลัง|ติดเชื้อ|ไวรัส…`).
 */
const NAME_OPENER_REACH = 2;

/**
 * For each position of `[start, end)`, where a word of NAME_OPENERS starts before it whose name runs
 * on to it with no space, no other script, no stop word and no new phrase (NEW_PHRASE_PREFIXES) between,
 * at most NAME_OPENER_REACH words on (`ภาวะ|หยุด|หายใจขณะหลับ`, Sleep Apnea): a term starting there
 * would cut that name, so it starts at the opener. -1 where none does.
 * One pass over the stretch, not a search back from every edge.
 */
export function nameOpenersIn(text: string, start: number, end: number, words: WordBoundaries): Int32Array {
  const over = new Int32Array(Math.max(0, end - start)).fill(-1);
  let open = -1;
  let openerEnd = -1;
  let wordsOn = 0;
  for (let p = start; p < end; p++) {
    if (!isThaiLetterAt(text, p)) {
      open = -1;
      continue;
    }
    const wordStart = isWordStart(text, p, words);
    // A noun for people or a nominalised verb opens a phrase of its own, which may be the term; so
    // does a disease's own head after a symptom or a condition (`อาการ|โรค…`, diseaseHeadAt).
    if (wordStart && open !== -1 && (startsWithAny(text, p, NEW_PHRASE_PREFIXES) || stopWordAt(text, p, words) || diseaseHeadAt(text, p, words))) open = -1;
    if (wordStart && open !== -1 && ++wordsOn > NAME_OPENER_REACH) open = -1;
    over[p - start] = open;
    // Not again inside the opener just found (the อาการ of กลุ่ม|อาการ).
    if (wordStart && p >= openerEnd && nameOpenerAt(text, p, words)) {
      open = p;
      openerEnd = p + nameOpenerLength(text, p, words);
      wordsOn = 0;
    }
  }
  return over;
}

/** Whether a word of NAME_OPENERS stands at `p` as a word of its own. A loop, not some() with an arrow made per call. */
export function nameOpenerAt(text: string, p: number, words: WordBoundaries): boolean {
  return nameOpenerLength(text, p, words) > 0;
}

/** The length of the first word of NAME_OPENERS (the longer before the shorter) standing at `p` as a word of its own; 0 when none does. */
function nameOpenerLength(text: string, p: number, words: WordBoundaries): number {
  for (const opener of NAME_OPENERS) if (isAt(text, p, opener) && words.isBoundary(p + opener.length)) return opener.length;
  return 0;
}

/**
 * Whether a disease's head word (`โรค`) stands at `p` as a word of its own. Written right after
 * `อาการ` or `ภาวะ` it names the disease whose symptoms or condition the sentence tells of
 * (`สังเกตอาการ|โรคสมาธิสั้น`, ADHD; `ภาวะ|โรคหลอดเลือดสมอง`, Stroke): the English names the disease,
 * so the disease's name opens there and the word before it is no part of the term.
 */
function diseaseHeadAt(text: string, p: number, words: WordBoundaries): boolean {
  return isAt(text, p, DISEASE_HEAD) && words.isBoundary(p + DISEASE_HEAD.length);
}

/** Infection, before a disease's name: the segmenter reads `เชื้อโรค` (a germ) in `ติดเชื้อ|โรค…` (infected with …). */
const INFECTION = 'เชื้อ';

/**
 * Where a word of GLUED_NAME_OPENERS starts that is written right onto `at` before what it opens
 * there (or onto the word `at` falls in, where the segmenter cut that up: `สำนักงาน|คณะ|กรรมการ`):
 * a term starting at `at` starts there instead. -1 when none is.
 */
export function gluedNameOpenerStart(text: string, at: number, words: WordBoundaries): number {
  for (const [opener, before] of GLUED_NAME_OPENERS) {
    if (!before.length) {
      const start = at - opener.length;
      if (isBefore(text, at, opener) && (isWordStart(text, start, words) || isBefore(text, start, INFECTION)) && !diseaseHeadAt(text, at, words)) return start;
      continue;
    }
    for (const word of before) {
      for (let k = 0; k < word.length; k++) {
        const start = at - k - opener.length;
        if (start >= 0 && text.startsWith(opener + word, start) && isWordStart(text, start, words)) return start;
      }
    }
  }
  return -1;
}

/** Whether the English has a counterpart of the stop word, which then may sit inside the term. */
export function licensed(word: string, english: Set<string>): boolean {
  return (LEFT_STOP_WORDS.get(word) ?? []).some((w) => english.has(w));
}

/** Head nouns of names that are nouns already, which no nominaliser comes before. */
export const NOUN_HEADS = new WordList([...NAME_HEADS.filter((h) => !NOMINALISERS.some((n) => h.startsWith(n))), 'ศูนย์']);
export const LIST_CONJUNCTIONS = ['และ', 'หรือ'];
export const HEADS = new WordList([...NAME_HEADS, ...OPTIONAL_HEAD_NOUNS.keys()]);
const NOMINAL_HEADS = new WordList(HEADS.words.filter((h) => NOMINALISERS.some((n) => h.startsWith(n) && h.length > n.length)));
const STOPS_AND_AUXILIARIES = new WordList([...LEFT_STOP_WORDS.keys(), ...AUXILIARIES]);

/** Whether a Thai word starts at `at`: the segmenter says so, or no Thai letter comes before. */
export const isWordStart = (text: string, at: number, words: WordBoundaries): boolean => at === 0 || words.isBoundary(at) || !isThaiLetterAt(text, at - 1);

/**
 * Whether a stop word ends at `at` that the segmenter ran into the word after it (`ของบริกส์` cut
 * ขอ|งบ|ริกส์): a Thai reading of English may start there, as at a word start.
 */
export const afterGluedStopWord = (text: string, at: number, words: WordBoundaries): boolean => stopWordBefore(text, at, words) !== null;

/** The last stop word before `at`, skipping spaces: the word whose end is `at`. */
export function stopWordBefore(text: string, at: number, words: WordBoundaries): string | null {
  const end = beforeSpaces(text, at);
  if (endsWithAny(text, end, NAME_LINKS)) return null;
  for (const word of LEFT_STOP_WORD_LIST.candidatesBefore(text, end)) {
    const start = end - word.length;
    if (isBefore(text, end, word) && isWordStart(text, start, words)) {
      return startsWithAny(text, start, NAME_LINKS) || insideWordHoldingStopWord(text, start) || ofNothing(text, word, end) || formAt(text, word, start, words)
        ? null
        : word;
    }
  }
  return null;
}

/** The longest word of `list` written at `at` as a whole word (a word boundary or no Thai letter after it), if any. */
function wholeWordAt(list: WordList, text: string, at: number, words: WordBoundaries): string | null {
  // The longest: กลุ่มอาการ (a syndrome), not กลุ่ม (a group), where the segmenter cut it; สั่งการ, not สั่ง.
  let found: string | null = null;
  for (const word of list.candidatesAt(text, at)) {
    const after = at + word.length;
    if ((found === null || word.length > found.length) && isAt(text, at, word) && (words.isBoundary(after) || !isThaiLetterAt(text, after))) found = word;
  }
  return found;
}

/** The optional head noun that is a whole word at `at`, if any. */
export function optionalHeadAt(text: string, at: number, words: WordBoundaries): string | null {
  return wholeWordAt(OPENER_LIST, text, at, words);
}

/** Whether the nominaliser at `at` is the end of a head noun (`โครง|การ`, `มาตร|การ`), whatever the segmenter made of it: no term starts there. */
export function endsHeadNoun(text: string, at: number): boolean {
  const nominaliser = NOMINALISERS.find((n) => isAt(text, at, n));
  return nominaliser !== undefined && endsWithLongerHead(text, at + nominaliser.length, nominaliser);
}

/**
 * Whether `at` falls inside a head noun written whole from a word start (`หน่วย|งาน`, an agency;
 * `ท่า|อากาศยาน`, an airport), whatever the segmenter cut: a term starting there would leave out
 * the noun's first part. Not one opening with a nominaliser, which makes a noun of a verb
 * (`การ|ประชุม`, for which the bound prefixes account).
 */
export function insideHeadNoun(text: string, at: number, words: WordBoundaries): boolean {
  return NOUN_HEADS.words.some((head) => {
    for (let k = 1; k < head.length && k <= at; k++) {
      const start = at - k;
      const end = start + head.length;
      if (text.startsWith(head, start) && isWordStart(text, start, words) && (words.isBoundary(end) || !isThaiLetterAt(text, end))) return true;
    }
    return false;
  });
}

/** Whether a head noun longer than `noun` ends at `at`: `noun` is then the end of that word. */
function endsWithLongerHead(text: string, at: number, noun: string): boolean {
  for (const head of HEADS.words) if (head.length > noun.length && head.endsWith(noun) && text.startsWith(head, at - head.length)) return true;
  return false;
}

/** Whether the word that ends at `at` is made a noun by การ/ความ as a word of their own (`การ|ปฏิวัติ`). */
export function nominalisedWordBefore(text: string, at: number, words: WordBoundaries): boolean {
  if (!isThaiLetterAt(text, at - 1)) return false;
  const start = at - wordBefore(text, at, words).length;
  const nominaliser = NOMINALISERS.find((n) => endsWithAny(text, start, [n]));
  if (!nominaliser) return false;
  const before = start - nominaliser.length;
  return isWordStart(text, before, words);
}

/**
 * Whether the English translates the optional head noun `noun` at `at`: it has one of the noun's
 * English words, and the head noun right after does not claim it (`งาน|เทศกาลภาพยนตร์`, Film
 * Festival: the festival is เทศกาล, and งาน, an event, is left out).
 */
export function headTranslated(text: string, at: number, noun: string, english: Set<string>, words: WordBoundaries): boolean {
  const translated: string[] = [];
  for (const t of OPTIONAL_OPENERS.get(noun)!) if (english.has(t)) translated.push(t);
  if (!translated.length) return false;
  const rest = at + noun.length;
  const next = optionalHeadAt(text, rest, words);
  if (next && OPTIONAL_OPENERS.get(next)!.some((t) => translated.includes(t))) return false;
  // Nor when a body's head noun after it is the word the lexicon has for that English (`การประชุม|สมัชชา…`, … Assembly).
  return !(NOUN_HEADS.startsAt(text, rest) && translated.every((t) => keyTranslationAt(text, rest, words, t) === 'table'));
}

/** Whether an optional head noun the English leaves untranslated ends at `at` (โครงการ before a name). */
export function untranslatedHeadBefore(text: string, at: number, english: Set<string>, words: WordBoundaries): boolean {
  for (const noun of OPENER_LIST.candidatesBefore(text, at)) {
    const start = at - noun.length;
    if (!isBefore(text, at, noun) || headTranslated(text, start, noun, english, words)) continue;
    // `ผู้|นำ` is a leader, not the verb นำ; `หน่วย|งาน` an agency, not the event งาน. After
    // การ/ความ the verb is still one: `การลงนาม` is the signing.
    if ((boundPrefixBefore(text, start, words) && !endsWithAny(text, start, NOMINALISERS)) || endsWithLongerHead(text, at, noun)) continue;
    if (isWordStart(text, start, words)) return true;
  }
  return false;
}

/**
 * The span without the optional head noun or verb the English leaves untranslated at its start,
 * and the verbs after it (`จังหวัด|จัดตั้ง|หน่วย...`, the province sets up the unit;
 * `การผลักดัน|การส่งเสริม|วิสาหกิจ...`); null when a stop word follows them.
 */
export function stripOptionalHead(text: string, [start, end]: Range, english: Set<string>, words: WordBoundaries): Range | null {
  const noun = optionalHeadAt(text, start, words);
  // A name's opener stays whether or not the English says it (กลุ่มอาการ, a syndrome), and so does a
  // body's head before a short form given alone, where no English says it is left out (`บริษัทจัดการพลังงาน (ESCO)`).
  if (!noun || GLUED_NAME_OPENERS.has(noun) || headTranslated(text, start, noun, english, words)) return [start, end];
  if (english.size === 0 && NAME_HEADS.includes(noun)) return [start, end];
  let rest = start + noun.length;
  // A word seldom written without the noun before it makes one word with it (ค่า|ใช้จ่าย, expenses; ค่า|ธรรมเนียม, a fee).
  if (loadWordStats().cohesion.has(`${noun} ${wordAt(text, rest, words)}`)) return [start, end];
  while (rest < end && isSpaceAt(text, rest)) rest++;
  const nonInitial = NON_INITIAL_WORDS.find((w) => text.startsWith(w, rest));
  if (nonInitial) rest += nonInitial.length;
  if (end - rest < 2 || !isWordInitialAt(text, rest)) return [start, end];
  // What follows is no term (`การส่งเสริม|ให้เกิด...`); the edge after the stop word has it. But a
  // stop word that makes a modifier of what follows (`การพัฒนา|ที่ทั่วถึง`, Inclusive Growth) keeps
  // the noun it modifies, when the modifier is one phrase, no space in it.
  const stop = stopWordAt(text, rest, words);
  if (stop) return WEAK_STOP_WORDS.includes(stop) && !/\s/u.test(text.slice(rest, end)) ? [start, end] : null;
  const verb = optionalHeadAt(text, rest, words);
  const verbal = verb !== null && (VERBS_BEFORE_NAMES.has(verb) || NOMINALISERS.some((n) => verb.startsWith(n)));
  return verbal ? stripOptionalHead(text, [rest, end], english, words) : [rest, end];
}

/** Longest head noun that also begins longer words (ค่า of ค่าย, a camp; กรม of กรมธรรม์, a policy): it counts only as a whole word. */
const SHORT_HEAD = 3;

/** Whether a head noun of HEADS opens the word at `at`. */
export function headNounAt(text: string, at: number, words: WordBoundaries): boolean {
  return HEADS.candidatesAt(text, at).some(
    (head) => text.startsWith(head, at) && (head.length > SHORT_HEAD || words.isBoundary(at + head.length) || !isThaiLetterAt(text, at + head.length)),
  );
}

/**
 * Whether a verb of CLAUSE_VERBS or OBJECT_VERBS that the English does not translate is a whole word at `at`, no
 * bound prefix or nominaliser before it (`การเตรียม…` is a noun) and no compound with the words
 * around it (`ระบบ|เตือน|ภัย`, a warning system): a term holding it holds a clause.
 */
export function clauseVerbAt(text: string, at: number, english: Set<string>, words: WordBoundaries): boolean {
  const verb = wholeWordAt(CLAUSE_VERB_LIST, text, at, words);
  // Nor one inside a content word that holds it (`ใช้ครั้งเดียว`, single-use).
  if (verb === null || boundPrefixBefore(text, at, words) || insideWordHoldingStopWord(text, at)) return false;
  for (const translation of CLAUSE_MAKING_VERBS.get(verb)!) if (english.has(translation)) return false;
  return !inCompound(text, at, verb, words);
}

/** Whether the verb at `at` bonds with the word before or after it: part of a compound the segmenter cut up (`ตัว|ชี้|วัด`, an indicator), no verb of its own. */
function inCompound(text: string, at: number, verb: string, words: WordBoundaries): boolean {
  const { bond } = loadWordStats();
  return bond.has(`${wordBefore(text, at, words)} ${verb}`) || bond.has(`${verb} ${wordAt(text, at + verb.length, words)}`);
}

/**
 * Whether a verb of an act (VERBS_OF_ACTS) that the English does not translate is a whole word
 * at `at`, no bound prefix or nominaliser before it (`การประกาศ` is a noun): a term holding it
 * holds a clause.
 */
export function actVerbAt(text: string, at: number, english: Set<string>, words: WordBoundaries): boolean {
  const verb = optionalHeadAt(text, at, words);
  if (verb === null || !VERBS_OF_ACTS.has(verb) || headTranslated(text, at, verb, english, words) || boundPrefixBefore(text, at, words)) return false;
  return !inCompound(text, at, verb, words);
}
