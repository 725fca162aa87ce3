/**
 * Where a date can be. chrono runs each parser's regular expression over the whole text, and
 * most of a news article holds no date: that scan was most of the dates stage's time. So a
 * parser may declare what every match of its pattern contains, an anchor (a run of digits, a
 * run of Latin letters, or one of some words), and how far a match reaches around it. One scan
 * of the text finds every parser's anchors, and each pattern then runs only in the windows
 * around its own (`parse-in-windows.ts`), with the same results as over the whole text.
 */
import type { Parser } from 'chrono-node';

/**
 * What every match of a parser's pattern contains, from any place chrono starts it at (after
 * a match it rejected too), and how far the match reaches from there. Distances are in units:
 * a run of whitespace, of ASCII digits or of ASCII letters is one unit, and so is any other
 * character, so that a pattern's `\s*` or `[0-9]+` counts once whatever it matches. A parser
 * that declares nothing runs over the whole text.
 */
export interface ParserAnchors {
  /** Every match contains an ASCII digit (the finder has turned Thai digits into ASCII ones). */
  digits?: boolean;
  /** Every match contains an ASCII letter, of either case. */
  latin?: boolean;
  /** Every match contains one of these words. */
  words?: readonly string[];
  /** Every match contains a run of ASCII letters that this accepts (given it in lower case). */
  latinRun?: LatinRunTest;
  /** Units before the anchor's first character where a match may begin. */
  before: number;
  /** Units after the anchor's last character to which a match, and what its look-aheads read, may reach. */
  after: number;
}

/** Whether a run of ASCII letters, in lower case, may be part of a match. */
export type LatinRunTest = (run: string) => boolean;

/** A chrono parser that may say where its matches can be. */
export interface AnchoredParser extends Parser {
  readonly anchors?: ParserAnchors;
}

/** Half-open UTF-16 ranges of the text, ascending and apart. */
export interface TextWindow {
  start: number;
  end: number;
}

/**
 * The anchors of one text, in text order: one entry per place, with the lists found there, and
 * where its units start (what the reach of a declaration counts in).
 */
export interface TextAnchors {
  /** The unit each anchor starts at. */
  startUnits: number[];
  /** The unit right after each anchor. */
  endUnits: number[];
  /** Bits of `AnchorScanner.maskOf`: which kinds and word lists have an anchor here. */
  masks: number[];
  /** The UTF-16 index of each unit's start, and the text's length after the last one. */
  unitStarts: Int32Array;
  units: number;
}

const DIGIT_BIT = 1;
const LATIN_BIT = 2;
/** Bits left for word lists in a 32-bit mask. */
const MAX_WORD_LISTS = 30;

/** Windows closer than this (UTF-16 units) are searched as one: a short stretch costs less than a second search. */
const MERGE_GAP = 16;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLatin = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** What JavaScript's `\s` matches, and the zero-width space Thai uses between words. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const OTHER = 0;
const SPACE_RUN = 1;
const DIGIT_RUN = 2;
const LATIN_RUN = 3;

const isThai = (c: number): boolean => c >= 0x0e00 && c <= 0x0e7f;

function runOf(c: number): number {
  if (isThai(c)) return OTHER;
  if (isDigit(c)) return DIGIT_RUN;
  if (isLatin(c)) return LATIN_RUN;
  return isSpace(c) ? SPACE_RUN : OTHER;
}

/**
 * Finds the anchors of a set of parsers in one pass over a text. Built once per set of parsers
 * (a chrono instance); each word list (by identity) gets a bit of its own. The words are a trie
 * in one table: a row per node, a column per character the words use.
 */
export class AnchorScanner {
  private readonly listBits = new Map<readonly string[] | LatinRunTest, number>();
  /** The tests of Latin runs, and the bit of each. */
  private readonly latinRunTests: [LatinRunTest, number][] = [];
  /** The column of each character of the words: Thai ones by their offset in the block, the others in a map. */
  private readonly thaiColumns = new Int16Array(128).fill(-1);
  private readonly otherColumns = new Map<number, number>();
  /** The node reached from node `row` by the character of `column`, at `row * columns + column`; 0 for none (row 0 is the root). */
  private transitions = new Int32Array(0);
  private columns = 0;
  /** The lists that hold the word ending at each node. */
  private readonly nodeMasks: number[] = [0];

  constructor(declarations: readonly ParserAnchors[]) {
    for (const { latinRun } of declarations) {
      if (!latinRun || this.listBits.has(latinRun)) continue;
      const bit = this.newListBit();
      this.listBits.set(latinRun, bit);
      this.latinRunTests.push([latinRun, bit]);
    }
    const lists: [readonly string[], number][] = [];
    for (const { words } of declarations) {
      if (!words || this.listBits.has(words)) continue;
      // The scan reads digits, letters and spaces as runs, which a word cannot start or hold:
      // each of a word's characters is one unit.
      const unfindable = words.find((word) => word === '' || [...word].some((c) => c.length > 1 || runOf(c.charCodeAt(0)) !== OTHER));
      if (unfindable !== undefined) {
        throw new Error(
          `dates: the anchor word "${unfindable}" holds a digit, a Latin letter, a space or an astral character; declare digits or latin instead`,
        );
      }
      const bit = this.newListBit();
      this.listBits.set(words, bit);
      lists.push([words, bit]);
    }
    for (const [words] of lists) for (const word of words) for (let i = 0; i < word.length; i++) this.columnOf(word.charCodeAt(i), true);
    for (const [words, bit] of lists) for (const word of words) this.add(word, bit);
    // A row for every node, leaves included: the scan reads any node's row.
    const table = new Int32Array(this.nodeMasks.length * this.columns);
    table.set(this.transitions.subarray(0, table.length));
    this.transitions = table;
  }

