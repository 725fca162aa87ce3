/** Comparing titles as pages write them: with or without punctuation, cut short, behind a breadcrumb. */

/** `หน้าแรกข่าว> การเมือง> ผอ.รพ.ตำรวจยัน ...`: a trail of sections ending with the headline. */
const BREADCRUMB_SEPARATOR = /\s*[>»›]+\s*/;
const MAX_CRUMB = 25;
const MIN_HEADLINE_AFTER_CRUMBS = 10;

/** Letters, digits and marks only, lower case: how two spellings of a name or a title are compared. */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
}

/**
 * Two titles say the same: equal, or one holds most of the other, or begins with a good part of
 * it (`<title>` and `og:title` are often the headline cut short).
 */
export function agree(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return (long.includes(short) && short.length >= 0.6 * long.length) || (long.startsWith(short) && short.length >= 0.4 * long.length);
}

/** The title without a leading trail of sections, or the title as it is. */
export function withoutBreadcrumb(title: string): string {
  if (!/[>»›]/.test(title)) return title;
  // One space for every run of white space: the separator's spaces then never rescan a run.
  const parts = title
    .replace(/\s+/g, ' ')
    .split(BREADCRUMB_SEPARATOR)
    .filter((p) => p.trim());
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1].trim();
  const leading = parts.slice(0, -1).map((p) => p.trim());
  if (leading.every((p) => p.length <= MAX_CRUMB && p.length < last.length) && last.length >= MIN_HEADLINE_AFTER_CRUMBS) return last;
  return title;
}
