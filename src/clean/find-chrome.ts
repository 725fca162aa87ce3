import { endsWithCounter, readBylineDate } from './byline-date.js';
import { authorOf, opensLinkList } from './chrome-lines.js';
import { looksLikeHeadline, readsAsSentence } from './headline-shape.js';
import { classify, isBreadcrumb, thaiConsonants, type LineClass } from './line-kinds.js';
import type { Line } from './lines.js';
import { agree, withoutBreadcrumb, withoutSiteName } from './titles.js';

export type RemovedRole = 'title' | 'byline' | 'navigation' | 'boilerplate';

export interface RemovedLine {
  /** 1-based line number in the text before cleaning. */
  line: number;
  text: string;
  role: RemovedRole;
  /** For chrome recognised by its words: which rule (`follow`, `related-heading`, `player`, ...). */
  rule?: string;
}

export interface ChromeAnalysis {
  /** Lines of the article body, in order. */
  body: Line[];
  removed: RemovedLine[];
  title?: string;
  /** ISO date read from a byline line. */
  published?: string;
  /** The byline's date and time, `YYYY-MM-DDTHH:MM:SS+07:00`, when it gives the time. */
  publishedAt?: string;
  /** The name an author line gives (`โดย ...`). */
  author?: string;
}

export interface FindChromeOptions {
  /** The title the page or the record already gave; lines that repeat it are removed. */
  knownTitle?: string;
  /**
   * The text is an article already cut out of its page (HTML through decode): only lines that
   * cannot be prose go, nothing for where it stands.
   */
  extracted?: boolean;
}

// A single line is a snippet, not a scraped page: leave it alone.
const MIN_LINES = 2;
// A headline has some Thai (or Latin) substance; a lone "home" does not.
const MIN_TITLE_CONSONANTS = 8;
const MAX_TITLE_LENGTH = 250;
/** A headline of one word is at least this long (`ทีมชาติไทยเอาไงดี?`); a shorter one is a section's name. */
const MIN_SINGLE_WORD_HEADLINE = 14;
/** A first paragraph this short may be a long headline. */
const MAX_PROSE_TITLE_LENGTH = 160;
/** Headlines in a related-articles list are no longer than this. */
const MAX_LINKED_HEADLINE = 200;
/** A short line after the headline this long is a lead or a standfirst, not chrome. */
const MIN_LEAD_LENGTH = 25;
const THAI_TIME_OFFSET = '+07:00';

/**
 * Separates a scraped page's body from its chrome by position and line shape: before the first
 * prose paragraph come the masthead, the headline and the byline (a short line there stays only
 * when it reads as a sentence of the article, or as a lead after the headline); after the last,
 * chrome starts at the first navigation line (a short closing line such as a hashtag or
 * signature stays); anywhere, lines that cannot be prose (navigation words, chrome vocabulary,
 * counters, the title again) are chrome. Returns null when nothing is removed, so snippets and
 * clean texts pass unchanged.
 */
