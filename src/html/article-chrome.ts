/**
 * What Readability keeps of a page that a reader would not call the article: the headline and
 * byline lines again, lists of links to other articles and tags (link density, after a heading
 * that says so, or trailing the article), follow/share/advertising/player/gallery lines (the
 * shared vocabulary of `clean/chrome-lines.ts`), captions that repeat the body, breadcrumbs and
 * section labels above the headline, lines of hashtags; and, whatever a line says, chrome by
 * structure: boxes whose class names chrome (`chrome-markup.ts`), the heading of a list of links, a
 * labelled link between paragraphs, the tail after the last paragraph, short lines printed twice.
 * Rules look at line shape and markup, never at the site.
 * Each removed line says which rule removed it, for `thai-extract inspect`.
 */
import { endsWithCounter, readBylineDate, type BylineDate } from '../clean/byline-date.js';
import { authorOf, captionWithoutCredit, chromeRule, isCookieBanner, isCopyrightNotice, opensLinkList } from '../clean/chrome-lines.js';
import { readsAsSentence } from '../clean/headline-shape.js';
import { thaiConsonants } from '../clean/line-kinds.js';
import type { BlockLine } from './block-lines.js';
import { captionIsChrome, chromeBoxOf, holdsLongChrome } from './chrome-markup.js';
import { agree, comparable, isSiteName } from '../clean/titles.js';

export interface LineVerdict {
  line: BlockLine;
  /** The rule that removed the line; absent when it stays. */
  removedBy?: string;
  /** What stays of a kept line when a part of it is the page's (a caption's credit); absent when all of it stays. */
  kept?: string;
}

export interface ArticleChrome {
  verdicts: LineVerdict[];
  /** Dates of the byline lines removed, first first. */
  bylineDates: BylineDate[];
  /** Author names from `โดย ...` / `By ...` lines. */
  authors: string[];
}

export interface ChromeContext {
  /** The headline chosen for the page. */
  title?: string;
  siteNames: readonly string[];
  /** The publication day the page's metadata gives, when it gives one. */
  published?: string;
  /** The page's own address, when known: which links stay on its site. */
  url?: string;
}

/** Prose: a few dozen Thai consonants, or a long run of any letters, mostly not link text. */
const PROSE_THAI_CONSONANTS = 40;
const PROSE_LETTERS = 120;
/** A line this much link text is a link, not prose that links. */
const LINK_LINE_SHARE = 0.6;
/** `หน้าแรก » ข่าว`, `หน้าแรก / คอลัมน์ / ...`, `Home > News`. */
const BREADCRUMB = /^\S.{0,40}\s*[»›>]\s*\S|^(?:หน้าแรก|หน้าหลัก|home)\s*[/>»›|]/i;
const LETTER = /\p{L}/u;
/**
 * A line of hashtags and nothing else (`#ท้องถิ่นไทย #งบประมาณ`): a page's tags, printed as
 * hashtags. Only on pages: in a post given as text, its hashtags are what the writer wrote.
 */
const HASHTAG_LINE = /^#[^\s#]{1,60}(?:\s*#[^\s#]{1,60}){0,19}$/u;

function isProse(line: BlockLine): boolean {
  if (line.chars > 0 && line.linkChars / line.chars >= 0.5) return false;
  // a long line of Thai hashtags, a cookie banner or a copyright notice has the letters of prose and is none
  if (HASHTAG_LINE.test(line.text) || isCookieBanner(line.text) || isCopyrightNotice(line.text)) return false;
  return thaiConsonants(line.text) >= PROSE_THAI_CONSONANTS || line.chars >= PROSE_LETTERS;
}

function isLinkLine(line: BlockLine): boolean {
  return line.chars > 0 && line.linkChars / line.chars >= LINK_LINE_SHARE;
}

/**
 * A link to another article under a label of its own: `อ่านข่าว : <headline>`, `Read more » …`.
 * The label is short and plain, the rest is the link.
 */
const LABELLED_LINK = /^[^:：»>|]{1,30}?\s*[:：»>]\s*\S/;
/** A line printed twice is chrome only when short: a label or a button's words, not a sentence said again. */
const MAX_REPEATED_LINE = 40;
/** A heading over a list of links says what the list is in a few words (`อ่านประกอบ:`, `Related`). */
const MAX_LIST_HEADING = 60;

/** A caption read for a credit at its end is no longer than this (a long figcaption is prose). */
const MAX_CAPTION_WITH_CREDIT = 400;

