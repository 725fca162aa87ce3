/**
 * Everything a page says about itself, collected in one walk over the parsed page before anything
 * is removed: meta tags, the canonical address, JSON-LD, the `<title>`, headings, machine dates
 * (`<time datetime>`, `itemprop="datePublished"`), visible date and author lines (elements whose
 * class names say so), and evidence of the site's name (logos). Nothing here is about one site.
 */
import { readBylineDate } from '../clean/byline-date.js';
import { descendants, type Document, Element, Text } from './dom.js';
import { readJsonLd, type JsonLdFacts } from './json-ld.js';

/** A candidate found in the page, with its place in document order. */
export interface Located {
  text: string;
  element: Element;
  /** Index of the element in document order. */
  order: number;
}

export interface PageFacts {
  /** Meta tags by lower-case `name`, `property` or `itemprop`: the first value of each. */
  meta: Map<string, string>;
  canonical?: string;
  documentTitle?: string;
  jsonLd: JsonLdFacts;
  /** `<h1>` elements and elements marked `itemprop="headline"`. */
  headings: Located[];
  /** Machine-readable dates: `<time datetime>`, `itemprop="datePublished"` (the value in `text`). */
  machineDates: (Located & { source: string; preferred: boolean })[];
  /** Short visible lines in elements whose class or id names a date, that read as a date. */
  dateLines: Located[];
  /** Short visible lines in elements marked as the author. */
  authorLines: Located[];
  /** Texts that name the site: logo text and alt text. */
  logos: string[];
  /** Data scripts (`<script type="application/json">`, as Next.js pages carry their content): their text. */
  dataScripts: string[];
}

const DATE_CLASS =
  /(?:^|[\s_-])(?:date|time|datetime|publish(?:ed)?|pubdate|posted|submitted|timestamp|dateline|byline|meta-?date|post-?date|entry-?date)(?:$|[\s_-])/i;
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|byline|writer|reporter|journalist|columnist)(?:$|[\s_-])/i;
const LOGO_CLASS = /(?:^|[\s_-])(?:logo|brand|site-?name|site-?title|sitename|sitetitle)(?:$|[\s_-])/i;
/** Bounds that keep the walk linear: candidates are few and short. */
const MAX_LINE = 120;
const MAX_HEADING = 400;
const MAX_CANDIDATES = 300;
const MAX_NODES_READ = 400;

/**
 * The element's text with white space collapsed, or null when it is longer than `max` (read no
 * further than needed to know).
 */
export function shortText(element: Element, max: number): string | null {
  let text = '';
  let nodes = 0;
  for (const node of descendants(element)) {
    if (++nodes > MAX_NODES_READ) return null;
    if (node instanceof Text) {
      text += node.data;
      if (text.length > max * 2 + 200) return null;
    }
  }
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length <= max ? collapsed : null;
}

/** The alt text of the first image in the element, looking at a bounded number of nodes. */
function firstImageAlt(element: Element): string | undefined {
  let nodes = 0;
  for (const node of descendants(element)) {
    if (++nodes > MAX_NODES_READ) return undefined;
    if (node instanceof Element && node.localName === 'img') return node.getAttribute('alt')?.trim() || undefined;
  }
  return undefined;
}

function label(element: Element): string {
  return `${element.className} ${element.id}`;
}

export function readPageFacts(document: Document): PageFacts {
  const facts: PageFacts = {
    meta: new Map(),
    jsonLd: { authors: [] },
    headings: [],
    machineDates: [],
    dateLines: [],
    authorLines: [],
    logos: [],
    dataScripts: [],
  };
  const scripts: string[] = [];
  let order = 0;
  for (const node of descendants(document)) {
    if (!(node instanceof Element)) continue;
    order++;
    const name = node.localName;
    if (name === 'meta') {
      const key = (node.getAttribute('property') ?? node.getAttribute('name') ?? node.getAttribute('itemprop'))?.trim().toLowerCase();
      const content = node.getAttribute('content')?.trim();
      if (key && content && !facts.meta.has(key)) facts.meta.set(key, content);
      continue;
    }
    if (name === 'link') {
      if (!facts.canonical && node.getAttribute('rel')?.toLowerCase().split(/\s+/).includes('canonical'))
        facts.canonical = node.getAttribute('href')?.trim() || undefined;
      continue;
    }
    if (name === 'script') {
      const type = node.getAttribute('type')?.trim().toLowerCase();
      if (type === 'application/ld+json') scripts.push(node.textContent);
      else if (type === 'application/json') facts.dataScripts.push(node.textContent);
      continue;
    }
    if (name === 'title' && facts.documentTitle === undefined) {
      facts.documentTitle = node.textContent.replace(/\s+/g, ' ').trim() || undefined;
      continue;
    }
    const itemprop = node.getAttribute('itemprop')?.toLowerCase();
    if (name === 'h1' || itemprop === 'headline') {
      const text = shortText(node, MAX_HEADING);
      if (text && facts.headings.length < MAX_CANDIDATES) facts.headings.push({ text, element: node, order });
    }
    if (facts.machineDates.length < MAX_CANDIDATES) {
      const machine =
        (name === 'time' ? node.getAttribute('datetime') : null) ??
        (itemprop === 'datepublished' ? (node.getAttribute('content') ?? node.getAttribute('datetime') ?? shortText(node, MAX_LINE)) : null);
      if (machine?.trim()) {
        const preferred = itemprop === 'datepublished' || node.hasAttribute('pubdate') || /publish/i.test(label(node));
        facts.machineDates.push({
          text: machine.trim(),
          element: node,
          order,
          source: itemprop === 'datepublished' ? 'itemprop datePublished' : 'time datetime',
          preferred,
        });
      }
    }
    const classes = label(node);
    if (facts.dateLines.length < MAX_CANDIDATES && DATE_CLASS.test(classes)) {
      const text = shortText(node, MAX_LINE);
      if (text && readBylineDate(text)) facts.dateLines.push({ text, element: node, order });
    }
    if (facts.authorLines.length < MAX_CANDIDATES && (AUTHOR_CLASS.test(classes) || itemprop === 'author' || node.getAttribute('rel') === 'author')) {
      const text = shortText(node, MAX_LINE);
      if (text) facts.authorLines.push({ text, element: node, order });
    }
    if (facts.logos.length < MAX_CANDIDATES && LOGO_CLASS.test(classes)) {
      const text = shortText(node, MAX_LINE) || firstImageAlt(node);
      if (text) facts.logos.push(text);
    }
  }
  facts.jsonLd = readJsonLd(scripts);
  return facts;
}
