import { pronunciationStart, transliterationStart } from './acronym-transliteration.js';
import { THAI_LETTER, beforeSpaces, beforeSpacesOnLine, isSpaceAt, isThaiLetterAt } from './characters.js';
import { edgeCandidates, type Gloss, VERB } from './edge-features.js';
import { englishKeys, englishWords } from './english-words.js';
import { firstWordAt, wordAt, wordBefore } from './edge-words.js';
import { findParentheses } from './find-parentheses.js';
import { translationAt } from './lexicon-evidence.js';
import { honorificNameAfterNoName, personSpan } from './person-name.js';
import { quotedBefore } from './quoted-name.js';
import { loadEdgeWordWeights, loadSpanWeights, loadWordStats } from './shipped-data.js';
import { EDGE_FEATURES, type SpanWeights } from './span-weights.js';
import { isNumberedShortForm, type Range } from './split-inside.js';
import { chunksBefore } from './term-chunks.js';
import type { WordBoundaries } from './word-boundaries.js';
import { NOMINALISERS, OPTIONAL_HEAD_NOUNS, RELATIONAL_NOUNS, VERBS_OF_ACTS } from './thai-vocabulary.js';
import {
  HEADS,
  afterGluedStopWord,
  boundPrefixBefore,
  gluedNameOpenerStart,
  isWordStart,
  licensed,
  nameOpenerAt,
  nameOpenersIn,
  stopWordBefore,
  stripOptionalHead,
} from './word-roles.js';
import { MIN_READ_LETTERS, joinedReadingStart, readingsOf } from './name-readings.js';
import { BRACKETED_LEGAL_FORMS, companyNameEndingAt } from '../thai/company-names.js';
import { toAsciiDigits } from '../thai/digits.js';
import { POLITE_PARTICLES, SOFTENING_PARTICLE } from '../thai/final-particles.js';
import { numberWordValue } from '../thai/number-words.js';

export type { Gloss } from './edge-features.js';

const THAI_OR_DIGIT = /[\u0E01-\u0E5B0-9]/u;
/** Stop words after which the Thai before them may still be the term (`X หรือ (English)`). */
const JOINING_WORDS = ['หรือ', 'และ', 'กับ', 'เป็น'];
const OR = 'หรือ';
const AND = 'และ';

/** Longest Thai parenthesis looked through before a gloss, in UTF-16 units. */
const MAX_ENCLOSED = 120;

/**
 * Where the text before a Thai parenthesis ends, when one sits between the term and the English
 * (`สำนักงานส่งเสริมการเลี้ยงผึ้ง (สสผ.) (Beekeeping Promotion Office)`); else `end`.
 */
function skipThaiParenthesis(text: string, end: number): number {
  if (text[end - 1] !== ')') return end;
  const open = text.lastIndexOf('(', end - 1);
  if (open < 0 || end - open > MAX_ENCLOSED) return end;
  const inside = text.slice(open + 1, end - 1);
  if (!THAI_LETTER.test(inside) || /[A-Za-z()\n]/u.test(inside)) return end;
  return beforeSpacesOnLine(text, open);
}

/** Where the Thai for the short form, spelt out (บีซีจี) or read as a word (เอเปค), starts right before `end`; -1 when it is not there. */
function shortFormInThai(text: string, end: number, acronym: string, words: WordBoundaries): number {
  const startsReading = (p: number): boolean => isWordStart(text, p, words) || afterGluedStopWord(text, p, words);
  const spelled = transliterationStart(text, end, acronym);
  if (spelled >= 0 && startsReading(spelled)) return spelled;
  return pronunciationStart(text, end, acronym, startsReading);
}

/** Where หรือ starts when it comes right before `at`, across spaces; else -1. */
function nameBeforeOr(text: string, at: number, words: WordBoundaries): number {
  return wordBefore(text, at, words) === OR ? text.lastIndexOf(OR, at) : -1;
}

/** Thai names a disease with โรค before it, whether or not the English says disease (โรคซาร์ส, SARS). */
const DISEASE = 'โรค';

/**
 * Where the Thai for a short form starts, with the noun right before it when that belongs to the
 * name: the English translates it (ทีมเมิร์ท, Medical Emergency Response Team: MERT), or it is โรค.
 */