export function findChrome(lines: Line[], knownTitle?: string, options: Omit<FindChromeOptions, 'knownTitle'> = {}): ChromeAnalysis | null {
  const classes: LineClass[] = lines.map(classify);
  // A headline behind a breadcrumb (`หน้าแรกข่าว> การเมือง> ...`) may be long enough to pass for prose.
  const opening = classes.findIndex((c) => c.kind !== 'blank');
  if (opening !== -1 && !options.extracted && withoutBreadcrumb(lines[opening].text.trim()) !== lines[opening].text.trim())
    classes[opening] = { kind: 'short' };
  markLinkLists(lines, classes);
  const kinds = classes.map((c) => c.kind);
  let first = kinds.indexOf('body');
  const last = kinds.lastIndexOf('body');
  if (first === -1 || kinds.filter((k) => k !== 'blank').length < MIN_LINES) return null;

  const known = knownTitle?.trim();
  const found = known || options.extracted ? undefined : findTitle(lines, classes, first);
  const title = known || found?.title;
  // A long headline reads like prose: the body then starts after it.
  if (found && found.index === first) first = kinds.indexOf('body', first + 1);
  if (first === -1) return null;
  const titleAt = found?.index ?? (title ? lines.findIndex((l, i) => i < first && agree(l.text, title)) : -1);
  const byline = chooseByline(lines, kinds, titleAt, first);
  const authorAt = kinds.findIndex((k, i) => k === 'author' && (i < first || i > last));

  const removed: RemovedLine[] = [];
  const body: Line[] = [];
  let inFooter = false;
  lines.forEach((line, i) => {
    const text = line.text.trim();
    const { kind, rule } = classes[i];
    if (kind === 'blank') return;
    // a picture's credit signs the article off, as an author line does: what follows it (a press
    // office's contact lines) is no footer for that
    if (i > last && (kind === 'navigation' || (kind === 'chrome' && rule !== 'credit') || kind === 'stray')) inFooter = true;
    let role: RemovedRole | null = null;
    if (title && (text === title || i === titleAt || (i < first && kind !== 'body' && agree(text, title)))) role = 'title';
    else if (kind === 'navigation' || kind === 'chrome') role = 'navigation';
    else if (kind === 'stray') role = 'boilerplate';
    // A date alone between paragraphs is the article's own (a timeline's heading), not its byline;
    // one with a view counter or a reading time is the page's, wherever it stands.
    else if (kind === 'byline' && (i < first || i > last || endsWithCounter(text))) role = 'byline';
    else if (kind === 'author' && (i < first || i > last)) role = 'byline';
    else if (!options.extracted && i < first && !keptBeforeBody(text, i, titleAt)) role = 'boilerplate';
    else if (!options.extracted && inFooter) role = 'boilerplate';
    if (role === null) {
      body.push(line);
      return;
    }
    removed.push(rule ? { line: line.number, text, role, rule } : { line: line.number, text, role });
  });
  if (removed.length === 0) return null;
  const analysis: ChromeAnalysis = { body, removed };
  if (title) analysis.title = title;
  if (byline) {
    analysis.published = byline.date;
    if (byline.time) analysis.publishedAt = `${byline.date}T${byline.time}:00${THAI_TIME_OFFSET}`;
  }
  if (authorAt !== -1) analysis.author = authorOf(lines[authorAt].text) ?? undefined;
  return analysis;
}

/** A short line before the first paragraph stays when it reads as prose: a sentence, or a lead after the headline. */
function keptBeforeBody(text: string, index: number, titleAt: number): boolean {
  if (readsAsSentence(text)) return true;
  return titleAt !== -1 && index > titleAt && text.length >= MIN_LEAD_LENGTH && !looksLikeHeadline(text);
}

/**
 * The byline that dates the article: the first after the headline; else one just above it (a
 * date line two or more lines above the headline is the masthead's "today", not the article's
 * date); without a headline, the last before the body.
 */
function chooseByline(lines: Line[], kinds: string[], titleAt: number, firstBody: number): { date: string; time?: string } | null {
  const bylines = kinds.flatMap((k, i) => (k === 'byline' ? [i] : []));
  if (bylines.length === 0) return null;
  let chosen: number | undefined;
  if (titleAt !== -1) {
    chosen = bylines.find((i) => i > titleAt);
    if (chosen === undefined) {
      const before = bylines.filter((i) => i < titleAt).pop();
      const between = before === undefined ? 0 : kinds.slice(before + 1, titleAt).filter((k) => k !== 'blank').length;
      if (before !== undefined && between <= 1) chosen = before;
    }
  } else {
    chosen = bylines.filter((i) => i < firstBody).pop() ?? bylines[0];
  }
  return chosen === undefined ? null : readBylineDate(lines[chosen].text);
}