/** The host without `www.`, or null for an address that is not a web page's. */
function hostOf(address: string): string | null {
  try {
    const { protocol, hostname } = new URL(address);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** A file the article offers (an announcement's PDF, a form, a picture), not another page: `/files/prakat.pdf`. */
const DOCUMENT_FILE = /\.(?:pdf|docx?|xlsx?|pptx?|csv|zip|rar|jpe?g|png|gif|webp|mp3|mp4)(?:[?#]|$)/i;

/** The page's own address, read once per page: its host without `www.` and its host and path, for leadsWithinSite. */
interface PageSite {
  address: string;
  host: string;
  path: string;
}

/** The host and path of an address, without `www.` and a trailing `/`: the same page however written. */
function pathOf(address: URL): string {
  return `${address.hostname.replace(/^www\./, '')}${address.pathname.replace(/\/$/, '')}`;
}

/** The page's address as leadsWithinSite reads it, or null when it is not a web page's (or unknown). */
function pageSiteOf(pageUrl: string | undefined): PageSite | null {
  const host = pageUrl ? hostOf(pageUrl) : null;
  return pageUrl && host ? { address: pageUrl, host, path: pathOf(new URL(pageUrl)) } : null;
}

/**
 * Whether a link leads to another page of the page's own site: a path (`/news/4412`,
 * `news/4412`), or an address on the page's host. Not an anchor in the page (`#top`), not
 * `mailto:`/`tel:`/`javascript:`, not the page itself, not a file it offers.
 */
function leadsWithinSite(href: string, page: PageSite | null): boolean {
  const link = href.trim();
  if (!link || link.startsWith('#') || DOCUMENT_FILE.test(link)) return false;
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('//');
  if (!page) return relative;
  let target: URL;
  try {
    target = new URL(link, page.address);
  } catch {
    return false;
  }
  return hostOf(target.href) === page.host && pathOf(target) !== page.path;
}

/** Comparing a caption with the body costs the body's length: no more than this many captions are compared. */
const MAX_CAPTIONS_COMPARED = 100;

/** Whether `part` is all in some prose line (a caption that says again what the body says). */
function repeatsBody(part: string, prose: string): boolean {
  const key = comparable(part);
  return key.length >= 10 && prose.includes(key);
}

export function findArticleChrome(lines: readonly BlockLine[], context: ChromeContext): ArticleChrome {
  const verdicts: LineVerdict[] = lines.map((line) => ({ line }));
  const site = pageSiteOf(context.url);
  // The headline as the page prints it (a long one reads like prose): the same words, or a heading that agrees.
  const title = context.title;
  const headline = lines.map((l) => Boolean(title) && (comparable(l.text) === comparable(title!) || ((l.heading > 0 || !isProse(l)) && agree(l.text, title!))));
  const boxOf = (line: BlockLine): string | null => chromeBoxOf(line.firstText);
  // A cookie banner or a call to donate has a paragraph's letters; its box says what it is.
  const prose = lines.map((l, i) => {
    if (headline[i] || !isProse(l)) return false;
    const box = boxOf(l);
    return !(box && holdsLongChrome(box));
  });
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  const secondProse = firstProse === -1 ? -1 : prose.indexOf(true, firstProse + 1);
  // Built when a caption first needs it: most pages have none.
  let proseText: string | undefined;
  let captionsLeft = MAX_CAPTIONS_COMPARED;
  const body = (): string => {
    proseText ??= lines
      .filter((_, i) => prose[i] && !lines[i].caption)
      .map((l) => comparable(l.text))
      .join('\n');
    return proseText;
  };
  const bylineDates: BylineDate[] = [];
  const authors: string[] = [];
  // The boxes the article's paragraphs stand in: a closing line among them (`ขอบคุณข้อมูลจาก …`) is the article's.
  const paragraphBoxes = new Set(lines.flatMap((l, i) => (prose[i] && l.element?.parentElement ? [l.element.parentElement] : [])));
  // After the last paragraph, once a list of links or a box of chrome has begun, what is not prose is the page's.
  let tailStarted = false;
  const remove = (i: number, rule: string): void => {
    verdicts[i].removedBy ??= rule;
  };

  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!prose[i] && !headline[i]) seen.set(l.text, (seen.get(l.text) ?? 0) + 1);
  });
  /** Chrome by where a line stands and what markup it is in, not by its words. */
  const structuralRule = (i: number): string | null => {
    const line = lines[i];
    const text = line.text;
    // a box of chrome (`share-bar`, `post-follow`, `ads__label`) of a few short lines
    // (a caption stays in most boxes: a gallery's pictures are the article's; not a credit's or a clip's)
    const box = boxOf(line);
    if (box && (!line.caption || captionIsChrome(box))) return `box:${box}`;
    // a short line the page prints twice among the article's (a share bar above and below it)
    if (text.length <= MAX_REPEATED_LINE && !line.heading && (seen.get(text) ?? 0) > 1) return 'repeated';
    const link = isLinkLine(line);
    // a link to another article under its label, between paragraphs
    if (link && LABELLED_LINK.test(text) && !readsAsSentence(text)) return 'labelled-link';
    // a link to another page of the site on a line of its own among the paragraphs, whatever its
    // label says (`อ่านเพิ่มเติม <headline>`, `<headline>` alone): the article's own links go out to
    // its sources (a ministry's page, a form), a site's links to itself are its other articles
    if (link && !line.heading && !readsAsSentence(text) && line.hrefs.length > 0 && line.hrefs.every((href) => leadsWithinSite(href, site))) return 'site-link';
    // the heading of a list of links: the lines after it are links
    const next = lines[i + 1];
    const afterNext = lines[i + 2];
    if (
      !link &&
      !line.listItem &&
      text.length <= MAX_LIST_HEADING &&
      !readsAsSentence(text) &&
      next &&
      !prose[i + 1] &&
      isLinkLine(next) &&
      (next.listItem || (afterNext !== undefined && !prose[i + 2] && isLinkLine(afterNext)))
    )
      return 'list-heading';
    if (i > lastProse && lastProse !== -1) {
      // after the last paragraph, a line that links somewhere is a call to go there
      if (line.linkChars > 0) return 'tail-link';
      if (tailStarted && !(line.element?.parentElement && paragraphBoxes.has(line.element.parentElement))) return 'after-article';
    }
    return null;
  };

  // What comes before the headline is section labels, breadcrumbs and the masthead, never the article.
  const headlineAt = headline.indexOf(true);
  let listOpenedAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = line.text;
    if (headline[i]) {
      remove(i, 'headline');
      continue;
    }
    if (prose[i]) {
      listOpenedAt = -1;
      if (line.caption && captionsLeft-- > 0 && repeatsBody(text, body())) remove(i, 'caption-repeat');
      continue;
    }
    const rule = chromeRule(text);
    if (rule) {
      remove(i, rule);
      if (opensLinkList(rule)) {
        listOpenedAt = i;
        // a list of other articles or tags after the last paragraph begins the page's tail, though
        // the reader took its links out
        if (i > lastProse) tailStarted = true;
      }
      continue;
    }
    if (HASHTAG_LINE.test(text)) {
      remove(i, 'hashtags');
      continue;
    }
    // A date alone between paragraphs is the article's own (a timeline's heading), not its byline;
    // one with a view counter or a reading time is the page's, wherever it stands, and so is the
    // publication day under a standfirst long enough for prose (above the second paragraph).
    const date = readBylineDate(text);
    const placed = i < firstProse || i > lastProse || firstProse === -1 || (date !== null && endsWithCounter(text));
    const found = placed || (context.published && i < secondProse) ? date : null;
    const byline = found && (placed || found.date === context.published) ? found : null;
    if (byline) {
      bylineDates.push(byline);
      remove(i, 'byline');
      continue;
    }
    const author = authorOf(text);
    if (author && (i < firstProse || i > lastProse || firstProse === -1)) {
      authors.push(author);
      remove(i, 'byline');
      continue;
    }
    if (!LETTER.test(text)) {
      remove(i, 'stray');
      continue;
    }
    if (isSiteName(text, context.siteNames)) {
      remove(i, 'site-name');
      continue;
    }
    if (BREADCRUMB.test(text) && text.length <= 120) {
      remove(i, 'breadcrumb');
      continue;
    }
    if (headlineAt !== -1 && i < headlineAt) {
      remove(i, 'before-headline');
      continue;
    }
    const link = isLinkLine(line);
    // After a "related" or "tags" heading, its links; a run of link lines anywhere is a link list.
    if (listOpenedAt !== -1 && (link || line.listItem)) {
      remove(i, 'link-list');
      if (i > lastProse) tailStarted = true;
      continue;
    }
    const neighbourIsLink = (j: number): boolean => j >= 0 && j < lines.length && !prose[j] && isLinkLine(lines[j]);
    if (link && (neighbourIsLink(i - 1) || neighbourIsLink(i + 1))) {
      remove(i, 'link-list');
      if (i > lastProse) tailStarted = true;
      continue;
    }
    // Link lines after the last paragraph or before the first are tags, sections and other articles;
    // after the last, the page's tail has begun.
    if (link && (i > lastProse || i < firstProse)) {
      remove(i, 'link-list');
      if (i > lastProse) tailStarted = true;
      continue;
    }
    // The structural rules, which need no word of the line (README, Web pages: chrome by structure).
    const structural = structuralRule(i);
    if (structural) {
      remove(i, structural);
      if (structural === 'list-heading') listOpenedAt = i;
      if (i > lastProse) tailStarted = true;
      continue;
    }
    if (line.caption && captionsLeft-- > 0 && repeatsBody(text, body())) remove(i, 'caption-repeat');
  }
  // A caption stays, the picture's credit at its end goes (`… (ภาพ : มติชน)`).
  for (const verdict of verdicts) {
    const { caption, text } = verdict.line;
    if (!caption || verdict.removedBy || text.length > MAX_CAPTION_WITH_CREDIT) continue;
    const shown = captionWithoutCredit(text);
    if (shown !== text) verdict.kept = shown;
  }
  return { verdicts, bylineDates, authors };
}