function withHeadNoun(text: string, start: number, words: WordBoundaries, gloss: Gloss): number {
  const head = wordBefore(text, start, words);
  const headStart = start - head.length;
  // Only a noun written together with the reading (wordBefore also looks across spaces).
  if (!head || !text.startsWith(head, headStart)) return start;
  const belongs =
    head === DISEASE ||
    translationAt(text, headStart, words, englishKeys(gloss.english ?? '')) === 'translated' ||
    readsEnglishWord(text, headStart, start, gloss);
  return belongs ? headStart : start;
}

/** Whether the Thai of [start, end) reads a word of the English (ไวรัส for Virus), as loanwords are written. */
function readsEnglishWord(text: string, start: number, end: number, gloss: Gloss): boolean {
  if (!gloss.english) return false;
  const isStart = (p: number): boolean => p === start;
  for (const word of gloss.english.split(/[^A-Za-z]+/u)) {
    if (word.length >= MIN_READ_LETTERS && pronunciationStart(text, end, word, isStart) === start) return true;
  }
  return false;
}

/** Shortest run whose repetition counts as doubled text, in UTF-16 units. */
const MIN_REPEAT = 6;

/**
 * Whether the stretch from `start` opens with a run written twice (`สภานายจ้างฝรั่งเศส
 * สภานายจ้างฝรั่งเศส`), as scraped pages double a name: the term is the second copy.
 */
function opensWithRepeat(text: string, start: number, end: number): boolean {
  for (let length = MIN_REPEAT; start + 2 * length <= end; length++) {
    let second = start + length;
    while (second < end && isSpaceAt(text, second)) second++;
    if (second + length > end) continue;
    let same = 0;
    while (same < length && text.charCodeAt(start + same) === text.charCodeAt(second + same)) same++;
    if (same === length) return true;
  }
  return false;
}

/**
 * Where the text before a polite particle ending at `end` ends (`หนังสือ “รู้ทันความเครียด” นะครับ
 * (Know Your Stress)`), else `end`: a speaker closing a sentence to the listener names nothing with
 * the particle, so the term is before it.
 */
function beforeSpokenEnding(text: string, end: number, words: WordBoundaries): number {
  const particle = POLITE_PARTICLES.find((p) => text.endsWith(p, end) && words.isBoundary(end - p.length));
  if (!particle) return end;
  let start = end - particle.length;
  if (text.endsWith(SOFTENING_PARTICLE, start) && words.isBoundary(start - SOFTENING_PARTICLE.length)) start -= SOFTENING_PARTICLE.length;
  return beforeSpaces(text, start);
}

/** Where a legal form in brackets ending at `end` opens, -1 when none does. */
function legalFormBefore(text: string, end: number): number {
  const form = BRACKETED_LEGAL_FORMS.find((f) => text.startsWith(f, end - f.length));
  return form ? end - form.length : -1;
}

/** `found` with every term that ends right before `before` (spaces apart) ending at `end` instead. */
function withEnd(text: string, found: ReturnType<typeof thaiSpanCandidates>, before: number, end: number): ReturnType<typeof thaiSpanCandidates> {
  const moved = (span: Range): Range => (span[1] <= before && text.slice(span[1], before).trim() === '' ? [span[0], end] : span);
  if ('settled' in found) return { settled: found.settled && moved(found.settled) };
  return { candidates: found.candidates.map((c) => ({ ...c, span: moved(c.span) })) };
}

const HARD_BOUNDARY_AT = EDGE_FEATURES.indexOf('hardBoundary');
/** The features of the word left of an edge and of cutting the edge there. */
const LEFT_WORD_FEATURES = (['leftWordTranslated', 'leftWordUntranslated', 'leftWordLearned', 'leftWordVerb', 'splitsBond', 'splitsPhrase'] as const).map((f) =>
  EDGE_FEATURES.indexOf(f),
);
/** Prepositions that follow an object or a complement, not a sentence's subject. */
const PREPOSITIONS = ['ใน', 'ของ', 'จาก', 'แก่', 'ต่อ', 'สู่', 'ด้วย', 'ตาม', 'ภายใต้', 'ผ่าน', 'ไปยัง', 'เกี่ยวกับ', 'ณ'];
/** Longest parenthesis looked across for what follows it, in UTF-16 units. */
const MAX_PARENTHESIS = 300;

