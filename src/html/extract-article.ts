/**
 * The article of a web page: its text and what the page says about it (headline, publication
 * date, address, site, author). The page is parsed once, in linear time (`parse-html.ts`);
 * Mozilla Readability finds the article in it; the rules of `article-chrome.ts` then take out what
 * Readability keeps but a reader would not call the article. Scripts never run; nothing is fetched.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { DocumentMeta } from '../document/types.js';
import { readBylineDate } from '../clean/byline-date.js';
import { THAI_UTC_OFFSET } from '../thai/time-zone.js';
import { comparable } from '../clean/titles.js';
import { type ArticleChrome, findArticleChrome } from './article-chrome.js';
import { type BlockLine, blockLines, isHidden } from './block-lines.js';
import { articleBodyParagraphs, dataScriptParagraphs } from './embedded-article.js';
import { type Document, Element, type Node, nextInOrder, nextSkippingChildren } from './dom.js';
import { chooseHeadline, printedHeadlineIn, siteNames } from './headline.js';
import { type Located, type PageFacts, readPageFacts } from './page-facts.js';
import { parseHtml } from './parse-html.js';
import { isSocialEmbed } from './social-embed.js';
import { markChromeBoxes } from './chrome-markup.js';
import { asUtcInstant } from './timestamp.js';
import { dateLineDate, metadataDate, type PublishedDate } from './published-date.js';

/** What the page says about its article: the document's metadata fields a page can fill. */
export type ArticleMetadata = Pick<DocumentMeta, 'title' | 'published' | 'publishedAt' | 'url' | 'siteName' | 'author'>;

/** A line of the page and what became of it. */
export interface PageLine {
  text: string;
  /** Why it is not in the article text; absent for a line that is. */
  removedBy?: string;
}

/** How the article was found: for `thai-extract inspect`. */
export interface ExtractionReport {
  /** Where each metadata value came from (`og:title`, `json-ld datePublished`, ...). */
  sources: Partial<Record<keyof ArticleMetadata, string>>;
  /** Whether Readability chose the article, or why not. */
  readability: 'used' | 'no article found' | 'failed' | 'page too deep' | 'page too large';
  /** Where the article's text came from: the page's markup, or data the page carries. */
  body: 'page' | 'json-ld articleBody' | 'data script';
  /** The titles the page gives, as written, where from. */
  titles: { source: string; text: string }[];
  /** The names the page gives itself, best first: what is taken off titles. */
  siteNames: string[];
  /** Every visible line of the page, in order. */
  lines: PageLine[];
}

export interface ExtractedArticle extends ArticleMetadata {
  /** One line per paragraph, heading or list item; empty when the page has no text. */
  text: string;
  /** Only when asked for. */
  report?: ExtractionReport;
}

export interface ExtractOptions {
  /** Also say what was kept and removed, and why. */
  report?: boolean;
  /** The page's address, when the caller knows it. */
  url?: string;
}

/**
 * Readability's time grows with the depth of nesting times the amount of text (it measures the
 * text of every element again at each level above it, a few dozen times over): pages deeper,
 * larger or wordier than real news pages (20 to 40 levels, a few thousand elements, a few dozen
 * thousand characters) are read without it, by the linear fallback. This bounds Readability's
 * share of the time by a constant.
 */
const MAX_READABILITY_DEPTH = 80;
const MAX_READABILITY_ELEMENTS = 30_000;
const MAX_READABILITY_TEXT = 500_000;

/**
 * Player markup of the common web video libraries (video.js, JW Player, Plyr, MediaElement,
 * Flowplayer), and the boxes pages put an embedded video in (`embed-video`, `video-embed`,
 * `video-player`, `youtube-embed`), whose titles and labels name another clip, not the article.
 */
const PLAYER_CLASS =
  /(?:^|\s)(?:video-js|vjs-[\w-]+|jwplayer|jw-[\w-]+|plyr(?:__[\w-]+)?|mejs-[\w-]+|flowplayer|fp-[\w-]+|[\w-]*(?:embed-video|video-embed|video-player|video-placeholder|youtube-(?:embed|player))[\w-]*)(?:\s|$)/;

export type ArticleExtractor = (html: string, options?: ExtractOptions) => ExtractedArticle;

let loading: Promise<ArticleExtractor> | null = null;

/**
 * The article extractor, Readability loaded on first use: a run without HTML never pays for
 * loading it.
 */
