/**
 * The headline of a page and the name of its site. Pages give the headline several times: the
 * `<h1>` readers see, JSON-LD `headline`, `og:title`, `twitter:title` and `<title>`, the last ones
 * often with the site's name (`ลูกสาว ช็อก ... ดับสลด - ข่าวสด`, `... | ประชาไท Prachatai.com`)
 * or a breadcrumb (`หน้าแรกข่าว> การเมือง> ...`) around it, and the first `<h1>` is sometimes the
 * logo. The site's name is learnt from the page itself (`og:site_name`, JSON-LD publisher,
 * application name, logos, the host name), never from a list of sites; the headline is the `<h1>`
 * that the metadata agrees with, else the best-placed metadata title, cleaned.
 */
import { MAX_SITE_SEGMENT, SEGMENT_SEPARATOR, agree, comparable, isSiteName, withoutBreadcrumb, withoutSiteName } from '../clean/titles.js';
import { type Element, type Node, type ParentNode, Text, nextInOrder } from './dom.js';
import type { Located, PageFacts } from './page-facts.js';

export interface Headline {
  title: string;
  /** Where it came from: `h1`, `json-ld headline`, `og:title`, `twitter:title`, `title`. */
  source: string;
  /** The heading element when the page prints the headline as one. */
  heading?: Located;
}

const MAX_HEADINGS_COMPARED = 10;
const LOGO_LABEL = /(?:^|[\s_-])(?:logo|brand|site-?name|site-?title|sitename)(?:$|[\s_-])/i;

function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    // `khaosod.co.th` → `khaosod`, `thestandard.co` → `thestandard`
    return host.split('.')[0] || undefined;
  } catch {
    return undefined;
  }
}

/** The page's titles as written, white space collapsed: metadata first, then the first headings. */
function titlesOf(facts: PageFacts): string[] {
  return [
    facts.jsonLd.headline,
    facts.meta.get('og:title'),
    facts.meta.get('twitter:title'),
    facts.documentTitle,
    ...facts.headings.slice(0, MAX_HEADINGS_COMPARED).map((h) => h.text),
  ]
    .filter((t): t is string => Boolean(t))
    .map((t) => withoutBreadcrumb(t.replace(/[\s\u00A0\u200B]+/g, ' ').trim()));
}

/** Every name the page gives itself, best first. */
export function siteNames(facts: PageFacts, url?: string): string[] {
  const names = [
    facts.meta.get('og:site_name'),
    facts.jsonLd.siteName,
    facts.jsonLd.publisher,
    facts.meta.get('application-name'),
    facts.meta.get('apple-mobile-web-app-title'),
    facts.meta.get('twitter:site')?.replace(/^@/, ''),
    ...learnSiteNames(titlesOf(facts)),
    ...facts.logos,
    hostName(url),
  ];
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const name of names) {
    const key = name && comparable(name);
    if (name && key && key.length >= 3 && !seen.has(key)) {
      seen.add(key);
      unique.push(name.trim());
    }
  }
  return unique;
}

function clean(title: string | undefined, names: readonly string[], looseBar: boolean): string | undefined {
  if (!title) return undefined;
  const collapsed = title.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  const cleaned = withoutSiteName(withoutBreadcrumb(withoutSiteName(collapsed, names, looseBar)), names, looseBar);
  return cleaned && !isSiteName(cleaned, names) ? cleaned : undefined;
}

/**
 * Names learnt from two titles of the page: where one is the other plus a short segment
 * (`ลูกสาว ช็อก ... ดับสลด - ข่าวสด` and `ลูกสาว ช็อก ... ดับสลด`), that segment is the site.
 */
function learnSiteNames(titles: readonly string[]): string[] {
  const learnt: string[] = [];
  for (const full of titles) {
    const pieces = full.split(SEGMENT_SEPARATOR);
    if (pieces.length < 3) continue;
    for (const short of titles) {
      if (short === full) continue;
      const key = comparable(short);
      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      if (comparable(pieces.slice(0, -2).join('')) === key && last.trim().length <= MAX_SITE_SEGMENT) learnt.push(last.trim());
      if (comparable(pieces.slice(2).join('')) === key && first.trim().length <= MAX_SITE_SEGMENT) learnt.push(first.trim());
    }
  }
  return learnt;
}

function isLogo(heading: Located, names: readonly string[]): boolean {
  if (isSiteName(heading.text, names)) return true;
  let element: Element | null = heading.element;
  for (let level = 0; element && level < 3; level++, element = element.parentElement) {
    if (LOGO_LABEL.test(`${element.className} ${element.id}`)) return true;
  }
  return false;
}

