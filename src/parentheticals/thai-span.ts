import { isShortForm } from './acronym-matcher.js';
import { transliterationStart } from './acronym-transliteration.js';
import { SPACE, THAI_LETTER, WORD_INITIAL } from './characters.js';
import { englishKey, englishKeys } from './english-words.js';
import { translationAt, type Translation } from './lexicon-evidence.js';
import { personSpan } from './person-name.js';
import { SPAN_WEIGHTS, type SpanWeights } from './span-weights.js';
import type { Range } from './split-inside.js';
import { chunksBefore } from './term-chunks.js';
import { NAME_LINKS, NOMINALISERS, NON_INITIAL_WORDS, OPTIONAL_HEAD_NOUNS, WEAK_STOP_WORDS } from './thai-vocabulary.js';
import type { WordBoundaries } from './word-boundaries.js';
import {
  HEADS,
  LIST_CONJUNCTIONS,
  boundPrefixBefore,
  licensed,
  nominalHeadAt,
  optionalHeadAt,
  startsWithAny,
  stopWordBefore,
  stopWordsIn,
  stripOptionalHead,
  untranslatedHeadBefore,
} from './word-roles.js';

/** What the parenthesis says: the English and the short form, when there are. */
export interface Gloss {
  english?: string;
  acronym?: string;
}

const THAI_OR_DIGIT = /[\u0E01-\u0E5B0-9]/u;

/** Thai characters per letter of a short form given without its English. */
const THAI_PER_ACRONYM_LETTER = 5.5;
/** The same inside English, for short forms of four letters or more: half of them are read as words. */
const THAI_PER_PRONOUNCED_ACRONYM_LETTER = 3;

const ENGLISH_WORD = /[\p{L}\p{N}&]+/gu;

/** The lower-cased English words, function words included, and their singular keys (`forms`, `form`). */
function englishWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(ENGLISH_WORD)) {
    words.add(word);
    const key = englishKey(word);
    if (key) words.add(key);
  }
  return words;
}

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

/** A possible left edge of the term and how good it is, nearest the parenthesis first. */
interface Edge {
  start: number;
  score: number;
  translation: Translation;
}

/**
 * Scores every word start between `regionStart` and `end` as the term's left edge; `'stop'`
 * marks a stop word, which no term starts with.
 */
function scoreEdges(
  text: string,
  end: number,
  regionStart: number,
  words: WordBoundaries,
  gloss: Gloss,
  english: Set<string>,
  weights: SpanWeights,
): (Edge | 'stop')[] {
  const expected = gloss.english
    ? expectedThaiLength(gloss.english, weights.thaiPerLatin)
    : THAI_PER_ACRONYM_LETTER * Math.max(2, latinLength(gloss.acronym ?? ''));
  const keys = englishKeys(gloss.english ?? '');
  const edges: (Edge | 'stop')[] = [];
  const stops = stopWordsIn(text, regionStart, end, words);
  // What the stretch from the current position to the parenthesis holds, built up leftwards.
  let inside = 0;
  let letters = 0;
  let translatedWords = 0;
  let untranslatedWords = 0;
  // Thai separates the items of a list with spaces where English has commas, and before และ/หรือ.
  let listSpaces = (gloss.english?.match(/,/gu) ?? []).length;
  for (let p = end - 1; p >= regionStart; p--) {
    if (SPACE.test(text[p])) {
      if (!SPACE.test(text[p + 1] ?? '')) {
        if (startsWithAny(text, p + 1, LIST_CONJUNCTIONS)) continue;
        if (listSpaces > 0) listSpaces--;
        else inside += weights.spaceInside;
      }
      continue;
    }
    letters++;
    const edge = p === regionStart || SPACE.test(text[p - 1]) || words.isBoundary(p) || nominalHeadAt(text, p, words);
    // A bound prefix makes one word with the word after it (`ความ|ยากง่าย`, `ผู้|บริหาร`),
    // whatever the segmenter made of them, unless it is the end of a stop word (`ผู้ว่า|การ|ธนาคาร`).
    const bound = boundPrefixBefore(text, p, words) && !(p > regionStart && stops.inside[p - 1 - regionStart]);
    if (!edge || !WORD_INITIAL.test(text[p]) || bound) continue;
    if (startsWithAny(text, p, NAME_LINKS) || startsWithAny(text, p, NON_INITIAL_WORDS) || stops.inside[p - regionStart]) continue;
    const stop = stops.at.get(p);
    if (stop) {
      if (!licensed(stop, english)) inside += WEAK_STOP_WORDS.includes(stop) ? weights.weakStopWordInside : weights.stopWordInside;
      edges.push('stop');
      continue;
    }
    let score =
      -weights.lengthFit * Math.log(letters / expected) ** 2 +
      inside +
      weights.translatedInside * translatedWords +
      weights.untranslatedInside * untranslatedWords;
    const before = stopWordBefore(text, p, words);
    if (p === regionStart) score += weights.hardBoundary;
    else if (before) score += licensed(before, english) ? weights.afterLicensedStopWord : weights.afterStopWord;
    else if (untranslatedHeadBefore(text, p, english, words)) score += weights.afterUntranslatedHead;
    else if (SPACE.test(text[p - 1])) score += weights.afterSpace;
    const head = optionalHeadAt(text, p, words);
    if (head && OPTIONAL_HEAD_NOUNS.get(head)?.some((t) => english.has(t))) score += weights.translatedHead;
    else if (startsWithAny(text, p, HEADS)) score += weights.nameHead;
    else if (startsWithAny(text, p, NOMINALISERS)) score += weights.nominaliser;
    // การ/ความ say nothing; the word they make a noun of does (`การ|ผลักดัน`).
    const nominaliser = NOMINALISERS.find((n) => text.startsWith(n, p) && words.isBoundary(p + n.length));
    const translation = translationAt(text, nominaliser ? p + nominaliser.length : p, words, keys);
    if (translation === 'translated') score += weights.firstWordTranslated;
    else if (translation === 'untranslated') score += weights.firstWordUntranslated;
    edges.push({ start: p, score, translation });
    if (translation === 'translated') translatedWords++;
    else if (translation === 'untranslated') untranslatedWords++;
  }
  return edges;
}

