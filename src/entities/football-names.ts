import { alternationOf } from '../text/alternation.js';
import { isThaiLetter } from '../thai/characters.js';
import { FOOTBALL_CLUBS, FOOTBALL_GROUNDS, FOOTBALL_LEAGUES, FOOTBALL_WORDS, type FootballName, MATCH_RESULT } from '../thai/football.js';
import { type EntityLabel, NAME_LABELS } from './labels.js';
import { CueWindow } from './cue-window.js';
import { SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

interface Known {
  /** null for a league: ThaiNER leaves leagues unlabelled, and what the model made of one goes. */
  label: EntityLabel | null;
  ambiguous: boolean;
}

/** Every spelling of a club, a league or a ground, with a name's space also written without it (`แอสตันวิลล่า`). */
const KNOWN = new Map<string, Known>();
function know(names: readonly FootballName[], label: EntityLabel | null): void {
  for (const { thai, ambiguous } of names) {
    for (const spelling of thai) for (const written of new Set([spelling, spelling.replaceAll(' ', '')])) KNOWN.set(written, { label, ambiguous: !!ambiguous });
  }
}
know(FOOTBALL_CLUBS, 'ORGANIZATION');
know(FOOTBALL_LEAGUES, null);
know(FOOTBALL_GROUNDS, 'FACILITY');

/**
 * The spellings by their first two characters, longest first: a lookup per character of the
 * text instead of a regular expression of some 200 alternatives (4 % of the pipeline's time).
 */
const BY_FIRST_TWO = new Map<number, string[]>();
for (const spelling of [...KNOWN.keys()].sort((a, b) => b.length - a.length)) {
  const key = pairAt(spelling, 0);
  BY_FIRST_TWO.set(key, [...(BY_FIRST_TWO.get(key) ?? []), spelling]);
}
/** Which characters open a spelling (all are Thai): most of a text's characters are ruled out without a lookup. */
const OPENS = new Uint8Array(0x80);
for (const spelling of KNOWN.keys()) OPENS[spelling.charCodeAt(0) - 0x0e00] = 1;
const opensSpelling = (c: number): boolean => c >= 0x0e00 && c < 0x0e80 && OPENS[c - 0x0e00] === 1;

function pairAt(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}
const FOOTBALL_WORD = new RegExp(alternationOf(FOOTBALL_WORDS), 'gu');
const GROUND_WORD_BEFORE = /สนาม[ \u00A0]?$/u;
/** How far from an ambiguous name (UTF-16 units, about two sentences) a football word makes it the club's. */
const CONTEXT = 200;

/**
 * Football's clubs, leagues and grounds (src/thai/football.ts), wherever they stand as words:
 * a club is an ORGANIZATION, a ground a FACILITY, replacing what the model made of them
 * (`โอลด์ แทรฟฟอร์ด`, a person; `ลิเวอร์พูล` cut in two) or adding them where it saw nothing; a
 * league is no entity, as in ThaiNER (the model's place or person on one goes), but it says the
 * text is about football.
 * A name that is a city's or a word's as well (`ลิเวอร์พูล`, `ปืนใหญ่`) counts only near a word of
 * football reports or an unambiguous club. A name inside a longer entity (`สโมสรเชลซี`) or
 * crossing a date, an amount or an English name is left to it.
 * `entities`: UTF-16 offsets, in text order, none overlapping; returns the same, one pass.
 */
export function footballNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const found = matches(text, boundaries);
  if (!found.length) return [...entities];
  const football = new CueWindow(contextPositions(text, found), CONTEXT);
  const merge = new SpanMerge(entities);
  for (const { start, end, known } of found) {
    if (known.ambiguous && !football.near(start, end)) continue;
    const over = merge.overlapping(start, end);
    if (over.some((e) => !isReplaceable(e, start, end))) continue;
    // a person the model found across the name's edge is not given up for the club (`นายสมชาย แม|นยู`)
    if (over.some((e) => e.label === 'PERSON' && (e.start < start || e.end > end))) continue;
    if (over.length === 1 && over[0].start <= start && over[0].end >= end && (over[0].start < start || over[0].end > end)) continue;
    merge.replace(known.label ? newCandidate(start, end, known.label, 'model') : null);
  }
  return merge.finish();
}

/**
 * What the model named, or a person another rule guessed on the name alone (`"ปีศาจแดง"`, quoted
 * beside the club's name, reads as a nickname): the club's name replaces it.
 */
function isReplaceable(e: Candidate, start: number, end: number): boolean {
  if (e.source === 'model') return NAME_LABELS.has(e.label);
  return e.label === 'PERSON' && e.source === 'pattern' && e.start >= start && e.end <= end;
}

interface Match {
  start: number;
  end: number;
  known: Known;
}

/** The names standing as words, longest first at each place: each edge is the text's, a non-letter's, or a token boundary. */
function matches(text: string, boundaries: ReadonlySet<number>): Match[] {
  const found: Match[] = [];
  for (let start = 0; start < text.length - 1; start++) {
    if (!opensSpelling(text.charCodeAt(start))) continue;
    const spellings = BY_FIRST_TWO.get(pairAt(text, start));
    if (!spellings || !(start === 0 || !isThaiLetter(text.charCodeAt(start - 1)) || boundaries.has(start))) continue;
    const spelling = spellingAt(text, start, spellings, boundaries);
    if (!spelling) continue;
    const end = start + spelling.length;
    const known = KNOWN.get(spelling)!;
    // ThaiNER's grounds take the word for a ground in (`สนามศุภชลาศัย`)
    const ground = known.label === 'FACILITY' ? GROUND_WORD_BEFORE.exec(text.slice(Math.max(0, start - 5), start))?.[0] : undefined;
    found.push({ start: start - (ground?.length ?? 0), end, known });
    start = end - 1;
  }
  return found;
}

/**
 * The first of `spellings` written at `start` as a whole word. A function, not a find() with an
 * arrow: an arrow that captures the loop's `start` gives every pass of the loop, one per
 * character of the text, a context of its own (114 kB of garbage a document, 0.4 ms).
 */
function spellingAt(text: string, start: number, spellings: readonly string[], boundaries: ReadonlySet<number>): string | undefined {
  for (const s of spellings) if (spelledAt(text, start, s) && endsWord(text, start + s.length, boundaries)) return s;
  return undefined;
}

function endsWord(text: string, end: number, boundaries: ReadonlySet<number>): boolean {
  return end === text.length || !isThaiLetter(text.charCodeAt(end)) || boundaries.has(end);
}

/** Whether `spelling` is written at `at`, a no-break space where it has a space. */
function spelledAt(text: string, at: number, spelling: string): boolean {
  for (let i = 0; i < spelling.length; i++) {
    const c = text.charCodeAt(at + i);
    if (c !== spelling.charCodeAt(i) && !(c === 0xa0 && spelling.charCodeAt(i) === 0x20)) return false;
  }
  return true;
}

/** Where football is spoken of: its words, a result with its score, and the unambiguous names found, in text order. */
function contextPositions(text: string, found: readonly Match[]): number[] {
  const positions: number[] = [];
  const pattern = new RegExp(FOOTBALL_WORD);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) positions.push(m.index);
  for (const m of text.matchAll(MATCH_RESULT)) positions.push(m.index);
  for (const f of found) if (!f.known.ambiguous) positions.push(f.start);
  return positions.sort((a, b) => a - b);
}
