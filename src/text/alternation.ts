/**
 * A regular-expression alternation that matches any of `words` literally, the longest first, so
 * that `นางสาว` wins over `นาง` and `พ.ต.อ.` over `พ.ต.`.
 */
export function alternationOf(words: Iterable<string>): string {
  return Array.from(words)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
}