/**
 * The headline among the short lines before the body. What counts for a line: it ends with `?` or
 * `!` or quotes someone; the page prints it twice (sites print it in the breadcrumb and again
 * above the article); it has a headline's length; it is the last short line before the body. What
 * counts against: navigation after it (it is then part of the masthead). A line that reads as a
 * sentence is never the headline. Ties go to the line nearer the body.
 */
function findTitle(lines: Line[], classes: LineClass[], firstBody: number): { title: string; index: number } | undefined {
  const header = lines.slice(0, firstBody + 1).map((l) => l.text.trim());
  const substantial = (text: string): boolean =>
    text.length <= MAX_TITLE_LENGTH && !readsAsSentence(text) && thaiConsonants(text) + text.length / 4 >= MIN_TITLE_CONSONANTS;
  const short = header.flatMap((text, i) => (i < firstBody && classes[i].kind === 'short' && substantial(text) ? [i] : []));
  const score = (i: number, candidates: number[]): number => {
    const text = header[i];
    let points = 0;
    if (/[?!？！]\s*$/.test(text)) points += 3;
    else if (looksLikeHeadline(text)) points += 2;
    const repeated = header.some((other, j) => j !== i && other === text);
    if (repeated) points += text.length >= 15 ? 2 : 1;
    if (text.length >= 20) points += 1;
    if (i === candidates[candidates.length - 1]) points += 1;
    const after = classes.slice(i + 1, firstBody);
    if (after.some((c, k) => c.kind === 'navigation' && isBreadcrumb(header[i + 1 + k])) || after.filter((c) => c.kind === 'navigation').length >= 2)
      points -= 2;
    return points;
  };
  const best = (candidates: number[]): { index: number; points: number } | undefined => {
    let chosen: { index: number; points: number } | undefined;
    for (const i of candidates) {
      const points = score(i, candidates);
      if (!chosen || points >= chosen.points) chosen = { index: i, points };
    }
    return chosen;
  };
  let chosen = best(short);
  // A section label (`เศรษฐกิจ`) or the masthead is no headline: then the first paragraph may be
  // a long one, when it is short for a paragraph and does not read as a sentence.
  const qualifies = chosen && chosen.points >= 0 && (/\s/.test(header[chosen.index]) || header[chosen.index].length >= MIN_SINGLE_WORD_HEADLINE);
  const opening = header[firstBody];
  // Only where the page shows its structure: lines above it (a masthead, a section's name), or
  // a byline, author, share or other chrome line right after it. A text that starts with its
  // first paragraph keeps it.
  const next = classes.findIndex((c, i) => i > firstBody && c.kind !== 'blank');
  const framed = header.slice(0, firstBody).some((t) => t !== '') || (next !== -1 && ['byline', 'author', 'chrome', 'navigation'].includes(classes[next].kind));
  if (!qualifies && framed && opening.length <= MAX_PROSE_TITLE_LENGTH && substantial(opening)) chosen = best([...short, firstBody]);
  return chosen ? { title: withoutSiteName(withoutBreadcrumb(header[chosen.index]), [], true), index: chosen.index } : undefined;
}

/**
 * After the heading of a related-articles or tags block (`ข่าวแนะนำ`, `อ่านข่าวที่เกี่ยวข้อง`,
 * `แท็ก`), the lines up to the next paragraph of prose are that block's links: headlines of other
 * articles, which are as long as a short paragraph but do not read as sentences.
 */
function markLinkLists(lines: Line[], classes: LineClass[]): void {
  let open = false;
  lines.forEach((line, i) => {
    const { kind, rule } = classes[i];
    if (kind === 'blank') return;
    if (kind === 'chrome' && opensLinkList(rule ?? null)) {
      open = true;
      return;
    }
    const text = line.text.trim();
    if (open && (kind === 'short' || kind === 'body') && text.length <= MAX_LINKED_HEADLINE && !readsAsSentence(text))
      classes[i] = { kind: 'chrome', rule: 'link-list' };
    else open = false;
  });
}