/** Longest Thai parenthesis or quotation looked through or taken whole before a gloss, in UTF-16 units. */
const MAX_ENCLOSED = 120;
const QUOTES: Record<string, string> = { '”': '“', '"': '"', '’': '‘', '»': '«' };

/**
 * Where the text before a Thai parenthesis ends, when one sits between the term and the English
 * (`สำนักงานคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) (Board of Investment)`); else `end`.
 */
function skipThaiParenthesis(text: string, end: number): number {
  if (text[end - 1] !== ')') return end;
  const open = text.lastIndexOf('(', end - 1);
  if (open < 0 || end - open > MAX_ENCLOSED) return end;
  const inside = text.slice(open + 1, end - 1);
  if (!THAI_LETTER.test(inside) || /[A-Za-z()\n]/u.test(inside)) return end;
  let before = open;
  while (before > 0 && SPACE.test(text[before - 1]) && text[before - 1] !== '\n') before--;
  return before;
}

/** The Thai inside a quotation that ends right before the parenthesis: a quoted name is the term. */
function quotedBefore(text: string, end: number): Range | null {
  const opener = QUOTES[text[end - 1]];
  if (!opener) return null;
  const open = text.lastIndexOf(opener, end - 2);
  if (open < 0 || end - open > MAX_ENCLOSED || text.slice(open, end).includes('\n')) return null;
  let [start, stop] = [open + 1, end - 1];
  while (start < stop && SPACE.test(text[start])) start++;
  while (stop > start && SPACE.test(text[stop - 1])) stop--;
  return THAI_LETTER.test(text.slice(start, stop)) ? [start, stop] : null;
}

/**
 * The Thai term that the parenthesis at UTF-16 index `open` glosses: the shortest stretch of
 * Thai before it that the English translates, or null when no Thai comes right before it.
 * Candidate left edges are word starts back to the nearest hard boundary; each is scored by how
 * well its length fits the English and how much it looks like the start of a term.
 */
export function findThaiSpan(
  text: string,
  open: number,
  words: WordBoundaries,
  gloss: Gloss,
  weights: SpanWeights = SPAN_WEIGHTS,
): Range | null {
  let end = open;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  if (end === 0) return null;
  if (gloss.acronym) {
    const spelled = transliterationStart(text, end, gloss.acronym);
    if (spelled >= 0 && (spelled === 0 || words.isBoundary(spelled) || !THAI_LETTER.test(text[spelled - 1]))) {
      return [spelled, end];
    }
  }
  end = skipThaiParenthesis(text, end);
  const quoted = quotedBefore(text, end);
  if (quoted) return quoted;
  if (!THAI_OR_DIGIT.test(text[end - 1] ?? '')) return null;
  const chunks = chunksBefore(text, end);
  if (!chunks.length || !chunks.some((c) => THAI_LETTER.test(text.slice(c.start, c.end)))) return null;

  const person = personSpan(text, chunks, gloss.english ?? '', words);
  if (person) return person;

  const english = englishWords(gloss.english ?? '');
  const edges = scoreEdges(text, end, chunks[chunks.length - 1].start, words, gloss, english, weights);
  let best: Range | null = null;
  let bestScore = -Infinity;
  edges.forEach((edge, i) => {
    if (edge === 'stop') return;
    const left = edges[i + 1];
    // A word just outside the span that the English translates says it stops too early; one it leaves untranslated, that it is right.
    const leftTranslation = left && left !== 'stop' ? left.translation : 'unknown';
    const score =
      edge.score +
      (leftTranslation === 'translated' ? weights.leftWordTranslated : leftTranslation === 'untranslated' ? weights.leftWordUntranslated : 0);
    if (score > bestScore) {
      bestScore = score;
      best = [edge.start, end];
    }
  });
  return best && stripOptionalHead(text, best, english, words);
}