/** The page's headline, or undefined when it gives none. */
export function chooseHeadline(facts: PageFacts, names: readonly string[]): Headline | undefined {
  const meta: Headline[] = [];
  const add = (source: string, value: string | undefined, looseBar: boolean): void => {
    const title = clean(value, names, looseBar);
    if (title) meta.push({ title, source });
  };
  add('json-ld headline', facts.jsonLd.headline, false);
  add('og:title', facts.meta.get('og:title'), true);
  add('twitter:title', facts.meta.get('twitter:title'), true);
  add('title', facts.documentTitle, true);

  const headings = facts.headings
    .filter((h) => !isLogo(h, names))
    .map((h) => ({ ...h, text: clean(h.text, names, false) }))
    .filter((h): h is Located & { text: string } => Boolean(h.text));
  // The heading the metadata agrees with is the one readers see above the article.
  let best: { heading: Located; support: number } | undefined;
  for (const heading of headings) {
    const support = meta.filter((m) => agree(m.title, heading.text)).length;
    if (support > 0 && (!best || support > best.support)) best = { heading, support };
  }
  if (best) return fromHeading(best.heading);
  if (meta.length === 0) {
    const heading = headings.find((h) => h.element.localName === 'h1') ?? headings[0];
    return heading ? fromHeading(heading) : undefined;
  }
  // No heading agrees: the metadata title that the most others agree with, in the order above.
  let chosen = meta[0];
  let chosenSupport = -1;
  for (const candidate of meta) {
    const support = meta.filter((m) => m !== candidate && agree(m.title, candidate.title)).length;
    if (support > chosenSupport) {
      chosen = candidate;
      chosenSupport = support;
    }
  }
  return chosen;
}

function fromHeading(heading: Located): Headline {
  return { title: heading.text, source: heading.element.localName === 'h1' ? 'h1' : 'itemprop headline', heading };
}

/** Shorter runs of text are no printed headline (a section's name, a date). */
const MIN_PRINTED_HEADLINE = 10;
/** Separators that part a headline from a site's name, not the headline's own clauses (` - `). */
const SITE_SEPARATOR = /^\s*(?:\|\|?|::|·|•)\s*$/;

/**
 * The headline as the page prints it above the article, when a title from the page's metadata
 * holds it and a site's name before or after it (`โลกวันนี้ :: <headline>` in `<title>`, the headline
 * alone in a large bold line of the page, no `<h1>`): the rest is short, as a site's name is, and
 * parted from it by a bar or `::`, not by a dash, which also parts a headline's clauses. Else undefined.
 */
export function printedHeadline(title: string, printed: string): string | undefined {
  const line = printed.replace(/[\s\u00A0\u200B]+/g, ' ').trim();
  const key = comparable(line);
  // pieces alternate text, separator, text ...
  const pieces = title.replace(/\s+/g, ' ').split(SEGMENT_SEPARATOR);
  if (!key || pieces.length < 3) return undefined;
  // the rest is shorter than the headline, each of its segments as short as a site's name
  const shortAndParted = (rest: string[], separator: string): boolean =>
    SITE_SEPARATOR.test(separator) &&
    comparable(rest.join('')).length < key.length &&
    rest.every((piece, i) => i % 2 === 1 || piece.trim().length <= MAX_SITE_SEGMENT);
  for (let cut = 2; cut < pieces.length; cut += 2) {
    // the site's name before the headline, or after it
    if (comparable(pieces.slice(cut).join('')) === key && shortAndParted(pieces.slice(0, cut - 1), pieces[cut - 1])) return line;
    if (comparable(pieces.slice(0, cut - 1).join('')) === key && shortAndParted(pieces.slice(cut), pieces[cut - 1])) return line;
  }
  return undefined;
}

/** The page's text is searched for the printed headline no further than this many runs of text. */
const MAX_TEXTS_SEARCHED = 5000;

/**
 * The headline as the page prints it (`printedHeadline`), searched for in the page's runs of text
 * (a bold line in a table cell, which a reader may leave out of the article), or undefined.
 */
export function printedHeadlineIn(root: ParentNode, title: string): string | undefined {
  const pieces = title.split(SEGMENT_SEPARATOR);
  if (!pieces.some((piece, i) => i % 2 === 1 && SITE_SEPARATOR.test(piece))) return undefined;
  const key = comparable(title);
  let searched = 0;
  for (let node: Node | null = root.firstChild; node && searched < MAX_TEXTS_SEARCHED; node = nextInOrder(node, root)) {
    if (!(node instanceof Text)) continue;
    searched++;
    const text = node.data.trim();
    if (text.length < MIN_PRINTED_HEADLINE || text.length >= title.length) continue;
    const part = comparable(text);
    if (!part || !key.includes(part)) continue;
    const shown = printedHeadline(title, text);
    if (shown) return shown;
  }
  return undefined;
}
