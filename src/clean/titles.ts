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

/** ` | `, ` - `, ` – `, ` — `, ` :: `, ` · `, ` • `: what sites put between a headline and their name. */
export const SEGMENT_SEPARATOR = /(\s+(?:\|\|?|-|–|—|::|·|•)\s+|\s*\|\s*)/;
export const MAX_SITE_SEGMENT = 40;
const MIN_HEADLINE = 4;
const MAX_ONE_WORD_SITE = 20;

/** Whether a title segment is the site's name (`ประชาไท Prachatai.com` for a site called `ประชาไท`). */
export function isSiteName(segment: string, names: readonly string[]): boolean {
  const s = comparable(segment);
  if (s.length < 2 || segment.length > MAX_SITE_SEGMENT) return false;
  return names.some((name) => {
    const n = comparable(name);
    return n.length >= 3 && (s === n || (s.includes(n) && n.length >= 4) || (n.includes(s) && s.length >= 4));
  });
}

/**
 * The title without the site's name before or after it. With `looseBar`, a short last segment
 * after ` | `, or a single word after a dash, goes even when nothing names the site (`<title>`
 * and `og:title` end that way).
 */
export function withoutSiteName(title: string, names: readonly string[], looseBar = false): string {
  // One space for every run of white space: the separator's spaces then never rescan a run.
  const pieces = title.replace(/\s+/g, ' ').split(SEGMENT_SEPARATOR);
  // pieces alternate text, separator, text ...
  let start = 0;
  let end = pieces.length - 1;
  while (end - start >= 2 && isSiteName(pieces[end], names)) end -= 2;
  while (end - start >= 2 && isSiteName(pieces[start], names)) start += 2;
  if (looseBar && end - start >= 2) {
    const rest = pieces
      .slice(start, end - 1)
      .join('')
      .trim();
    const last = pieces[end].trim();
    // After a bar, any short segment is the site; after a dash, only one word much shorter than
    // the headline (`... - ข่าวสด`): headlines use dashes between their own clauses.
    const bar = pieces[end - 1].trim().startsWith('|') && last.length <= MAX_SITE_SEGMENT && rest.length >= MIN_HEADLINE;
    const dash = !/\s/.test(last) && last.length <= MAX_ONE_WORD_SITE && rest.length >= 2 * last.length;
    if (bar || dash) end -= 2;
  }
  return pieces
    .slice(start, end + 1)
    .join('')
    .trim();
}
