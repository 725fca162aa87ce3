import { CharClass, charClass } from './char-class.js';

/**
 * Latin words and numbers: a run of letters and digits of any script but Thai letters, kept
 * whole with the punctuation that lives inside such words: number separators (6,500.50, 10.30,
 * 20/06/2562, 13:00), a hyphen between letters (E-Commerce, CX-5), an apostrophe between
 * letters (don't, l'Opéra), dotted abbreviations (U.S.), a percent sign after a number (10%)
 * and trailing plus signs (18+, SPF50+). Web addresses are one token too.
 */

const DOT = 0x2e;
const COMMA = 0x2c;
const COLON = 0x3a;
const SLASH = 0x2f;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const PERCENT = 0x25;
const PLUS = 0x2b;

export interface AlnumScan {
  end: number;
  hasLetter: boolean;
}

function isLetter(cls: CharClass): boolean {
  return cls === CharClass.LatinLetter;
}

function isAlnum(cls: CharClass): boolean {
  return cls === CharClass.LatinLetter || cls === CharClass.Digit || cls === CharClass.Mark;
}

function classAt(text: string, i: number): CharClass {
  return i >= 0 && i < text.length ? charClass(text.charCodeAt(i)) : CharClass.Unset;
}

/** Scans the Latin word or number at `start` (a Latin letter or a digit). */
export function scanAlnum(text: string, start: number, out: AlnumScan): void {
  const url = urlEnd(text, start);
  if (url > 0) {
    out.end = url;
    out.hasLetter = true;
    return;
  }
  const dotted = dottedAbbreviationEnd(text, start);
  if (dotted > 0) {
    out.end = dotted;
    out.hasLetter = true;
    return;
  }
  let i = start;
  let hasLetter = false;
  let digitsOnly = true;
  const n = text.length;
  for (;;) {
    while (i < n) {
      const cls = charClass(text.charCodeAt(i));
      if (!isAlnum(cls)) break;
      if (isLetter(cls)) {
        hasLetter = true;
        digitsOnly = false;
      }
      i++;
    }
    if (i + 1 >= n) break;
    const c = text.charCodeAt(i);
    const nextCls = classAt(text, i + 1);
    const prevCls = classAt(text, i - 1);
    if (digitsOnly && (c === DOT || c === COMMA || c === COLON || c === SLASH) && nextCls === CharClass.Digit) {
      i++;
      continue;
    }
    if ((c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE) && isLetter(prevCls) && isAlnum(nextCls) && nextCls !== CharClass.Mark) {
      i++;
      continue;
    }
    if (c === HYPHEN && hasLetter && nextCls === CharClass.Digit) {
      i++;
      continue;
    }
    break;
  }
  if (i < n && digitsOnly && text.charCodeAt(i) === PERCENT) i++;
  else if (i < n && text.charCodeAt(i) === PLUS) {
    let j = i;
    while (j < n && text.charCodeAt(j) === PLUS) j++;
    if (!isAlnum(classAt(text, j))) i = j;
  }
  out.end = i;
  out.hasLetter = hasLetter;
}

/** Longer chains of dotted letters are not abbreviations (and are not rescanned from each letter). */
const MAX_DOTTED_LETTERS = 8;

/** End of `U.S.`-style abbreviations (single letters each followed by a dot, two to eight), or 0. */
function dottedAbbreviationEnd(text: string, start: number): number {
  let i = start;
  let letters = 0;
  while (letters <= MAX_DOTTED_LETTERS && i + 1 < text.length && isLetter(charClass(text.charCodeAt(i))) && text.charCodeAt(i + 1) === DOT) {
    letters++;
    i += 2;
  }
  if (letters < 2 || letters > MAX_DOTTED_LETTERS || isAlnum(classAt(text, i))) return 0;
  return i;
}

const URL_START = /^(?:https?:\/\/|www\.)/i;

/** End of a web address starting at `start`, or 0. */
function urlEnd(text: string, start: number): number {
  const c = text.charCodeAt(start) | 0x20;
  if (c !== 0x68 && c !== 0x77) return 0; // h, w
  if (!URL_START.test(text.slice(start, start + 8))) return 0;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code >= 0x7f || code === 0x22 || code === 0x3c || code === 0x3e) break;
    i++;
  }
  // closing punctuation after an address belongs to the sentence
  while (i > start && /[.,;:!?)\]'}]/.test(text[i - 1])) i--;
  return i;
}