export function loadArticleExtractor(): Promise<ArticleExtractor> {
  loading ??= import('@mozilla/readability').then(
    (readability) => (html: string, options?: ExtractOptions) => extractArticle(html, readability.Readability, options),
  );
  return loading;
}

/** Why an element is taken out before Readability weighs the page, or null when it stays. */
function removedBeforeReading(element: Element): 'hidden' | 'player' | 'embed' | null {
  if (isHidden(element)) return 'hidden';
  if (PLAYER_CLASS.test(element.className)) return 'player';
  if (isSocialEmbed(element)) return 'embed';
  return null;
}

/** Removes what no reader sees, media players' controls and embedded social posts, before Readability weighs the page. */
function removeHiddenPlayersAndEmbeds(document: Document, removed: PageLine[] | null): void {
  let node: Node | null = document.firstChild;
  while (node) {
    const reason = node instanceof Element ? removedBeforeReading(node) : null;
    if (node instanceof Element && reason) {
      const next = nextSkippingChildren(node, document);
      if (removed) for (const line of blockLines(node)) removed.push({ text: line.text, removedBy: reason });
      node.remove();
      node = next;
    } else {
      node = nextInOrder(node, document);
    }
  }
}

/**
 * The element with the most paragraph text in it, near (a paragraph's text counts fully for its
 * parent, half for the grandparent, a third above that, as Readability weighs it): the article
 * when Readability is not used.
 */
function densestContainer(document: Document): Node {
  const score = new Map<Element, number>();
  let best: Element | null = null;
  for (let node: Node | null = document.firstChild; node; node = nextInOrder(node, document)) {
    if (!(node instanceof Element) || node.localName !== 'p') continue;
    const length = node.textContent.length;
    let ancestor = node.parentElement;
    for (let level = 1; ancestor && level <= 3; level++, ancestor = ancestor.parentElement) {
      const total = (score.get(ancestor) ?? 0) + length / level;
      score.set(ancestor, total);
      if (!best || total > score.get(best)!) best = ancestor;
    }
  }
  return best ?? document.body ?? document;
}

/**
 * Thai WordPress sites write `+00:00` on Thai clock times, other sites on instants in UTC
 * (`2024-06-04T23:15:00+00:00` for 06:15 on the 5th): when the date line a reader sees gives the
 * instant's day in Thai time, and not the clock's, the metadata's time is an instant.
 */
function zoneAsTheDateLineSays(fromMetadata: PublishedDate | undefined, facts: PageFacts, headline: Located | undefined): PublishedDate | undefined {
  const instant = fromMetadata && asUtcInstant(fromMetadata);
  if (!instant || instant.date === fromMetadata.date || dateLineDate(facts, headline)?.date !== instant.date) return fromMetadata;
  return { ...instant, source: `${fromMetadata.source}, an instant in UTC as the date line says` };
}

