import { isShortForm } from './acronym-matcher.js';
import { beforeSpaces, isSpaceAt, isThaiLetterAt, isWordInitialAt } from './characters.js';
import { englishHeadKey, englishHeadWord, englishKeys, englishPremodifierKey } from './english-words.js';
import { pronunciationStart } from './acronym-transliteration.js';
import { numberWordValue } from '../thai/number-words.js';
import { firstWordAt, wordAt, wordBefore } from './edge-words.js';
import { alignmentMass, keyTranslationAt, translatesKey, translationAt, translationEndingAt } from './lexicon-evidence.js';
import { loadEdgeWordWeights, loadWordStats } from './shipped-data.js';
import { EDGE_FEATURES, type EdgeFeature } from './span-weights.js';
import {
  AUXILIARIES,
  INSTRUMENT_NOUNS,
  LEFT_STOP_WORDS,
  MANNER,
  NAME_LINKS,
  NOMINALISED_STOP_WORDS,
  NOMINALISERS,
  NON_INITIAL_WORDS,
  OPTIONAL_HEAD_NOUNS,
  RELATIONAL_NOUNS,
  VERBS_BEFORE_NAMES,
  WEAK_STOP_WORDS,
  isFunctionWord,
} from './thai-vocabulary.js';
import { MIN_READ_LETTERS } from './name-readings.js';
import { WordList } from './word-list.js';
import type { WordBoundaries } from './word-boundaries.js';
import {
  LIST_CONJUNCTIONS,
  NOUN_HEADS,
  actVerbAt,
  clauseVerbAt,
  boundPrefixBefore,
  endsHeadNoun,
  gluedNameOpenerAt,
  gluedNameOpenerStart,
  headNounAt,
  headTranslated,
  insideHeadNoun,
  insideWordHoldingStopWordAfterStart,
  isWordStart,
  licensed,
  nominalHeadAt,
  nominalisedWordBefore,
  optionalHeadAt,
  startsWithAny,
  stopWordBefore,
  stopWordsIn,
  untranslatedHeadBefore,
} from './word-roles.js';

/** What the parenthesis says: the English and the short form, when there are. */
export interface Gloss {
  english?: string;
  acronym?: string;
  /** The English is what the short form usually stands for, not written here: its length says less than the short form's. */
  expanded?: boolean;
}

/** A possible left edge of the term, and what speaks for and against it (EDGE_FEATURES order). */
export interface EdgeCandidate {
  start: number;
  features: Float64Array;
  /** The word the term opens with, and the word right before it: what the learnt word weights look up. */
  firstWord: string;
  leftWord: string;
}

/** What makes a noun of the word after it: ความเป็น before ความ, so that the word's translation is looked up (ความเป็น|จริง). */
const NOMINAL_PREFIXES = [...NOMINALISED_STOP_WORDS, ...NOMINALISERS];

/** The first of NOMINAL_PREFIXES written at `p` as a word of its own; a loop, not find() with an arrow made at every position. */
function nominalPrefixAt(text: string, p: number, words: WordBoundaries): string | undefined {
  for (const n of NOMINAL_PREFIXES) if (text.startsWith(n, p) && words.isBoundary(p + n.length)) return n;
  return undefined;
}

/** Least share of sightings after an auxiliary, a negation or a nominaliser for a word to count as a verb (data/word-stats.json). */
export const VERB = 0.2;

/** Thai characters per letter of a short form given without its English. */
const THAI_PER_ACRONYM_LETTER = 5.5;
/** The same inside English, for short forms of four letters or more: half of them are read as words. */
const THAI_PER_PRONOUNCED_ACRONYM_LETTER = 3;

/** A decimal number written from `at` up to a space, or ending at `at` from one (`2.5`). */
const DECIMAL_AFTER = /^[0-9๐-๙]+\.[0-9๐-๙]+(?=\s)/u;
const DECIMAL_BEFORE = /(?<=\s)[0-9๐-๙]+\.[0-9๐-๙]+$/u;
const decimalAfter = (text: string, at: number): boolean => DECIMAL_AFTER.test(text.slice(at, at + 12));
const decimalBefore = (text: string, at: number): boolean => DECIMAL_BEFORE.test(text.slice(Math.max(0, at - 12), at));

