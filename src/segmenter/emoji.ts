import { CharClass, charClass } from './char-class.js';

/**
 * Emoji sequences as one token: a pictograph with its modifiers (skin tones, variation
 * selectors, tags of subdivision flags) and further pictographs joined by ZWJ; flags are pairs
 * of regional indicators; keycaps are a digit, # or * with U+20E3.
 */

const ZWJ = 0x200d;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

/** The code point at `i` (a whole surrogate pair when there is one). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** End of the emoji sequence whose pictograph starts at `start`. */
export function emojiEnd(text: string, start: number): number {
  let i = start + width(codePointAt(text, start));
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (cp === ZWJ && i + 1 < text.length && charClass(codePointAt(text, i + 1)) === CharClass.EmojiBase) {
      i += 1 + width(codePointAt(text, i + 1));
    } else if (cp !== ZWJ && charClass(cp) === CharClass.Mark) {
      i += width(cp);
    } else {
      break;
    }
  }
  return i;
}

/** End of a flag (two regional indicators) or of a lone regional indicator at `start`. */
export function flagEnd(text: string, start: number): number {
  const next = start + 2;
  if (next < text.length && charClass(codePointAt(text, next)) === CharClass.RegionalIndicator) return next + 2;
  return next;
}

/** End of the keycap emoji (1️⃣, #⃣) at `start`, or 0 when the character there starts none. */
export function keycapEnd(text: string, start: number): number {
  let i = start + 1;
  if (text.charCodeAt(i) === VS16) i++;
  return text.charCodeAt(i) === KEYCAP ? i + 1 : 0;
}
