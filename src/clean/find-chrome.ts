import { classifyLine, thaiConsonants, type LineKind } from './line-kinds.js';
import { parseBylineDate } from './byline-date.js';
import type { Line } from './lines.js';

export type RemovedRole = 'title' | 'byline' | 'navigation' | 'boilerplate';

export interface RemovedLine {
  /** 1-based line number in the text before cleaning. */
  line: number;
  text: string;
  role: RemovedRole;
}

export interface ChromeAnalysis {
  /** Lines of the article body, in order. */
  body: Line[];
  removed: RemovedLine[];
  title?: string;
  /** ISO date read from a byline line. */
  published?: string;
}

// A single line is a snippet, not a scraped page: leave it alone.
const MIN_LINES = 2;
// A headline has some Thai (or Latin) substance; a lone "home" does not.
const MIN_TITLE_CONSONANTS = 8;

/**
 * Separates a scraped page's body from its chrome by position and line shape: everything before
 * the first prose paragraph is chrome (headline, byline, menus); after the last, chrome starts at
 * the first navigation line (a short closing line such as a hashtag or signature stays);
 * anywhere, lines that cannot be prose (navigation words, counters, the title again) are chrome.
 * Returns null when nothing is removed, so snippets and clean texts pass unchanged.
 */
export function findChrome(lines: Line[], knownTitle?: string): ChromeAnalysis | null {
  const kinds: LineKind[] = lines.map(classifyLine);
  const first = kinds.indexOf('body');
  const last = kinds.lastIndexOf('body');
  if (first === -1 || kinds.filter((k) => k !== 'blank').length < MIN_LINES) return null;

  const title = knownTitle?.trim() || findTitle(lines, kinds, first);
  const removed: RemovedLine[] = [];
  const body: Line[] = [];
  let published: string | undefined;
  let inFooter = false;
  lines.forEach((line, i) => {
    const text = line.text.trim();
    const kind = kinds[i];
    if (kind === 'blank') return;
    if (i > last && (kind === 'navigation' || kind === 'stray')) inFooter = true;
    let role: RemovedRole | null = null;
    if (title && text === title) role = 'title';
    else if (kind === 'navigation') role = 'navigation';
    else if (kind === 'stray') role = 'boilerplate';
    else if (i < first || inFooter) role = kind === 'byline' ? 'byline' : 'boilerplate';
    if (role === null) {
      body.push(line);
      return;
    }
    if (role === 'byline' && !published) published = parseBylineDate(text) ?? undefined;
    removed.push({ line: line.number, text, role });
  });
  if (removed.length === 0) return null;
  return { body, removed, title, published };
}

/**
 * The headline: a line before the body that the page repeats (sites print it in the breadcrumb
 * and again above the article), else the header line with the most Thai.
 */
function findTitle(lines: Line[], kinds: LineKind[], firstBody: number): string | undefined {
  const header = lines.slice(0, firstBody).map((l) => l.text.trim());
  const candidates = header.filter((t, i) => kinds[i] === 'short' && thaiConsonants(t) + t.length / 4 >= MIN_TITLE_CONSONANTS);
  const repeated = candidates.find((t, i) => candidates.indexOf(t) !== i);
  if (repeated) return repeated;
  let best: string | undefined;
  for (const t of candidates) if (!best || thaiConsonants(t) > thaiConsonants(best)) best = t;
  return best;
}