/** Verbs written before a name (`ลงนาม`), which the segmenter may cut (`ลง|นาม`): what follows them is their object. */
const VERB_OPENERS = new WordList(VERBS_BEFORE_NAMES.keys());

/** Where the word that starts at `at` ends. */
const wordEndAfter = (text: string, at: number, words: WordBoundaries): number => at + Math.max(1, wordAt(text, at, words).length);

const FEATURE_INDEX = new Map(EDGE_FEATURES.map((name, i) => [name, i]));
const at = (name: EdgeFeature): number => FEATURE_INDEX.get(name)!;

function latinLength(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/**
 * How long the Thai for `english` should be, in characters. A short form of up to three letters
 * inside the English (`SME Development Bank`, `U.S.`) stands for a word per letter in the Thai;
 * longer ones are often read as words and transliterated (ASEAN อาเซียน, APEC เอเปค), often not.
 */
function expectedThaiLength(english: string, thaiPerLatin: number): number {
  let length = 0;
  for (const word of english.split(/\s+/u)) {
    const letters = latinLength(word);
    if (!isShortForm(word)) length += thaiPerLatin * letters;
    else length += (letters <= 3 ? THAI_PER_ACRONYM_LETTER : THAI_PER_PRONOUNCED_ACRONYM_LETTER) * letters;
  }
  return Math.max(3 * thaiPerLatin, length);
}

/** Weak stop words that name a place after a verb (ที่, at; บน, on), and the one that names places only, as they then do. */
const PLACE_WORDS = ['ที่', 'บน'];
/** An English noun of an instrument or an agent, made of a verb (`Defibrillator`, `Purifier`). */
const INSTRUMENT_ENDING = /[a-z](?:er|or)s?$/u;
const AT = 'ณ';

/**
 * Whether a bare verb is written right onto `at` (`แสดง|ที่`, performed at): a stop word there
 * heads the verb's complement, a place, not a relative clause of a noun (`หนี้|ที่…`); after a
 * nominaliser or a bound prefix the verb is a noun (`การพัฒนา|ที่ยั่งยืน`).
 */
function afterBareVerb(text: string, at: number, words: WordBoundaries): boolean {
  if (at === 0 || isSpaceAt(text, at - 1)) return false;
  const verb = wordBefore(text, at, words);
  return loadWordStats().verb.has(verb) && !AUXILIARIES.includes(verb) && !boundPrefixBefore(text, at - verb.length, words);
}

/**
 * Whether the ที่ or บน at `at` is a preposition of place: a bare verb comes right before it and a
 * noun, a word the word statistics never see as a verb, right after it (`จัดประชุม|ที่|หอประชุม…`,
 * `เดิน|บน|พรม…`); a relative clause goes on with a verb or an adjective (`เกษตร|ที่|ดี`, good
 * agricultural …), and after a noun บน makes one noun with it (`ความเป็นส่วนตัว|บน|โลกออนไลน์`).
 */
function locativeAt(text: string, at: number, words: WordBoundaries): boolean {
  const word = PLACE_WORDS.find((w) => text.startsWith(w, at));
  if (!word) return false;
  const after = at + word.length;
  if (!isThaiLetterAt(text, after) || !words.isBoundary(after)) return false;
  const next = wordAt(text, after, words);
  // Nor is it before a clause (`พร้อมที่จะ…`, `เป็นไปได้ที่การ…`: that).
  if (loadWordStats().verb.has(next) || AUXILIARIES.includes(next) || NOMINALISERS.includes(next) || stopWordBefore(text, after + next.length, words))
    return false;
  return afterBareVerb(text, at, words);
}

/**
 * Whether a term starting at `at` would split a compound: the word there is seldom written without
 * the noun written right onto it before (the word statistics' cohesion) and bonds with it
 * (`ผล|กระทบ`, Impact; `ระบบ|นิเวศ`, Ecosystem; `หลัก|สูตร`, a course), so that the lexicon learnt
 * the English for the compound on its second part. Not where the word before is a verb by the
 * word statistics or ends a verb before names, which takes the term as its object (`ลง|นาม|บันทึก…`),
 * nor where the term opens with a head noun of its own (`ปลัด|กระทรวง…`).
 */
function splitsCompound(text: string, at: number, words: WordBoundaries): boolean {
  if (at === 0 || !isThaiLetterAt(text, at - 1)) return false;
  const stats = loadWordStats();
  const left = wordBefore(text, at, words);
  const word = wordAt(text, at, words);
  const pair = `${left} ${word}`;
  // A verb before names ends before its object (`ลง|นาม|บันทึก…`, whatever the word statistics say of the pieces).
  if (VERB_OPENERS.endsBefore(text, at)) return false;
  const compound = (stats.cohesion.has(pair) && stats.bond.has(pair) && (stats.verb.get(left) ?? 0) < VERB) || inTriple(text, at, left, word, words);
  // A disease's or a symptom's name opens with the word before it all the same (`โรค|หลอดเลือด…`).
  return compound && !headNounAt(text, at, words) && !gluedNameOpenerAt(text, at, words) && gluedNameOpenerStart(text, at, words) < 0;
}

/** Least share of a word's sightings written right onto a noun for it to be a modifier (data/word-stats.json). */
const MIN_MODIFIER_SHARE = 0.7;

/**
 * Whether the word at `at` is a modifier written right onto a noun (`ระบบ|อัตโนมัติ`,
 * `ความปกติ|ใหม่`, `ผู้แทน|พิเศษ`): Thai puts the modifier after its head, so a noun phrase never
 * opens with it and the term takes the noun too. A modifier is a word the word statistics see
 * written onto a noun in most of its sightings; the noun, a word that is no function word
 * (isFunctionWord: `ด้าน`, `โดยเฉพาะ`), nor ever seen as a verb (`พบ|เชื้อ…`). Not where the word translates the English head (`Online`,
 * `เทคโนโลยี|ปัญญาประดิษฐ์`, Artificial Intelligence): then it is a noun the English names.
 */
function modifierAfterNoun(text: string, at: number, words: WordBoundaries, headKey: string | null): boolean {
  if (at === 0 || !isThaiLetterAt(text, at - 1)) return false;
  const stats = loadWordStats();
  const word = wordAt(text, at, words);
  if ((stats.modifier.get(word) ?? 0) < MIN_MODIFIER_SHARE) return false;
  // Thai names may open with a number (`หนึ่งแถบหนึ่งเส้นทาง`, One Belt One Road) though numbers follow nouns.
  if (numberWordValue(word) !== undefined) return false;
  const left = wordBefore(text, at, words);
  if (isFunctionWord(left) || stats.verb.has(left) || boundPrefixBefore(text, at, words)) return false;
  if (headNounAt(text, at, words) || gluedNameOpenerAt(text, at, words)) return false;
  // Nor after the end of a verb the segmenter cut up (`เชื่อม|โยง|ฐานข้อมูล`).
  const leftStart = at - left.length;
  if (leftStart > 0 && isThaiLetterAt(text, leftStart - 1)) {
    const first = wordBefore(text, leftStart, words);
    if (stats.verb.has(first) && stats.cohesion.has(`${first} ${left}`)) return false;
  }
  return headKey === null || !translatesKey(text, at, words, headKey);
}

/** Longest Thai reading of an English head noun looked for, in UTF-16 units. */
const MAX_HEAD_READING = 24;

/**
 * Whether the Thai at `at` reads the English head noun, as loanwords of entertainment, sport and
 * technology news are written (`คอนเสิร์ต|เสมือนจริง`, Virtual Concert; `แพลตฟอร์ม…`, Platform): the
 * term opens with its head as it does with a translation of it. The reading ends at a word boundary.
 */
function readsHead(text: string, at: number, stretchEnd: number, words: WordBoundaries, head: string | null, keys: ReadonlySet<string>): boolean {
  if (!head || head.length < MIN_READ_LETTERS) return false;
  // A word the lexicon knows for other English is no reading (ตัวนำ is no Driven).
  if (translationAt(text, at, words, keys) === 'untranslated') return false;
  const isStart = (p: number): boolean => p === at;
  for (let end = at + 2; end < Math.min(stretchEnd, at + MAX_HEAD_READING); end++) {
    if (!isThaiLetterAt(text, end - 1)) return false;
    // The head is read first and more Thai follows it: a name read whole ends with its head (ไช่หนี่ยวเน็ตเวิร์ค).
    if (!isThaiLetterAt(text, end) || !words.isBoundary(end)) continue;
    if (pronunciationStart(text, end, head, isStart) === at) return true;
  }
  return false;
}

/** Least share of a bonded pair's sightings with the same word before it for the three to be one compound. */
const TRIPLE = 0.9;

/** Whether a word that opens no phrase (no stop word, auxiliary or nominaliser) is one of a compound's. */
const contentWord = (word: string): boolean => !LEFT_STOP_WORDS.has(word) && !AUXILIARIES.includes(word) && !NOMINALISERS.includes(word);

/**
 * Whether `at`, between the words `left` and `word`, falls inside a compound of three words the
 * segmenter cut up (`ตรวจ|ลง|ตรา`, a visa: the bonded pair `ลง ตรา` nearly always after ตรวจ),
 * at either of its inner edges.
 */
function inTriple(text: string, at: number, left: string, word: string, words: WordBoundaries): boolean {
  const { triple } = loadWordStats();
  const after = at + word.length;
  const next = isThaiLetterAt(text, after) ? wordAt(text, after, words) : '';
  if (next && contentWord(left) && (triple.get(`${left} ${word} ${next}`) ?? 0) >= TRIPLE) return true;
  const leftStart = at - left.length;
  const first = leftStart > 0 && isThaiLetterAt(text, leftStart - 1) ? wordBefore(text, leftStart, words) : '';
  return first !== '' && contentWord(first) && (triple.get(`${first} ${left} ${word}`) ?? 0) >= TRIPLE;
}

/**
 * Whether the stop word `stop` at `at` may sit inside the term: the English has its counterpart,
 * or it is แบบ after a word the English translates, a noun with its manner (`เศรษฐกิจ|แบบ|ดั้งเดิม`,
 * Traditional Business), where after an act the English left untranslated the manner is the term
 * (`การโจมตี|แบบ|ปฏิเสธการให้บริการ`, Denial of Service).
 */
function licensedAt(text: string, at: number, stop: string, english: Set<string>, keys: ReadonlySet<string>, words: WordBoundaries): boolean {
  if (licensed(stop, english)) return !nameOfAfterClauseNoun(text, at, stop, keys, words);
  if (stop !== MANNER || at === 0) return false;
  // A short form given alone, with no English to tell: written onto the word before it, แบบ gives
  // that noun's manner inside the name (`การยืนยันตัวตน|แบบ|หลายปัจจัย (MFA)`).
  if (english.size === 0) return isThaiLetterAt(text, at - 1);
  // The noun the manner is of: a word of the English's, the head Thai puts first, within the phrase before แบบ.
  for (let q = at - 1; q >= Math.max(0, at - MANNER_REACH) && !/[\n()]/u.test(text[q]); q--) {
    if (isThaiLetterAt(text, q) && isWordStart(text, q, words) && translationAt(text, q, words, keys) === 'translated') return true;
  }
  return false;
}
/**
 * Whether ของ at `at` joins a noun of the clause to a body's name whose English has an `of` of its
 * own (`คำร้อง|ของ|กรมสอบสวนคดีพิเศษ`, Department of Special Investigation): a head noun opens the
 * name after it (กรม), and Thai writes a name's `of` without ของ, and the word before it is one the
 * lexicon knows for other English than the parenthesis's (คำร้อง, a petition). Then ของ is no part
 * of the term: the English's `of` does not license it.
 */
function nameOfAfterClauseNoun(text: string, at: number, stop: string, keys: ReadonlySet<string>, words: WordBoundaries): boolean {
  if (stop !== OF || at === 0 || !isThaiLetterAt(text, at - 1)) return false;
  return headNounAt(text, at + OF.length, words) && translationEndingAt(text, at, words, keys) === 'untranslated';
}
const OF = 'ของ';

/** How far before แบบ the noun its manner is of is looked for, in UTF-16 units. */
const MANNER_REACH = 30;

/** Whether `stop`, written right before `at`, is a weak stop word that no bare verb comes right before. */
const weakStopBefore = (text: string, at: number, stop: string, words: WordBoundaries): boolean =>
  WEAK_STOP_WORDS.includes(stop) && !locativeAt(text, at - stop.length, words) && !relativeBeforeBody(text, at - stop.length, stop);

/**
 * Whether `stop` at `at` is ที่ written onto a body's head noun: a relative word whose clause the
 * body is the subject of (`รายการ|ที่|สมาพันธ์ฟุตบอลแห่งเอเชีย|จัดขึ้น`, the event the confederation
 * holds), a stop word as strong as any; no name runs on from a noun through ที่ into a body's.
 */
const relativeBeforeBody = (text: string, at: number, stop: string): boolean => stop === RELATIVE && NOUN_HEADS.startsAt(text, at + stop.length);
const RELATIVE = 'ที่';

const DASH = /[-–—]/u;

/** The colon and dash kinds the English writes (`:` and `-` for any dash). */
function marksOf(english: string): string {
  return (english.includes(':') ? ':' : '') + (DASH.test(english) ? '-' : '');
}

/** Whether the space at `p` stands beside a colon or a dash of a kind in `marks`, across other spaces. */
function besideMark(text: string, p: number, marks: string): boolean {
  if (!marks) return false;
  let after = p + 1;
  while (isSpaceAt(text, after)) after++;
  return [text[after], text[beforeSpaces(text, p) - 1]].some((c) => c !== undefined && marks.includes(DASH.test(c) ? '-' : c));
}

/**
 * Every word start between `regionStart` and `end` that may be the term's left edge, nearest
 * the parenthesis first, with its features. `english` holds the English words and their keys.
 * No term starts with a stop word; one stretching over a stop word the English does not
 * license counts it against itself.
 */
export function edgeCandidates(
  text: string,
  end: number,
  regionStart: number,
  words: WordBoundaries,
  gloss: Gloss,
  english: Set<string>,
  thaiPerLatin: number,
): EdgeCandidate[] {
  const expected =
    gloss.english && !gloss.expanded
      ? expectedThaiLength(gloss.english, thaiPerLatin)
      : THAI_PER_ACRONYM_LETTER * Math.max(2, latinLength(gloss.acronym ?? ''));
  const keys = englishKeys(gloss.english ?? '');
  const headKey = englishHeadKey(gloss.english ?? '');
  const headWord = englishHeadWord(gloss.english ?? '');
  const premodifierKey = englishPremodifierKey(gloss.english ?? '');
  const instrumentHead = headWord !== null && INSTRUMENT_ENDING.test(headWord);
  const stops = stopWordsIn(text, regionStart, end, words);
  const learnt = loadEdgeWordWeights();
  const stats = loadWordStats();
  const candidates: EdgeCandidate[] = [];
  // What the stretch from the current position to the parenthesis holds, counted leftwards.
  let letters = 0;
  let strongStops = 0;
  let weakStops = 0;
  let auxiliaries = 0;
  let spaces = 0;
  let spacedConjunctions = 0;
  let translated = 0;
  let untranslated = 0;
  // The candidates that open with a bare verb glued to a noun, no verb itself, before it.
  const verbsAfterNouns = new Set<number>();
  // The candidates whose first word names the English head by the common words of news alone.
  const commonHeads = new Set<number>();
  // The head noun of a candidate nearer the parenthesis that translates the English head, if any.
  let claimant: string | null = null;
  // Whether a stop word lies between the last candidate and the position, which then is not the word left of it.
  let stopSinceLast = false;
  // Thai separates the items of a list with spaces where English has commas, and before และ/หรือ.
  let listSpaces = (gloss.english?.match(/,/gu) ?? []).length;
  const marks = marksOf(gloss.english ?? '');
  for (let p = end - 1; p >= regionStart; p--) {
    if (isSpaceAt(text, p)) {
      // Thai writes spaces around a measure (`ไม่เกิน 2.5 ไมครอน`), and around a colon or a dash
      // that the English has too (a title and its subtitle, `… : …` for `…: …`): they part no phrases.
      if (!isSpaceAt(text, p + 1) && !decimalAfter(text, p + 1) && !decimalBefore(text, p) && !besideMark(text, p, marks)) {
        if (startsWithAny(text, p + 1, LIST_CONJUNCTIONS)) {
          spacedConjunctions++;
          continue;
        }
        if (listSpaces > 0) listSpaces--;
        else spaces++;
      }
      continue;
    }
    letters++;
    const edge = p === regionStart || isSpaceAt(text, p - 1) || words.isBoundary(p) || nominalHeadAt(text, p, words) || gluedNameOpenerAt(text, p, words);
    // A bound prefix makes one word with the word after it (`ความ|ยากง่าย`, `ผู้|บริหาร`),
    // whatever the segmenter made of them, unless it is the end of a stop word (`ผู้ว่า|การ|ธนาคาร`).
    const bound = boundPrefixBefore(text, p, words) && !(p > regionStart && stops.inside[p - 1 - regionStart]);
    if (!edge || !isWordInitialAt(text, p) || bound) continue;
    if (
      startsWithAny(text, p, NAME_LINKS) ||
      startsWithAny(text, p, NON_INITIAL_WORDS) ||
      stops.inside[p - regionStart] ||
      endsHeadNoun(text, p) ||
      insideHeadNoun(text, p, words) ||
      insideWordHoldingStopWordAfterStart(text, p)
    )
      continue;
    // การ/ความ make a noun of a verb; before a stop word (`การที่`) or a noun (`ว่าการ|กระทรวง`) they are no term's start.
    const nominaliser = nominalPrefixAt(text, p, words);
    if (nominaliser && (stops.at.has(p + nominaliser.length) || NOUN_HEADS.startsAt(text, p + nominaliser.length))) continue;
    const stop = stops.at.get(p);
    if (stop && !(RELATIONAL_NOUNS.includes(stop) && licensed(stop, english))) {
      if (!licensedAt(text, p, stop, english, keys, words)) {
        if (AUXILIARIES.includes(stop)) auxiliaries++;
        else if (weakStopBefore(text, p + stop.length, stop, words)) weakStops++;
        else strongStops++;
      }
      stopSinceLast = true;
      continue;
    }
    const before = stopWordBefore(text, p, words);
    if (!before && (splitsCompound(text, p, words) || modifierAfterNoun(text, p, words, headKey))) {
      // No edge, but the word is inside the terms to its left as any other. (Crediting the
      // compound's start with what the lexicon says of this part did worse on our labels.)
      const inside = translationAt(text, p, words, keys);
      if (inside === 'translated') translated++;
      else if (inside === 'untranslated') untranslated++;
      // The compound is the word left of the edge after it, and the lexicon's word for it is this part.
      const previous = candidates[candidates.length - 1];
      if (previous && !stopSinceLast) {
        if (inside === 'translated') previous.features[at('leftWordTranslated')] = 1;
        else if (inside === 'untranslated') previous.features[at('leftWordUntranslated')] = 1;
      }
      stopSinceLast = true;
      continue;
    }
    const f = new Float64Array(EDGE_FEATURES.length);
    f[at('lengthFit')] = -(Math.log(letters / expected) ** 2);
    f[at('stopWordInside')] = strongStops;
    f[at('weakStopWordInside')] = weakStops;
    f[at('auxiliaryInside')] = auxiliaries;
    f[at('spaceInside')] = spaces;
    f[at('spacedConjunctionInside')] = spacedConjunctions;
    f[at('translatedInside')] = translated;
    f[at('untranslatedInside')] = untranslated;
    if (p === regionStart) f[at('hardBoundary')] = 1;
    else if (before)
      f[
        at(
          licensedAt(text, p - before.length, before, english, keys, words)
            ? 'afterLicensedStopWord'
            : weakStopBefore(text, p, before, words)
              ? 'afterWeakStopWord'
              : 'afterStopWord',
        )
      ] = 1;
    else if (untranslatedHeadBefore(text, p, english, words)) f[at('afterUntranslatedHead')] = 1;
    else if (nominalisedWordBefore(text, p, words)) f[at('afterNominalisedWord')] = 1;
    else if (isSpaceAt(text, p - 1)) f[at('afterSpace')] = 1;
    const head = optionalHeadAt(text, p, words);
    if (head && OPTIONAL_HEAD_NOUNS.has(head) && headTranslated(text, p, head, english, words)) f[at('translatedHead')] = 1;
    else if (headNounAt(text, p, words)) f[at('nameHead')] = 1;
    else if (startsWithAny(text, p, NOMINALISERS)) f[at('nominaliser')] = 1;
    // การ/ความ say nothing; the word they make a noun of does (`การ|ผลักดัน`).
    const translation = translationAt(text, nominaliser ? p + nominaliser.length : p, words, keys);
    const headAt = headKey === null ? null : keyTranslationAt(text, p, words, headKey);
    const headAfterNominaliser = headKey === null || nominaliser === undefined ? null : keyTranslationAt(text, p + nominaliser.length, words, headKey);
    const tableHead = headAt === 'table' || headAfterNominaliser === 'table';
    // The common words of news name the English head too (รหัสผ่าน, Password; เสนอขาย, Offering), but
    // not as the subject of a clause: a stretch holding an auxiliary or a clause's verb after its first
    // word (`ผู้ตัดสิน|ใช้|ระบบ…`, the referee uses …).
    const commonHead = !tableHead && auxiliaries === 0 && (headAt === 'common' || headAfterNominaliser === 'common');
    const isHead = tableHead || commonHead;
    const namesHead = f[at('translatedHead')] === 1 && headKey !== null && OPTIONAL_HEAD_NOUNS.get(head!)!.includes(headKey);
    // A head noun nearer the parenthesis that translates the English head has claimed it (`หลักสูตร…|
    // โครงการประเมินผล…`, Programme for …): Thai opens the name with its head, so this one, a noun of
    // the clause, translates nothing of the English, as a head noun whose English the next one claims
    // (headTranslated).
    // Not the same noun said again: it pairs two halves of one name (`เมือง|พี่|เมือง|น้อง`, Sister City) or
    // makes a noun of each (`ค่า|ธรรมเนียมชดเชย|ค่า|น้ำมัน`, Fuel Surcharge), whose English head either may be.
    const claimed = claimant !== null && claimant !== head && (isHead || namesHead);
    if ((isHead || readsHead(text, p, end, words, headWord, keys)) && !claimed) f[at('firstWordIsHead')] = 1;
    if (commonHead && !claimed) commonHeads.add(p);
    if (claimed) f[at('translatedHead')] = 0;
    // Not a noun written onto a verb, which makes one word with it (`ปฏิบัติ|งาน`, Work).
    const ontoVerb = p > 0 && !isSpaceAt(text, p - 1) && (stats.verb.get(wordBefore(text, p, words)) ?? 0) >= VERB;
    if (namesHead && !nominaliser && !ontoVerb && claimant === null) claimant = head;
    if (claimed) f[at('firstWordUntranslated')] = 1;
    else if (translation === 'translated') f[at('firstWordTranslated')] = 1;
    else if (translation === 'untranslated') f[at('firstWordUntranslated')] = 1;
    // The word left of the previous candidate is this one, unless a stop word came between.
    const previous = candidates[candidates.length - 1];
    if (previous && !stopSinceLast) {
      if (translation === 'translated') {
        previous.features[at('leftWordTranslated')] = 1;
        // A word before a common word's head that translates the English too opens the Thai head (`ผู้ช่วย|ผู้ตัดสิน…`, Assistant Referee).
        if (commonHeads.has(previous.start)) previous.features[at('firstWordIsHead')] = 0;
        // So does the word for the English head's modifier written before the head in the English's order
        // (`กรอบ|อนุสัญญา…`, Framework Convention): Thai took the compound whole.
        else if (
          previous.features[at('firstWordIsHead')] === 1 &&
          premodifierKey !== null &&
          keyTranslationAt(text, nominaliser ? p + nominaliser.length : p, words, premodifierKey) !== null
        ) {
          previous.features[at('firstWordIsHead')] = 0;
          f[at('firstWordIsHead')] = 1;
        }
      } else if (translation === 'untranslated') previous.features[at('leftWordUntranslated')] = 1;
      // A noun and the bare verb after it that it makes a noun of are one word to the English
      // (เครื่องอ่าน, Reader; เงินออม, Savings; มาตรการริเริ่ม, Initiative): the noun opens the English head too.
      // So does an instrument noun before the verb when the English names an instrument by its
      // verb (`เครื่อง|กระตุกหัวใจ…`, … Defibrillator), whatever the word statistics say of the verb.
      const instrument = instrumentHead && startsWithAny(text, p, INSTRUMENT_NOUNS);
      if ((verbsAfterNouns.has(previous.start) || instrument) && previous.start === p + wordAt(text, p, words).length) {
        f[at('firstWordIsHead')] = Math.max(f[at('firstWordIsHead')], previous.features[at('firstWordIsHead')]);
      }
    }
    const firstWord = firstWordAt(text, p, words);
    const leftWord = wordBefore(text, p, words);
    f[at('firstWordLearned')] = learnt.first.get(firstWord) ?? 0;
    // ที่ or บน after a bare verb is a preposition of place, as ณ is: it is weighed as ณ is.
    f[at('leftWordLearned')] = learnt.left.get(PLACE_WORDS.includes(leftWord) && locativeAt(text, p - leftWord.length, words) ? AT : leftWord) ?? 0;
    const opening = wordAt(text, p, words);
    if (!nominaliser) f[at('firstWordVerb')] = stats.verb.get(opening) ?? 0;
    if (
      !nominaliser &&
      f[at('firstWordVerb')] >= VERB &&
      p > 0 &&
      !isSpaceAt(text, p - 1) &&
      !before &&
      leftWord.length > 1 &&
      !stats.verb.has(leftWord) &&
      !boundPrefixBefore(text, p, words)
    ) {
      verbsAfterNouns.add(p);
    }
    f[at('leftWordVerb')] = stats.verb.get(leftWord) ?? 0;
    // A verb bonds with the word that names a disease (ควบคุม|โรค), which opens the term all the same.
    if (p > 0 && !isSpaceAt(text, p - 1) && !gluedNameOpenerAt(text, p, words)) {
      f[at('splitsBond')] = (stats.bond.get(`${leftWord} ${opening}`) ?? 0) / 10;
      // A stop word is left out of a term whatever follows it (เป็น|โรค…, being ill with).
      if (!before) f[at('splitsPhrase')] = stats.cohesion.get(`${leftWord} ${opening}`) ?? 0;
    }
    candidates.push({ start: p, features: f, firstWord, leftWord });
    stopSinceLast = false;
    // A verb of an act makes a clause of a term that holds it, as an auxiliary does (`บริษัท|ประกาศ|จ่าย…`),
    // and so does a verb taking an order or a clause (`ผู้นำ|สั่ง|ทดสอบ…`).
    if (actVerbAt(text, p, english, words) || clauseVerbAt(text, p, english, words)) auxiliaries++;
    if (translation === 'translated') translated++;
    else if (translation === 'untranslated') untranslated++;
  }
  // How verb-like the bare words after each candidate's first word are (ผู้|ผลิต and การ|ผลิต are nouns).
  const verbs = new Float64Array(end - regionStart + 1);
  for (let q = end - 1; q >= regionStart; q--) {
    const starts = q === regionStart || words.isBoundary(q) || isSpaceAt(text, q - 1);
    const bare = starts && !boundPrefixBefore(text, q, words);
    verbs[q - regionStart] = verbs[q + 1 - regionStart] + (bare ? (stats.verb.get(wordAt(text, q, words)) ?? 0) : 0);
  }
  for (const c of candidates) c.features[at('verbsInside')] = verbs[wordEndAfter(text, c.start, words) - regionStart] ?? 0;
  // How much of the English the words inside the term explain, and the words between the edge and the next one left of it.
  if (keys.size) {
    const mass = alignmentMass(text, regionStart, end, words, keys);
    const fromHere = new Float64Array(mass.length + 1);
    for (let i = mass.length - 1; i >= 0; i--) fromHere[i] = fromHere[i + 1] + mass[i];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const left = i + 1 < candidates.length ? candidates[i + 1].start : regionStart;
      c.features[at('alignedInside')] = fromHere[c.start - regionStart] / keys.size;
      c.features[at('alignedLeft')] = (fromHere[left - regionStart] - fromHere[c.start - regionStart]) / keys.size;
    }
  }
  return candidates;
}
