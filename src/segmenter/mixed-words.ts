import type { Token } from '../document/types.js';
import { BAHT_SIGN, MAI_YAMOK, PAIYANNOI, THAI_LETTERS, patternOf } from '../thai/characters.js';

// Thai letters, with ฯ ๆ and ฿ counted among them: a user word is mixed when it holds digits,
// Latin or punctuation besides.
const THAI = `${THAI_LETTERS}${patternOf(PAIYANNOI)}${patternOf(MAI_YAMOK)}${patternOf(BAHT_SIGN)}`;
const THAI_LETTER = new RegExp(`[${THAI}]`);
const THAI_LETTER_RUNS = new RegExp(`[${THAI}]+`, 'g');
const ONLY_THAI_LETTERS = new RegExp(`^[${THAI}]+$`);

/** Whether a user word mixes Thai letters with other characters (`โควิด-19`), or has none. */
export function isMixedWord(word: string): boolean {
  return word !== '' && !ONLY_THAI_LETTERS.test(word);
}

/** The Thai letter runs of mixed words (`โควิด` of `โควิด-19`): the Thai splitter must cut there. */
export function thaiPartsOf(words: readonly string[]): string[] {
  return words.flatMap((word) => word.match(THAI_LETTER_RUNS) ?? []);
}

/**
 * Joins the tokens of user words that mix scripts. The scanner cuts wherever the script changes
 * (`โควิด|-|19`), which is right for text in general; a user who lists `โควิด-19` wants it whole.
 * A word is joined only where it starts and ends on token boundaries, so tokens still tile the text.
 */
export class MixedWordJoiner {
  /** Words by first character, longest first, so that the longest word at a token wins. */
  private readonly byFirst = new Map<string, string[]>();

  constructor(words: readonly string[]) {
    for (const word of new Set(words.filter(isMixedWord))) {
      const list = this.byFirst.get(word[0]) ?? [];
      list.push(word);
      this.byFirst.set(word[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.byFirst.size === 0;
  }

  join(tokens: Token[]): Token[] {
    const joined: Token[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const last = this.wordEnd(tokens, k);
      if (last === k) {
        joined.push(tokens[k]);
        continue;
      }
      const text = tokens
        .slice(k, last + 1)
        .map((t) => t.text)
        .join('');
      joined.push({ start: tokens[k].start, end: tokens[last].end, text, kind: THAI_LETTER.test(text) ? 'thai' : tokens[k].kind });
      k = last;
    }
    return joined;
  }

  /** The index of the last token of the longest listed word starting at token `k`, or `k`. */
  private wordEnd(tokens: readonly Token[], k: number): number {
    const words = this.byFirst.get(tokens[k].text[0]);
    if (!words) return k;
    for (const word of words) {
      let text = '';
      for (let m = k; m < tokens.length && text.length < word.length; m++) {
        text += tokens[m].text;
        if (text === word) return m;
        if (!word.startsWith(text)) break;
      }
    }
    return k;
  }
}
