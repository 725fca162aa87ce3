/** English words that carry no meaning of their own in a name. */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'at', 'by', 'from', 'as', 'or']);

/**
 * The key an English word is compared by: lower case, a plural `s` taken off, function words
 * and single letters dropped (null). `Organizations` and `organization` share a key.
 */
export function englishKey(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 2 || FUNCTION_WORDS.has(w)) return null;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** The keys of the English words of `text`. */
export function englishKeys(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]+/gu)) {
    const key = englishKey(m[0]);
    if (key) keys.add(key);
  }
  return keys;
}

/** Prepositions that end an English head noun phrase: `Memorandum` of Understanding. */
const HEAD_ENDERS = new Set(['of', 'for', 'on', 'in', 'to', 'within', 'between', 'against', 'under', 'from', 'by', 'at', 'with', 'towards', 'through', 'via']);

/**
 * The key of the head noun of an English name: the word before its first preposition, else its
 * last word (`Hybrid Electric Vehicle`, `Memorandum of Understanding`). Thai puts the head
 * first, so the Thai term should open with its translation.
 */
export function englishHeadKey(text: string): string | null {
  const head = englishHeadWord(text);
  return head ? englishKey(head) : null;
}

/** The Latin words of an English name, and where its head noun is among them: before its first preposition, else last. */
function headOf(text: string): { words: string[]; head: number } {
  const words = Array.from(text.matchAll(/[A-Za-z]+/gu), (m) => m[0]);
  const ender = words.findIndex((w, i) => i > 0 && HEAD_ENDERS.has(w.toLowerCase()));
  return { words, head: ender > 0 ? ender - 1 : words.length - 1 };
}

/** The head noun of an English name as written (`Concert` of Virtual Concert), or null. */
export function englishHeadWord(text: string): string | null {
  const { words, head } = headOf(text);
  return words[head] ?? null;
}

/** The key of the word right before the head noun of an English name (`Framework` of Framework Convention), or null. */
export function englishPremodifierKey(text: string): string | null {
  const { words, head } = headOf(text);
  return head > 0 ? englishKey(words[head - 1]) : null;
}

const ENGLISH_WORD = /[\p{L}\p{N}&]+/gu;

/** The lower-cased English words of `text`, function words included, and their keys (`forms`, `form`). */
export function englishWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(ENGLISH_WORD)) {
    words.add(word);
    const key = englishKey(word);
    if (key) words.add(key);
    // `approaches`, `taxes`: the singular drops `es`, which the key does not.
    if (/(?:ch|sh|x|ss)es$/u.test(word)) words.add(word.slice(0, -2));
    // A year glued to a word (`Conference2018`) hides the word.
    const letters = /^(\p{L}{2,})\p{N}+$/u.exec(word);
    if (letters) words.add(letters[1]);
  }
  return words;
}