function extractArticle(html: string, Readability: typeof ReadabilityClass, options: ExtractOptions = {}): ExtractedArticle {
  const { document, statistics } = parseHtml(html, options.url);
  const facts = readPageFacts(document);
  const url = options.url ?? facts.canonical ?? facts.meta.get('og:url') ?? facts.jsonLd.url;
  const names = siteNames(facts, url);
  const headline = chooseHeadline(facts, names);
  // A title from metadata with the site's name in it gives way to the headline the page prints.
  const printed = headline && !headline.heading ? printedHeadlineIn(document, headline.title) : undefined;
  const headlineElement = headline?.heading;
  // Dates are placed by where they stand in the page, so they are read before Readability moves things.
  const fromMetadata = zoneAsTheDateLineSays(metadataDate(facts, headlineElement), facts, headlineElement);
  const fromDateLine = fromMetadata ? undefined : dateLineDate(facts, headlineElement);

  const pageLines = options.report ? blockLines(document.body ?? document) : null;
  const preRemoved: PageLine[] | null = options.report ? [] : null;
  removeHiddenPlayersAndEmbeds(document, preRemoved);
  markChromeBoxes(document);

  let readability: ExtractionReport['readability'] = 'used';
  let article: { content: unknown; byline?: string | null } | null = null;
  if (statistics.depth > MAX_READABILITY_DEPTH) readability = 'page too deep';
  else if (statistics.elements > MAX_READABILITY_ELEMENTS || statistics.textLength > MAX_READABILITY_TEXT) readability = 'page too large';
  else {
    document.cachesText = true;
    try {
      article = new Readability(document as never, { serializer: (node) => node, keepClasses: true, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
      if (!article) readability = 'no article found';
    } catch {
      readability = 'failed'; // Readability gives up on some malformed pages; the text is still there
    }
    document.cachesText = false;
  }
  const root = (article?.content as Node | undefined) ?? densestContainer(document);
  const context = { title: printed ?? headline?.title, siteNames: names, published: fromMetadata?.date, url };
  let chrome = findArticleChrome(blockLines(root), context);
  // A page saved before its scripts ran may hold its article only as data.
  let body: ExtractionReport['body'] = 'page';
  const embedded = embeddedArticle(facts, chrome);
  if (embedded) {
    chrome = findArticleChrome(embedded.lines.map(plainLine), context);
    body = embedded.source;
  }

  const extracted: ExtractedArticle = { text: keptText(chrome) };
  const sources: ExtractionReport['sources'] = {};
  const set = <K extends keyof ArticleMetadata>(key: K, value: ArticleMetadata[K] | undefined, source: string): void => {
    if (value && extracted[key] === undefined) {
      extracted[key] = value;
      sources[key] = source;
    }
  };
  if (headline && printed) set('title', printed, `${headline.source}, as the page prints it`);
  else if (headline) set('title', headline.title, headline.source);
  const published = fromMetadata ?? bylineInArticle(chrome.bylineDates) ?? fromDateLine ?? readabilityByline(article?.byline);
  if (published) {
    set('published', published.date, published.source);
    set('publishedAt', published.at, published.source);
  }
  set('url', url, facts.canonical ? 'link canonical' : facts.meta.get('og:url') ? 'og:url' : 'json-ld url');
  set('siteName', names[0], 'page');
  const author =
    facts.jsonLd.authors.find((a) => !isUrl(a)) ?? nonUrl(facts.meta.get('author')) ?? nonUrl(facts.meta.get('article:author')) ?? chrome.authors[0];
  if (author && !names.some((name) => name === author)) set('author', author, 'page');
  if (options.report) {
    // Text read from data is not among the page's lines: its lines follow them.
    const lines =
      body === 'page'
        ? reportLines(pageLines!, preRemoved!, chrome.verdicts)
        : [
            ...pageLines!.map((l) => ({ text: l.text, removedBy: `not the article (the text is the ${body}'s)` })),
            ...chrome.verdicts.map((v) => (v.removedBy ? { text: v.line.text, removedBy: v.removedBy } : { text: v.line.text })),
          ];
    extracted.report = { sources, readability, body, titles: titlesOf(facts), siteNames: names, lines };
  }
  return extracted;
}

/** The page's markup gave less than half of what its data holds: the article is the data's. */
const EMBEDDED_SHARE = 0.5;
/** Letters and digits below which the markup gave next to nothing. */
const LITTLE_TEXT = 300;

function keptText(chrome: ArticleChrome): string {
  return chrome.verdicts
    .filter((v) => !v.removedBy)
    .map((v) => v.kept ?? v.line.text)
    .join('\n');
}

/** The article as the page's data holds it, when the markup gave much less of it. */
function embeddedArticle(facts: PageFacts, chrome: ArticleChrome): { lines: string[]; source: 'json-ld articleBody' | 'data script' } | undefined {
  const found = comparable(keptText(chrome)).length;
  const candidates: [() => string[], 'json-ld articleBody' | 'data script'][] = [
    [() => (facts.jsonLd.articleBody ? articleBodyParagraphs(facts.jsonLd.articleBody) : []), 'json-ld articleBody'],
    [() => dataScriptParagraphs(facts.dataScripts), 'data script'],
  ];
  for (const [read, source] of candidates) {
    // Data scripts are read only when the markup gave next to nothing: they can be large.
    if (source === 'data script' && found >= LITTLE_TEXT) continue;
    const lines = read();
    if (lines.length && found < EMBEDDED_SHARE * comparable(lines.join('')).length) return { lines, source };
  }
  return undefined;
}

/** A line of text with no markup around it, for the chrome rules. */
function plainLine(text: string): BlockLine {
  return {
    text,
    chars: comparable(text).length,
    linkChars: 0,
    heading: 0,
    listItem: false,
    caption: false,
    bold: false,
    element: null,
    firstText: null,
    hrefs: [],
  };
}

/** The page's own titles, for the report. */
function titlesOf(facts: PageFacts): { source: string; text: string }[] {
  const titles = [
    { source: 'json-ld headline', text: facts.jsonLd.headline },
    { source: 'og:title', text: facts.meta.get('og:title') },
    { source: 'twitter:title', text: facts.meta.get('twitter:title') },
    { source: 'title', text: facts.documentTitle },
    ...facts.headings.slice(0, 5).map((h) => ({ source: h.element.localName === 'h1' ? 'h1' : 'itemprop headline', text: h.text })),
  ];
  return titles.filter((t): t is { source: string; text: string } => Boolean(t.text));
}

function bylineInArticle(dates: { date: string; time?: string }[]): PublishedDate | undefined {
  const first = dates[0];
  if (!first) return undefined;
  return { date: first.date, ...(first.time ? { at: `${first.date}T${first.time}:00${THAI_UTC_OFFSET}` } : {}), source: 'byline in the article' };
}

function readabilityByline(byline: string | null | undefined): PublishedDate | undefined {
  const found = byline ? readBylineDate(byline) : null;
  return found ? { date: found.date, source: 'Readability byline' } : undefined;
}

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text) || /^www\./i.test(text);
}

