/** A cue word and how much it speaks for (positive) or against (negative) a sentence boundary. */
export interface Cue {
  word: string;
  weight: number;
  /** A sentence-final particle or mark strong enough to end even a very short sentence. */
  strong?: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  cue?: Cue;
}

/**
 * Longest-match lookup of cue words at the start or end of a chunk. Longer entries win, so a
 * list can neutralise a word that merely begins with a cue (`โดยเฉพาะ` is not `โดย`) without
 * depending on how the segmenter split it. Two tries of UTF-16 codes, one read forwards and
 * one backwards: a lookup walks at most the length of the longest cue and allocates nothing.
 */
export class AffixTable {
  private readonly forwards: TrieNode = { next: new Map() };
  private readonly backwards: TrieNode = { next: new Map() };
  // The last lookup each way: deciding one gap asks for the same chunk's cue three times.
  private lastPrefixOf = '';
  private lastPrefix: Cue | undefined;
  private lastSuffixOf = '';
  private lastSuffix: Cue | undefined;

  constructor(cues: readonly Cue[]) {
    for (const cue of cues) {
      let node = this.forwards;
      for (let i = 0; i < cue.word.length; i++) node = child(node, cue.word.charCodeAt(i));
      node.cue = cue;
      node = this.backwards;
      for (let i = cue.word.length - 1; i >= 0; i--) node = child(node, cue.word.charCodeAt(i));
      node.cue = cue;
    }
  }

  /** The longest cue that `text` starts with. */
  prefixOf(text: string): Cue | undefined {
    if (text === this.lastPrefixOf) return this.lastPrefix;
    this.lastPrefixOf = text;
    this.lastPrefix = this.longestPrefix(text);
    return this.lastPrefix;
  }

  /** The longest cue that `text` ends with. */
  suffixOf(text: string): Cue | undefined {
    if (text === this.lastSuffixOf) return this.lastSuffix;
    this.lastSuffixOf = text;
    this.lastSuffix = this.longestSuffix(text);
    return this.lastSuffix;
  }

  private longestPrefix(text: string): Cue | undefined {
    let node: TrieNode | undefined = this.forwards;
    let found: Cue | undefined;
    for (let i = 0; node && i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.cue) found = node.cue;
    }
    return found;
  }

  private longestSuffix(text: string): Cue | undefined {
    let node: TrieNode | undefined = this.backwards;
    let found: Cue | undefined;
    for (let i = text.length - 1; node && i >= 0; i--) {
      node = node.next.get(text.charCodeAt(i));
      if (node?.cue) found = node.cue;
    }
    return found;
  }
}

function child(node: TrieNode, code: number): TrieNode {
  let next = node.next.get(code);
  if (!next) {
    next = { next: new Map() };
    node.next.set(code, next);
  }
  return next;
}
