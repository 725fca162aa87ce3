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
import type { Element } from './dom.js';
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
