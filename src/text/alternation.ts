/**
 * A regular-expression alternation that matches any of `words` literally, the longest first, so
 * that `นางสาว` wins over `นาง` and `พ.ต.อ.` over `พ.ต.`.
 */
export function alternationOf(words: Iterable<string>): string {
  return Array.from(words).sort(longestFirst).map(escaped).join('|');
}

// Named at module level, not written inline: the acronym mentions build an alternation per
// document, and a callback made per call is compiled again and again.
function longestFirst(a: string, b: string): number {
  return b.length - a.length;
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