/** Whether a preposition (a whole word) or a number follows the parenthesis that opens at `open`. */
function objectFollows(text: string, open: number, words: WordBoundaries): boolean {
  const pair = findParentheses(text.slice(open, open + MAX_PARENTHESIS))[0];
  if (pair?.open !== 0) return false;
  let next = open + pair.close + 1;
  while (next < text.length && isSpaceAt(text, next) && text[next] !== '\n') next++;
  if (/[0-9๐-๙]/u.test(text[next] ?? '')) return true;
  return PREPOSITIONS.some((p) => text.startsWith(p, next) && words.isBoundary(next + p.length));
}

/**
 * Whether the stretch `[start, end)` opens with a clause: a bare verb written onto the words
 * before it (its subject) and followed by more (`ค่ายเพลง|ปล่อย|เพลงประกอบละคร`). Not a verb
 * after a head noun, which names what the body does (`องค์การ|บริหาร…`, `เขต|พัฒนา…`), nor after
 * a bound prefix (`ผู้|ผลิต`), nor a stretch opening with a nominaliser, a noun phrase
 * (`การจัด|งาน…`).
 */
function opensWithClause(text: string, start: number, end: number, words: WordBoundaries): boolean {
  if (NOMINALISERS.some((n) => text.startsWith(n, start))) return false;
  const stats = loadWordStats();
  for (let q = start + Math.max(1, wordAt(text, start, words).length); q < end; q++) {
    if (!words.isBoundary(q) || !isThaiLetterAt(text, q - 1) || !isThaiLetterAt(text, q)) continue;
    if (boundPrefixBefore(text, q, words)) continue;
    const word = wordAt(text, q, words);
    const act = VERBS_OF_ACTS.has(word);
    if (!act && HEADS.endsBefore(text, q)) continue;
    if ((act || (stats.verb.get(word) ?? 0) >= VERB) && q + word.length < end) return true;
  }
  return false;
}

/**
 * Whether the parenthesis gives one English word and no short form (`Sanctions`, `Inflation`,
 * `Teleconference`): a common noun, not a name, so a generic head noun it leaves untranslated is
 * no part of the term (`มาตรการ|คว่ำบาตร`, `อัตรา|เงินเฟ้อ`), where a name, of several words or
 * with a short form, may keep one (`ศูนย์รวมสินค้า`, Container Yard; `มาตรการตอบโต้การทุ่มตลาด`,
 * Anti-Dumping: AD).
 */
const namesOneThing = (gloss: Gloss): boolean => gloss.english !== undefined && !gloss.acronym && !/\s/u.test(gloss.english.trim());

/** A term the span finder may give, with the features of its left edge. */
export interface SpanCandidate {
  span: Range;
  features: Float64Array;
  firstWord: string;
  leftWord: string;
}

/**
 * What comes before the parenthesis at UTF-16 index `open`: a term settled without scoring (a
 * Thai spelling or reading of the short form, a quotation, a person's name; null when no Thai
 * comes right before the parenthesis), or the terms to choose from, one per candidate left edge,
 * each without an untranslated head noun at its start (for a reading after หรือ, the name's terms
 * running on to the reading).
 */