  /** The bit of the next word list. */
  private newListBit(): number {
    if (this.listBits.size === MAX_WORD_LISTS) throw new Error(`dates: more than ${MAX_WORD_LISTS} anchor word lists`);
    return 1 << (this.listBits.size + 2);
  }

  /** The column of a character, -1 when no word has it (a new one when `add` is set). */
  private columnOf(code: number, add = false): number {
    let column = isThai(code) ? this.thaiColumns[code - 0x0e00] : (this.otherColumns.get(code) ?? -1);
    if (column === -1 && add) {
      column = this.columns++;
      if (isThai(code)) this.thaiColumns[code - 0x0e00] = column;
      else this.otherColumns.set(code, column);
    }
    return column;
  }

  private add(word: string, bit: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = node * this.columns + this.columnOf(word.charCodeAt(i));
      if (this.transitions.length <= slot) {
        const grown = new Int32Array(Math.max(slot + 1, 2 * this.transitions.length, 64 * this.columns));
        grown.set(this.transitions);
        this.transitions = grown;
      }
      if (this.transitions[slot] === 0) {
        this.transitions[slot] = this.nodeMasks.length;
        this.nodeMasks.push(0);
      }
      node = this.transitions[slot];
    }
    this.nodeMasks[node] |= bit;
  }

  /** The bits of the Latin run tests that accept the run of letters `text[start, end)`. */
  private latinRunMaskOf(text: string, start: number, end: number): number {
    if (this.latinRunTests.length === 0) return 0;
    const run = text.slice(start, end).toLowerCase();
    let mask = 0;
    for (const [test, bit] of this.latinRunTests) if (test(run)) mask |= bit;
    return mask;
  }

  /** The bits of the anchors a declaration names. */
  maskOf(anchors: ParserAnchors): number {
    return (anchors.digits ? DIGIT_BIT : 0) | (anchors.latin ? LATIN_BIT : 0) | this.listBit(anchors.words) | this.listBit(anchors.latinRun);
  }

  /** The bit of a word list or a Latin run test; 0 for none. (A method, not an arrow made at each call: maskOf runs for every parser of every document.) */
  private listBit(key: readonly string[] | LatinRunTest | undefined): number {
    return key ? (this.listBits.get(key) ?? 0) : 0;
  }

  /** Every run of digits, run of Latin letters and place where a word starts, and the units; one pass. */
  scan(text: string): TextAnchors {
    const n = text.length;
    const found: TextAnchors = { startUnits: [], endUnits: [], masks: [], unitStarts: new Int32Array(n + 1), units: 0 };
    const { startUnits, endUnits, masks, unitStarts } = found;
    const { transitions, columns, nodeMasks } = this;
    let unit = 0;
    let i = 0;
    while (i < n) {
      unitStarts[unit] = i;
      const c = text.charCodeAt(i);
      const run = runOf(c);
      if (run !== OTHER) {
        const start = i;
        do i++;
        while (i < n && runOf(text.charCodeAt(i)) === run);
        if (run !== SPACE_RUN) {
          startUnits.push(unit);
          endUnits.push(unit + 1);
          masks.push(run === DIGIT_RUN ? DIGIT_BIT : LATIN_BIT | this.latinRunMaskOf(text, start, i));
        }
        unit++;
        continue;
      }
      // Every word that starts here: one anchor, as long as the longest of them. A word's
      // characters are units of their own (see the constructor).
      let mask = 0;
      let length = 0;
      let column = this.columnOf(c);
      for (let j = i + 1, node = 0; column !== -1; j++) {
        node = transitions[node * columns + column];
        if (node === 0) break;
        if (nodeMasks[node] !== 0) {
          mask |= nodeMasks[node];
          length = j - i;
        }
        column = j < n ? this.columnOf(text.charCodeAt(j)) : -1;
      }
      if (mask !== 0) {
        startUnits.push(unit);
        endUnits.push(unit + length);
        masks.push(mask);
      }
      i += (c & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      unit++;
    }
    unitStarts[unit] = n;
    found.units = unit;
    return found;
  }
}

/**
 * The windows where a parser's matches can lie: around each anchor of `mask`, `before` units
 * back and `after` units on, merged where they touch or nearly do.
 */
export function anchorWindows(anchors: TextAnchors, mask: number, before: number, after: number): TextWindow[] {
  const { startUnits, endUnits, masks, unitStarts, units } = anchors;
  const windows: TextWindow[] = [];
  let last: TextWindow | undefined;
  for (let a = 0; a < masks.length; a++) {
    if ((masks[a] & mask) === 0) continue;
    const start = unitStarts[Math.max(0, startUnits[a] - before)];
    const end = unitStarts[Math.min(units, endUnits[a] + after)];
    if (last && start <= last.end + MERGE_GAP) {
      if (end > last.end) last.end = end;
    } else {
      last = { start, end };
      windows.push(last);
    }
  }
  return windows;
}
