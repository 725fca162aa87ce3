import type { Token } from '../document/types.js';
import { LO_LING, PAIYANNOI, isDependentSign } from '../thai/characters.js';
import { CharClass, charClass } from './char-class.js';
import { codePointAt, emojiEnd, flagEnd, keycapEnd } from './emoji.js';
import { scanAlnum, type AlnumScan } from './latin-number.js';
import { MAX_ABBREVIATION_PIECE, MAX_CHAINED_PIECE, dotFollows, dottedChainEnd, isConsonants, startsChain } from './thai-abbreviation.js';
import { TokenWriter } from './token-writer.js';

/** What splits a run of Thai letters into words: the part in which the engines differ. */
export interface ThaiRunSplitter {
  /** Writes the word ends of `text[start, end)` (ascending, the last `end`) to `ends()`; returns how many. */
  split(text: string, start: number, end: number): number;
  ends(): ArrayLike<number>;
  /** Whether `text[start, end)` is a word the engine knows (false when it cannot tell). */
  isWord(text: string, start: number, end: number): boolean;
}

const ZWJ = 0x200d;

/**
 * Cuts a text into tokens of every kind. Everything but the words inside runs of Thai letters
 * is decided here, the same way for every engine.
 */
export class Scanner {
  private readonly writer = new TokenWriter();
  private readonly alnum: AlnumScan = { end: 0, hasLetter: false };

  constructor(private readonly thai: ThaiRunSplitter) {}

  scan(text: string): Token[] {
    const out = this.writer;
    out.reset(text);
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cp = (c & 0xfc00) === 0xd800 ? codePointAt(text, i) : c;
      const cls = charClass(cp);
      const one = cp > 0xffff ? 2 : 1; // UTF-16 length of the character at i
      let end: number;
      switch (cls) {
        case CharClass.Thai:
          i = this.thaiRun(text, i);
          continue;
        case CharClass.Digit:
        case CharClass.LatinLetter: {
          if (c >= 0x30 && c <= 0x39 && (end = keycapEnd(text, i)) > 0) {
            out.push(i, end, 'emoji', true);
            break;
          }
          scanAlnum(text, i, this.alnum);
          // scanAlnum stops at surrogates: astral letters and digits are taken one by one
          end = Math.max(this.alnum.end, i + one);
          out.push(i, end, this.alnum.hasLetter || cls === CharClass.LatinLetter ? 'latin' : 'number', one === 1);
          break;
        }
        case CharClass.Space:
          end = i + 1;
          while (end < n && charClass(text.charCodeAt(end)) === CharClass.Space) end++;
          out.push(i, end, 'space', true);
          i = end;
          continue; // combining marks after whitespace start a token of their own
        case CharClass.Punct:
        case CharClass.Symbol:
          if ((c === 0x23 || c === 0x2a) && (end = keycapEnd(text, i)) > 0) {
            out.push(i, end, 'emoji', true);
            break;
          }
          end = i + one;
          // an ellipsis of dots, a line of underscores or a repeated symbol (^^, ++) is one token; !! and ?? are not
          if (c === 0x2e || c === 0x5f || (cls === CharClass.Symbol && one === 1)) while (end < n && text.charCodeAt(end) === c) end++;
          out.push(i, end, cls === CharClass.Punct ? 'punct' : 'symbol', one === 1);
          break;
        case CharClass.EmojiBase:
          end = emojiEnd(text, i);
          out.push(i, end, 'emoji', false);
          break;
        case CharClass.RegionalIndicator:
          end = flagEnd(text, i);
          out.push(i, end, 'emoji', false);
          break;
        case CharClass.ThaiRepeat:
          end = i + 1;
          out.push(i, end, 'thai', true);
          break;
        case CharClass.ThaiAbbreviation:
          // ฯลฯ (et cetera) or ฯ alone
          end = text.charCodeAt(i + 1) === LO_LING && text.charCodeAt(i + 2) === PAIYANNOI ? i + 3 : i + 1;
          out.push(i, end, 'punct', true);
          break;
        case CharClass.OtherLetter:
          end = i + one;
          for (let next = codePointAt(text, end); end < n && isOtherLetterOrMark(next); next = codePointAt(text, end)) {
            end += next > 0xffff ? 2 : 1;
          }
          out.push(i, end, 'other', false);
          break;
        case CharClass.OtherNumber:
          end = i + one;
          out.push(i, end, 'number', false);
          break;
        case CharClass.Mark:
          end = i + one;
          if (i > 0 && out.lastKind() !== 'space')
            out.extendLast(end); // a mark belongs to the character before it
          else out.push(i, end, 'other', false);
          break;
        default: // Ideograph, Other
          end = i + one;
          out.push(i, end, 'other', false);
      }
      i = this.absorbMarks(text, end);
    }
    return out.tokens;
  }

  /** Combining characters (and orphan Thai vowels and tone marks) after a token join it. */
  private absorbMarks(text: string, i: number): number {
    const start = i;
    while (i < text.length) {
      const cp = codePointAt(text, i);
      const cls = charClass(cp);
      if (cls === CharClass.Mark && !(cp === ZWJ && i + 1 < text.length && charClass(codePointAt(text, i + 1)) === CharClass.EmojiBase)) {
        i += cp > 0xffff ? 2 : 1;
      } else if (cls === CharClass.Thai && isDependentSign(cp)) {
        i++;
      } else {
        break;
      }
    }
    if (i > start) this.writer.extendLast(i);
    return i;
  }

  private thaiRun(text: string, start: number): number {
    const n = text.length;
    let end = start + 1;
    while (end < n && charClass(text.charCodeAt(end)) === CharClass.Thai) end++;
    const out = this.writer;
    if (dotFollows(text, end) && startsChain(text, start, end)) {
      const chainEnd = dottedChainEnd(text, end);
      out.push(start, chainEnd, 'thai', true);
      return this.absorbMarks(text, chainEnd);
    }
    const count = this.thai.split(text, start, end);
    const ends = this.thai.ends();
    const abbreviation = dotFollows(text, end) ? this.abbreviationStart(text, start, end, ends, count) : end;
    let from = start;
    for (let k = 0; k < count && ends[k] <= abbreviation; k++) {
      out.push(from, ends[k], 'thai', true);
      from = ends[k];
    }
    if (abbreviation < end) {
      const chainEnd = end - abbreviation <= MAX_CHAINED_PIECE ? dottedChainEnd(text, end) : end + 1;
      out.push(abbreviation, chainEnd, 'thai', true);
      return this.absorbMarks(text, chainEnd);
    }
    return this.absorbMarks(text, end);
  }

  /**
   * Where the abbreviation before the dot after a Thai run starts (ของคสช. -> คสช.): the longest
   * run of final words that is one to three consonants and no word of its own (a lone letter
   * always is one). `end` when there is none.
   */
  private abbreviationStart(text: string, start: number, end: number, ends: ArrayLike<number>, count: number): number {
    let best = end;
    for (let k = count - 1; k >= 0; k--) {
      const from = k > 0 ? ends[k - 1] : start;
      if (end - from > MAX_ABBREVIATION_PIECE || !isConsonants(text, from, end)) break;
      best = from;
    }
    if (best < end && end - best > 1 && this.thai.isWord(text, best, end)) return end;
    return best;
  }
}

function isOtherLetterOrMark(cp: number): boolean {
  const cls = charClass(cp);
  return cls === CharClass.OtherLetter || cls === CharClass.Mark;
}