export function thaiSpanCandidates(
  text: string,
  open: number,
  words: WordBoundaries,
  gloss: Gloss,
  thaiPerLatin: number,
  legalFormTaken = false,
): { settled: Range | null } | { candidates: SpanCandidate[] } {
  let end = beforeSpokenEnding(text, beforeSpaces(text, open), words);
  if (end === 0) return { settled: null };
  // A public organisation's legal form belongs to its name (`สำนักงาน… (องค์การมหาชน) (…: DGA)`):
  // the term is found before it and runs on to its end. One legal form, not a run of them.
  const legalForm = legalFormTaken ? -1 : legalFormBefore(text, end);
  if (legalForm >= 0) return withEnd(text, thaiSpanCandidates(text, legalForm, words, gloss, thaiPerLatin, true), legalForm, end);
  // A registered company name is one term, its (มหาชน) too (`บริษัท ดีแทค ไตรเน็ต จำกัด (DTN)`).
  const company = companyNameEndingAt(text, end);
  if (company) return { settled: company };
  // A name written as Thai readings of all its English words (ไทยแลนด์ สปอร์ต เอ็กซ์โป 2019, ท็อกซิก …) is the term.
  const readEnd = end;
  const read = gloss.english ? readingsOf(text, chunksBefore(text, end, englishWords(gloss.english)), gloss.english, words) : null;
  if (read?.whole) return { settled: [read.leftmost, end] };
  const joined = gloss.english ? joinedReadingStart(text, end, gloss.english, words) : -1;
  if (joined >= 0) return { settled: [joined, end] };
  const spelled = gloss.acronym ? shortFormInThai(text, end, gloss.acronym, words) : -1;
  if (spelled >= 0) {
    const reading: Range = [withHeadNoun(text, spelled, words, gloss), end];
    // `ชื่อเต็ม หรือ เอเปค (Asia-Pacific Economic Cooperation: APEC)`: the English translates the name too.
    const name = gloss.english ? nameBeforeOr(text, spelled, words) : -1;
    if (name < 0) return { settled: reading };
    // The name before หรือ joins the reading when no bracket or line break comes between.
    const joins = (start: number): boolean => !/[()\n]/u.test(text.slice(start, end));
    const found = thaiSpanCandidates(text, name, words, { english: gloss.english }, thaiPerLatin);
    if ('settled' in found) return { settled: found.settled && joins(found.settled[0]) ? [found.settled[0], end] : reading };
    const candidates = found.candidates.filter((c) => joins(c.span[0])).map((c): SpanCandidate => ({ ...c, span: [c.span[0], end] }));
    return candidates.length ? { candidates } : { settled: reading };
  }
  end = skipThaiParenthesis(text, end);
  const quoted = quotedBefore(text, end);
  if (quoted) return { settled: quoted };
  if (!THAI_OR_DIGIT.test(text[end - 1] ?? '')) return { settled: null };
  const english = englishWords(gloss.english ?? '');
  // `ไมเคิล คีตัน จาก (Birdman) เบิร์ดแมน`: after จาก, ของ, ใน … written apart, the parenthesis glosses
  // what follows, or nothing before it. Written onto the word before, the stop word may end a
  // compound (เชื่อม|ต่อ, ทุก|ที่); before หรือ, และ, กับ, เป็น the term is what they join.
  const stop = stopWordBefore(text, end, words);
  if (stop && isSpaceAt(text, end - stop.length - 1) && !JOINING_WORDS.includes(stop) && !licensed(stop, english) && !RELATIONAL_NOUNS.includes(stop)) {
    return { settled: null };
  }
  // `ผลิตภัณฑ์มวลรวมของประเทศ หรือ (GDP)`: หรือ written apart names the same thing again in the
  // parenthesis; it joins the term to it and is no part of it.
  if (stop === OR && isSpaceAt(text, end - stop.length - 1)) end = beforeSpaces(text, end - stop.length);
  const chunks = chunksBefore(text, end, english, gloss.english?.includes(':'));
  if (!chunks.length || !chunks.some((c) => THAI_LETTER.test(text.slice(c.start, c.end)))) return { settled: null };
  const person = personSpan(text, chunks, gloss.english ?? '', words);
  if (person) return { settled: person };
  // A term does not leave out a reading of an English word written before it (นิกเคอิ of นิกเคอิ เอเชีย, Nikkei Asia).
  // The readings found above, unless a Thai parenthesis skipped or a colon crossed made the chunks other ones.
  const sameChunks = end === readEnd && !gloss.english?.includes(':');
  const readings = gloss.english ? (sameChunks ? read : readingsOf(text, chunks, gloss.english, words)) : null;
  // A person's name after an honorific glosses no Thai but that name: the role or the body written
  // before it (`รัฐมนตรีว่าการกระทรวงอาหารบังกลาเทศ (H.E. Mr. Qamrul Islam)`) is no translation of it.
  if (!readings && honorificNameAfterNoName(gloss.english ?? '', chunks)) return { settled: null };

  const regionStart = chunks[chunks.length - 1].start;
  const edges = edgeCandidates(text, end, regionStart, words, gloss, english, thaiPerLatin);
  // The Thai from the start of a paragraph is its sentence's subject, a term or a clause; when a
  // preposition or a number follows the parenthesis, the term is no subject, so a clause opens the
  // stretch (`ทีมชาติไทยเอาชนะคู่แข่งในการดวลจุดโทษ (Penalty Shoot-out) 5-4`, `… (…) ในไทย`): the
  // paragraph's start is then no sign of the term's.
  // So is it when the paragraph opens with a clause, its subject written onto its verb
  // (`กองทัพอากาศส่งอากาศยานไร้คนขับ (UAV)`): the term is the verb's object.
  if ((regionStart === 0 || text[regionStart - 1] === '\n') && (objectFollows(text, open, words) || opensWithClause(text, regionStart, end, words))) {
    for (const edge of edges) if (edge.start === regionStart) edge.features[HARD_BOUNDARY_AT] = 0;
  }
  const headAt = EDGE_FEATURES.indexOf('opensWithUntranslatedHead');
  const firstLearntAt = EDGE_FEATURES.indexOf('firstWordLearned');
  const leftLearntAt = EDGE_FEATURES.indexOf('leftWordLearned');
  // A head noun the English leaves out is usually not part of the term (โครงการ before a name),
  // but a name may keep it (ศูนย์ in ศูนย์รวมสินค้า, Container Yard): both terms are candidates,
  // unless the English is one word (namesOneThing).
  // A verb before a name (จัดตั้ง, การส่งเสริม) never is. The shorter term keeps the features of
  // the edge before the head noun (a hard boundary, a stop word): they tell where the phrase
  // begins; the features of an edge right after the head were measured to do worse. Its learnt
  // word weights are those of its own first word and of the noun left out, though: they say how
  // often a term starts after that noun (after โครงการ often, after ศูนย์ seldom), which with the
  // edge's words, the same for both terms, nothing told.
  const learnt = loadEdgeWordWeights();
  const afterHead = (span: Range, features: Float64Array): SpanCandidate => {
    const shorter = Float64Array.from(features);
    const firstWord = firstWordAt(text, span[0], words);
    const leftWord = wordBefore(text, span[0], words);
    shorter[firstLearntAt] = learnt.first.get(firstWord) ?? 0;
    shorter[leftLearntAt] = learnt.left.get(leftWord) ?? 0;
    return { span, features: shorter, firstWord, leftWord };
  };
  // A term does not leave out the word that names a disease, a symptom or a commission's office
  // written onto it (`โรค|ไข้เลือดออก`): a term starting after one starts at it, with the features
  // of its own edge, which speak for the name, but those of the word left of it, now inside, unset.
  // Nor a word further into such a name (`ภาวะ|หยุด|หายใจขณะหลับ`, Sleep Apnea).
  const openers = nameOpenersIn(text, regionStart, end, words);
  const named = edges.map((edge) => {
    let opener = gluedNameOpenerStart(text, edge.start, words);
    if (opener < 0) opener = openers[edge.start - regionStart] ?? -1;
    if (opener < 0) return edge;
    const features = Float64Array.from(edge.features);
    for (const i of LEFT_WORD_FEATURES) features[i] = 0;
    return { ...edge, start: opener, features };
  });
  const candidates = named.flatMap(({ start, features, firstWord, leftWord }): SpanCandidate[] => {
    if (opensWithRepeat(text, start, end)) return [];
    const stripped = stripOptionalHead(text, [start, end], english, words);
    if (!stripped) return [];
    const head = text.slice(start, stripped[0]).trim();
    const noun = head && OPTIONAL_HEAD_NOUNS.has(head) && !NOMINALISERS.some((n) => head.startsWith(n));
    const found: SpanCandidate[] = [noun ? afterHead(stripped, features) : { span: stripped, features, firstWord, leftWord }];
    if (noun && !namesOneThing(gloss)) {
      const kept = Float64Array.from(features);
      kept[headAt] = 1;
      found.push({ span: [start, end], features: kept, firstWord, leftWord });
    }
    return found;
  });
  // A term starting right after a reading stops too early (เอเชีย after นิกเคอิ); so does one right
  // after และ written onto the word before, when the English joins two words with and and the
  // term joins none (`การดักจับและ|กักเก็บคาร์บอน`, Carbon Capture and Storage).
  const joinsAnd = english.has('and') || english.has('&');
  const covering: SpanCandidate[] = [];
  for (const c of candidates) if (!afterReadingEnd(text, c.span[0], readings?.ends) && !(joinsAnd && afterGluedAnd(text, c.span))) covering.push(c);
  const found = covering.length ? covering : candidates;
  // A short form of a capital and a number (`G7`, `5G`) glosses a Thai name that says the number too.
  const number = gloss.acronym && isNumberedShortForm(gloss.acronym) ? Number(gloss.acronym.replace(/[^0-9]/gu, '')) : undefined;
  if (number === undefined) return { candidates: found };
  const numbered = found.filter((c) => saysNumber(text, c.span, number, words));
  return numbered.length ? { candidates: numbered } : { settled: null };
}

