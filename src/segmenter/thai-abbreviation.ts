import { isThaiConsonant } from '../thai/characters.js';
import { CharClass, charClass } from './char-class.js';

/**
 * Thai abbreviations written with dots are one token with their dots: one to three consonants
 * and a dot (น., จ., ผกก., คสช.), possibly followed by more short pieces each with its dot
 * (พ.ศ., ก.พ., เม.ย., ส.ต.อ.). The scanner finds the first piece at the end of a run of Thai
 * letters (ในพ.ศ. -> ใน|พ.ศ.); these helpers measure the pieces.
 */

const DOT = 0x2e;
/** Letters of the first piece when it stands alone (and of any piece with vowels in a chain). */
export const MAX_ABBREVIATION_PIECE = 3;
export const MAX_CHAINED_PIECE = 2;

/** The end of the dotted chain whose first dot is at `dot`: after the last `piece.` that follows it. */
export function dottedChainEnd(text: string, dot: number): number {
  let end = dot + 1;
  for (;;) {
    let j = end;
    while (j < text.length && j - end <= MAX_CHAINED_PIECE && charClass(text.charCodeAt(j)) === CharClass.Thai) j++;
    if (j === end || j - end > MAX_CHAINED_PIECE || text.charCodeAt(j) !== DOT) return end;
    end = j + 1;
  }
}

/** Whether `text[start, end)` is made of Thai consonants only (ก..ฮ). */
export function isConsonants(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isThaiConsonant(text.charCodeAt(k))) return false;
  return true;
}

/** Whether a dot follows the Thai run ending at `end`. */
export function dotFollows(text: string, end: number): boolean {
  return text.charCodeAt(end) === DOT;
}

/** Whether the run `text[start, end)` is the first piece of a chain such as เม.ย. or มี.ค. */
export function startsChain(text: string, start: number, end: number): boolean {
  return end - start <= MAX_CHAINED_PIECE && dottedChainEnd(text, end) > end + 1;
}
