/**
 * A list of Thai words matched at positions of a text. The span finder tries its lists at every
 * position of the Thai before a parenthesis, so the words are grouped by their first and by
 * their last UTF-16 unit: at a position only the few that can match there are compared.
 */
export class WordList {
  readonly words: readonly string[];
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    this.words = [...words];
    for (const word of this.words) {
      add(this.byFirst, word.charCodeAt(0), word);
      add(this.byLast, word.charCodeAt(word.length - 1), word);
    }
  }

  /** The words that may start at `at` (their first unit is there), in list order. */
  candidatesAt(text: string, at: number): readonly string[] {
    return this.byFirst.get(text.charCodeAt(at)) ?? NONE;
  }

  /** The words that may end right before `at` (their last unit is there), in list order. */
  candidatesBefore(text: string, at: number): readonly string[] {
    return this.byLast.get(text.charCodeAt(at - 1)) ?? NONE;
  }

  /** Whether a word of the list is written at `at`. */
  startsAt(text: string, at: number): boolean {
    // loops, not some() with an arrow: called at most positions, a callback made per call is compiled over and over
    for (const word of this.candidatesAt(text, at)) if (text.startsWith(word, at)) return true;
    return false;
  }

  /** Whether a word of the list is written right before `at`. */
  endsBefore(text: string, at: number): boolean {
    for (const word of this.candidatesBefore(text, at)) if (word.length <= at && text.startsWith(word, at - word.length)) return true;
    return false;
  }
}

const NONE: readonly string[] = [];

function add(groups: Map<number, string[]>, unit: number, word: string): void {
  const group = groups.get(unit);
  if (group) group.push(word);
  else groups.set(unit, [word]);
}
