/**
 * When a page's article was published. The machine-readable sources come first (JSON-LD
 * `datePublished`, `article:published_time` and the other meta tags sites use, `<time datetime>`,
 * `itemprop="datePublished"`), then a date line a reader sees (`Submitted on Mon, 2019-01-21
 * 13:49`, `21 ก.พ. 2568 13:13 น.`). Pages show other dates too: today's date in the masthead,
 * the dates of other articles in the sidebar. Of the candidates in the page, the one placed with
 * the headline wins: in the same part of the page, and after it rather than before.
 */
import { Element, type Node, Text, nextInOrder, nextSkippingChildren } from './dom.js';
import { type Located, type PageFacts, shortText } from './page-facts.js';
import { readTimestamp, type Timestamp } from './timestamp.js';

export interface PublishedDate extends Timestamp {
  /** Where it came from: `json-ld datePublished`, `meta article:published_time`, `time datetime`, `date line`. */
  source: string;
}

/** Meta tags that hold the publication date, by name or property, best first. */
const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'article.published',
  'published_time',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dc.date.created',
  'date',
  'cxenseparse:recs:publishtime',
];

/** How far up from the headline two elements may meet and still be in the same part of the page. */
const SAME_PART_LEVELS = 6;
const MAX_LEVELS = 60;

function ancestorLevels(element: Element): Map<Element, number> {
  const levels = new Map<Element, number>();
  let node: Element | null = element;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) levels.set(node, level);
  return levels;
}

/** Levels up from the headline to where `element`'s ancestors meet it, or Infinity. */
function meetingLevel(element: Element, headlineLevels: Map<Element, number>): number {
  let node: Element | null = element;
  for (let level = 0; node && level < MAX_LEVELS; level++, node = node.parentElement) {
    const found = headlineLevels.get(node);
    if (found !== undefined) return found;
  }
  return Number.POSITIVE_INFINITY;
}

function insideLinkList(element: Element): boolean {
  let node: Element | null = element;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) if (node.localName === 'li' || node.localName === 'a') return true;
  return false;
}

/**
 * The candidate placed with the headline: in its part of the page, after it before before it,
 * nearest first. Without a headline, the first one outside link lists.
 */
export function nearestToHeadline<T extends Located>(candidates: readonly T[], headline: Located | undefined): T | undefined {
  if (candidates.length === 0) return undefined;
  if (!headline) return candidates.find((c) => !insideLinkList(c.element)) ?? candidates[0];
  const levels = ancestorLevels(headline.element);
  const rank = (c: T): number[] => {
    const samePart = meetingLevel(c.element, levels) <= SAME_PART_LEVELS;
    const after = c.order > headline.order;
    return [samePart ? 0 : 1, samePart ? (after ? 0 : 1) : insideLinkList(c.element) ? 1 : 0, Math.abs(c.order - headline.order)];
  };
  let best = candidates[0];
  let bestRank = rank(best);
  for (const candidate of candidates.slice(1)) {
    const r = rank(candidate);
    const better = r[0] - bestRank[0] || r[1] - bestRank[1] || r[2] - bestRank[2];
    if (better < 0) {
      best = candidate;
      bestRank = r;
    }
  }
  return best;
}

/** The date from the page's metadata, most trusted source first, or undefined. */
export function metadataDate(facts: PageFacts, headline: Located | undefined): PublishedDate | undefined {
  const fromJsonLd = facts.jsonLd.datePublished && readTimestamp(facts.jsonLd.datePublished);
  if (fromJsonLd) return { ...fromJsonLd, source: 'json-ld datePublished' };
  for (const key of PUBLISHED_META) {
    const value = facts.meta.get(key);
    const found = value && readTimestamp(value);
    if (found) return { ...found, source: `meta ${key}` };
  }
  const readable = facts.machineDates.filter((d) => readTimestamp(d.text));
  const preferred = readable.filter((d) => d.preferred);
  const machine = nearestToHeadline(preferred.length ? preferred : readable, headline);
  if (machine) return { ...readTimestamp(machine.text)!, source: machine.source };
  return undefined;
}

/** The date of the visible date line placed with the headline, or undefined. */
export function dateLineDate(facts: PageFacts, headline: Located | undefined): PublishedDate | undefined {
  const beside = headline ? dateBesideHeadline(headline.element) : undefined;
  if (beside) return beside;
  const line = nearestToHeadline(facts.dateLines, headline);
  const found = line && readTimestamp(line.text);
  return found ? { ...found, source: 'date line' } : undefined;
}

/** How far from the headline a date line is looked for: text blocks after it, and before it. */
const BLOCKS_AFTER_HEADLINE = 12;
const BLOCKS_BEFORE_HEADLINE = 4;
const MAX_DATE_LINE = 80;

/**
 * A short line that reads as a date just below the headline (`10 พ.ย. 2561 - 15:40 น.`), or just
 * above it (`การเมือง | 10 พ.ย. 2561`), whatever the markup around it: the byline of most pages.
 */
function dateBesideHeadline(heading: Element): PublishedDate | undefined {
  const after = textBlocks(heading, 'after', BLOCKS_AFTER_HEADLINE);
  const before = textBlocks(heading, 'before', BLOCKS_BEFORE_HEADLINE);
  for (const text of [...after, ...before]) {
    const found = text.length <= MAX_DATE_LINE ? readTimestamp(text) : null;
    if (found) return { ...found, source: 'date line beside the headline' };
  }
  return undefined;
}

/** The texts of the nearest elements holding text, after (or before) `from` in document order, nearest first. */
function textBlocks(from: Element, direction: 'after' | 'before', limit: number): string[] {
  const texts: string[] = [];
  const root = from.ownerDocument;
  let node: Node | null = direction === 'after' ? nextSkippingChildren(from, root) : previousInOrder(from);
  let steps = 0;
  while (node && texts.length < limit && steps++ < limit * 20) {
    if (node instanceof Text && node.data.trim() && node.parentElement) {
      const text = shortText(node.parentElement, MAX_DATE_LINE);
      if (text && texts[texts.length - 1] !== text) texts.push(text);
    }
    node = direction === 'after' ? nextInOrder(node, root) : previousInOrder(node);
  }
  return texts;
}

/** The node before `node` in document order (its previous sibling's last descendant, or its parent). */
function previousInOrder(node: Node): Node | null {
  let previous = node.previousSibling;
  if (!previous) return node.parentNode instanceof Element ? node.parentNode : null;
  while (previous instanceof Element && previous.lastChild) previous = previous.lastChild;
  return previous;
}
