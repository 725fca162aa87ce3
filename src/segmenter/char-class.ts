/**
 * Character classes for the scanner, looked up by UTF-16 code unit in a table that is filled
 * lazily: Unicode property regexes run once per distinct character ever seen, never per
 * character of a text.
 */
import { BAHT_SIGN, MAI_YAMOK, PAIYANNOI, isThaiBlock, isThaiDigit, isThaiLetter, isThaiPunctuation } from '../thai/characters.js';

// biome-ignore lint/suspicious/noConstEnum: inlined into the scanner's hot loop; the values never leave the package
export const enum CharClass {
  Unset = 0,
  /** Thai letters, vowels and marks that make up Thai words (not digits, ฯ, ๆ, ฿, ๏ ๚ ๛). */
  Thai,
  /** ๆ (mai yamok): a token of its own. */
  ThaiRepeat,
  /** ฯ (paiyannoi): a token of its own, or ฯลฯ. */
  ThaiAbbreviation,
  /** Decimal digits of any script (0-9, ๐-๙, ...). */
  Digit,
  LatinLetter,
  /** Letters of alphabetic scripts other than Thai and Latin (Cyrillic, Greek, Lao ...). */
  OtherLetter,
  /** Han, kana and Hangul: one token per character. */
  Ideograph,
  Space,
  Punct,
  Symbol,
  /** Other numeric characters (½, ², Ⅻ): one token each. */
  OtherNumber,
  EmojiBase,
  RegionalIndicator,
  /** Combining characters that never start a token: marks, ZWJ, ZWNJ, variation selectors, emoji modifiers and tags. */
  Mark,
  /** Controls, unassigned, private use, lone surrogates. */
  Other,
}

const table = new Uint8Array(0x10000);

const SPACE = /^[\s\u200B\u2060\u180E]$/u;
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each of these code points is tested alone; none of them is a sequence
const MARK = /^[\p{M}\u200C\u200D\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;

function classifyUncached(cp: number): CharClass {
  if (isThaiBlock(cp)) return classifyThaiBlock(cp);
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return CharClass.RegionalIndicator;
  if (cp >= 0xd800 && cp <= 0xdfff) return CharClass.Other;
  const s = String.fromCodePoint(cp);
  if (SPACE.test(s)) return CharClass.Space;
  if (MARK.test(s)) return CharClass.Mark;
  if (/^\p{Nd}$/u.test(s)) return CharClass.Digit;
  if (/^\p{N}$/u.test(s)) return CharClass.OtherNumber;
  if (/^\p{Script=Latin}$/u.test(s)) return CharClass.LatinLetter;
  if (IDEOGRAPH.test(s)) return CharClass.Ideograph;
  if (/^\p{L}$/u.test(s)) return CharClass.OtherLetter;
  // Latin-1 symbols such as © and ® are pictographic in Unicode but read as plain symbols.
  if (cp > 0xff && EMOJI.test(s) && !/^\p{P}$/u.test(s)) return CharClass.EmojiBase;
  if (/^\p{P}$/u.test(s)) return CharClass.Punct;
  if (/^\p{S}$/u.test(s)) return CharClass.Symbol;
  return CharClass.Other;
}

function classifyThaiBlock(cp: number): CharClass {
  if (isThaiLetter(cp)) return CharClass.Thai;
  if (cp === MAI_YAMOK) return CharClass.ThaiRepeat;
  if (cp === PAIYANNOI) return CharClass.ThaiAbbreviation;
  if (isThaiDigit(cp)) return CharClass.Digit;
  if (cp === BAHT_SIGN) return CharClass.Symbol;
  if (isThaiPunctuation(cp)) return CharClass.Punct;
  return CharClass.Other; // unassigned
}

/** The class of the BMP code unit or astral code point `cp`. */
export function charClass(cp: number): CharClass {
  if (cp < 0x10000) {
    const cached = table[cp];
    if (cached !== CharClass.Unset) return cached;
    return (table[cp] = classifyUncached(cp));
  }
  return classifyAstral(cp);
}

const astral = new Map<number, CharClass>();

function classifyAstral(cp: number): CharClass {
  let cls = astral.get(cp);
  if (cls === undefined) {
    cls = classifyUncached(cp);
    astral.set(cp, cls);
  }
  return cls;
}
