import { THAI_LETTER, beforeSpaces, isSpaceAt } from './characters.js';
import type { Range } from './split-inside.js';

/** Longest quotation taken for a name before a parenthesis, in UTF-16 units. */
const MAX_QUOTED = 120;
/** Closing quotation marks and their openers. */
const QUOTES: Record<string, string> = { '”': '“', '"': '"', "'": "'", '’': '‘', '»': '«' };

/**
 * The Thai inside a quotation that ends right before `end` (`“สำนักงานสถิติแห่งชาติ” (`): news
 * quotes a name it glosses or shortens, and the quotation marks are no part of the name.
 */
export function quotedBefore(text: string, end: number): Range | null {
  const opener = QUOTES[text[end - 1]];
  if (!opener) return null;
  const open = text.lastIndexOf(opener, end - 2);
  if (open < 0 || end - open > MAX_QUOTED || text.slice(open, end).includes('\n')) return null;
  let [start, stop] = [open + 1, end - 1];
  while (start < stop && isSpaceAt(text, start)) start++;
  while (stop > start && isSpaceAt(text, stop - 1)) stop--;
  return THAI_LETTER.test(text.slice(start, stop)) ? [start, stop] : null;
}

/**
 * The full name found by `nameBefore` inside a quotation that ends right before the parenthesis
 * at `open` (`“สำนักงานสถิติแห่งชาติ” (สสช.)`), across spaces; null when there is none.
 */
export function quotedNameBefore(text: string, open: number, nameBefore: (end: number) => Range | null): Range | null {
  const quoted = quotedBefore(text, beforeSpaces(text, open));
  const name = quoted && nameBefore(quoted[1]);
  return name && name[0] >= quoted[0] ? name : null;
}