// The two tests below are functions of the module, not arrows made per call: this runs for every
// parenthetical, and a callback made per call is compiled over and over.

/** Whether only white space stands between the end of a reading (of `ends`) and `start`. */
function afterReadingEnd(text: string, start: number, ends: readonly number[] | undefined): boolean {
  if (!ends) return false;
  for (const e of ends) if (e < start && text.slice(e, start).trim() === '') return true;
  return false;
}

/** Whether `span` holds `number` in digits (Thai or Arabic) or as a Thai number word. */
function saysNumber(text: string, [start, end]: Range, number: number, words: WordBoundaries): boolean {
  for (const digits of toAsciiDigits(text.slice(start, end)).match(/[0-9]+/gu) ?? []) if (Number(digits) === number) return true;
  for (let at = start; at < end; at++) if ((at === start || words.isBoundary(at)) && numberWordValue(wordAt(text, at, words)) === number) return true;
  return false;
}

/** Whether `span` starts right after และ written onto the Thai word before it, and holds no และ itself. */
function afterGluedAnd(text: string, span: Range): boolean {
  return (
    span[0] > AND.length && text.startsWith(AND, span[0] - AND.length) && isThaiLetterAt(text, span[0] - AND.length - 1) && !text.slice(...span).includes(AND)
  );
}

