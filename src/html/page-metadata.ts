/** What a page says about itself, from its head and markup (not from the article text). */
export interface PageMetadata {
  title?: string;
  published?: string;
  url?: string;
}

interface Element {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

interface Page {
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
];

/**
 * Title (`og:title`, `twitter:title`, then the document title), canonical URL (`<link
 * rel="canonical">`, `og:url`) and publication date: `article:published_time` and similar meta
 * tags, JSON-LD `datePublished`, then a `<time datetime>` element. (The byline, found by
 * Readability, is the caller's last resort.)
 */
export function pageMetadata(page: Page): PageMetadata {
  const meta: PageMetadata = {};
  const title = content(page, 'meta[property="og:title"]') ?? content(page, 'meta[name="twitter:title"]') ?? documentTitle(page);
  if (title) meta.title = title;
  const url = page.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || content(page, 'meta[property="og:url"]');
  if (url) meta.url = url;
  const published = metaDatePublished(page) ?? jsonLdDatePublished(page) ?? timeElementDate(page);
  if (published) meta.published = published;
  return meta;
}

/**
 * The `<title>`, without the site name when the page's `<h1>` is the rest of it
 * (`ฝนตกหนัก | ข่าวเว็บ` with `<h1>ฝนตกหนัก</h1>`). Readability's own cleaning counts words by
 * spaces, which Thai titles hardly have.
 */
function documentTitle(page: Page): string | undefined {
  const title = text(page.querySelector('title'));
  const heading = text(page.querySelector('h1'));
  return title && heading && heading.length < title.length && title.includes(heading) ? heading : title;
}

function content(page: Page, selector: string): string | undefined {
  return page.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

function text(element: Element | null): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

/** The first of PUBLISHED_META the page has, looking no further. */
function metaDatePublished(page: Page): string | undefined {
  for (const selector of PUBLISHED_META) {
    const found = content(page, selector);
    if (found) return found;
  }
  return undefined;
}

function jsonLdDatePublished(page: Page): string | undefined {
  const scripts = page.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the other sources may still have the date
    }
    const found = findDatePublished(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findDatePublished(data: unknown, depth: number): string | undefined {
  if (depth > 8 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.datePublished === 'string' && record.datePublished.trim()) return record.datePublished.trim();
  return findDatePublished(record['@graph'], depth + 1);
}

function timeElementDate(page: Page): string | undefined {
  const preferred = page.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]');
  const element = preferred ?? page.querySelector('time[datetime]');
  return element?.getAttribute('datetime')?.trim() || undefined;
}