function nonUrl(text: string | undefined): string | undefined {
  return text && !isUrl(text) ? text : undefined;
}

/**
 * Every visible line of the page with what became of it: kept, removed by an article rule, removed
 * before Readability (hidden, player), or left out by Readability (outside the article).
 */
function reportLines(
  pageLines: { text: string }[],
  preRemoved: PageLine[],
  verdicts: { line: { text: string }; removedBy?: string; kept?: string }[],
): PageLine[] {
  const fates: (string | undefined)[] = new Array(pageLines.length).fill(undefined);
  // what stays of a kept line a part of which went (a caption without its credit)
  const keptParts: (string | undefined)[] = new Array(pageLines.length).fill(undefined);
  const texts = pageLines.map((l) => l.text);
  align(
    texts,
    verdicts.map((v) => v.line.text),
  ).forEach((j, i) => {
    if (j !== -1) fates[i] = verdicts[j].removedBy ?? '';
    if (j !== -1 && !verdicts[j].removedBy) keptParts[i] = verdicts[j].kept;
  });
  const unmatched = texts.map((t, i) => (fates[i] === undefined ? t : ''));
  align(
    unmatched,
    preRemoved.map((l) => l.text),
  ).forEach((j, i) => {
    if (j !== -1 && fates[i] === undefined) fates[i] = preRemoved[j].removedBy ?? '';
  });
  return pageLines.flatMap((line, i): PageLine[] => {
    const fate = fates[i];
    if (fate === undefined) return [{ text: line.text, removedBy: 'outside the article' }];
    const part = keptParts[i];
    if (fate === '' && part !== undefined) return [{ text: part }, { text: line.text.slice(part.length).trim(), removedBy: 'caption-credit' }];
    return [fate === '' ? { text: line.text } : { text: line.text, removedBy: fate }];
  });
}

/**
 * For each line of `a`, the index of the line of `b` it is, or -1: lines whose text occurs once
 * in each anchor the alignment (the longest run of them in the same order), and the lines between
 * two anchors are matched in order within the same stretch of both.
 */
const MAX_ALIGN_LOOKAHEAD = 200;

function align(a: string[], b: string[]): number[] {
  const count = (lines: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const t of lines) counts.set(t, (counts.get(t) ?? 0) + 1);
    return counts;
  };
  const inA = count(a);
  const inB = count(b);
  const whereInB = new Map<string, number>();
  b.forEach((t, j) => {
    if (inB.get(t) === 1) whereInB.set(t, j);
  });
  const pairs: [number, number][] = [];
  a.forEach((t, i) => {
    if (t && inA.get(t) === 1 && whereInB.has(t)) pairs.push([i, whereInB.get(t)!]);
  });
  // The longest increasing run of b-indices among the pairs (patience sorting).
  const tails: number[] = [];
  const previous: number[] = new Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]][1] < j) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[k] = tails[low - 1];
    tails[low] = k;
  });
  const anchors: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k !== -1; k = previous[k]) anchors.unshift(pairs[k]);
  const result: number[] = new Array(a.length).fill(-1);
  let fromA = 0;
  let fromB = 0;
  for (const [i, j] of [...anchors, [a.length, b.length] as [number, number]]) {
    let next = fromB;
    for (let x = fromA; x < i; x++) {
      if (!a[x]) continue;
      // A bounded look ahead: the report of a huge page stays linear.
      for (let y = next; y < Math.min(j, next + MAX_ALIGN_LOOKAHEAD); y++) {
        if (b[y] === a[x]) {
          result[x] = y;
          next = y + 1;
          break;
        }
      }
    }
    if (i < a.length) result[i] = j;
    fromA = i + 1;
    fromB = j + 1;
  }
  return result;
}