/** The score of a candidate under `weights`. */
export function candidateScore(features: Float64Array, weights: SpanWeights): number {
  let score = 0;
  EDGE_FEATURES.forEach((name, i) => {
    score += features[i] * weights.features[name];
  });
  return score;
}

/**
 * The Thai term that the parenthesis at UTF-16 index `open` glosses: the shortest stretch of
 * Thai before it that the English translates, or null when no Thai comes right before it.
 * Candidate left edges are word starts back to the nearest hard boundary; the best scored wins.
 */
export function findThaiSpan(text: string, open: number, words: WordBoundaries, gloss: Gloss, weights: SpanWeights = loadSpanWeights()): Range | null {
  const found = thaiSpanCandidates(text, open, words, gloss, weights.thaiPerLatin);
  if ('settled' in found) return found.settled;
  let best: SpanCandidate | null = null;
  let bestScore = -Infinity;
  for (const candidate of found.candidates) {
    const score = candidateScore(candidate.features, weights);
    if (score > bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best && !withoutEvidence(text, best, bestScore, words) ? best.span : null;
}

/** Below this score a term none of whose words translates or aligns with the English is no term (see withoutEvidence). */
const LEAST_SCORE_WITHOUT_EVIDENCE = -1;
const EVIDENCE_AT = ['firstWordTranslated', 'translatedInside', 'alignedInside', 'translatedHead', 'firstWordIsHead'].map((name) =>
  EDGE_FEATURES.indexOf(name as (typeof EDGE_FEATURES)[number]),
);

/**
 * Whether the best term has nothing of the English in it (no word the lexicon translates so, none
 * Model 1 aligns, no head it names) and scores low: the parenthesis glosses no Thai before it, a
 * list number, an event's English title or a phrase after a clause (`… และ (iii)`, `ในปี พ.ศ. 2565
 * (… centenary initiatives)`, `ปีนี้ก็ต้องเจรจาต่อ (Free Trade Area)`). Loose translations the
 * lexicon does not know score higher (`ช่องทางการเชื่อมต่อ (Application Programming Interface)`,
 * -0.8): of the 37 terms a threshold of -0.5 dropped in 501 government articles, about 30 were
 * wrong; at -1 it drops 24, about 20 of them wrong. A disease's or a condition's name is kept
 * whatever its score, its English seldom linked to it nor its length fitted (`ภาวะสมาธิสั้น (Attention
 * Deficit Hyperactivity Disorder – ADHD)`): three ADHD terms of the genre sets scored below -1.
 */
function withoutEvidence(text: string, best: SpanCandidate, score: number, words: WordBoundaries): boolean {
  return score < LEAST_SCORE_WITHOUT_EVIDENCE && EVIDENCE_AT.every((at) => best.features[at] === 0) && !nameOpenerAt(text, best.span[0], words);
}
