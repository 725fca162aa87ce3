/**
 * What a page's JSON-LD (schema.org) says about its article: headline, dates, authors, publisher
 * and site name. Pages nest it in every way schema.org allows (arrays, `@graph`, `mainEntity`,
 * authors given by `@id` elsewhere in the graph, as Yoast writes them); broken JSON is common and
 * skipped.
 */
import { decodeCharacterReferences } from './character-references.js';

export interface JsonLdFacts {
  headline?: string;
  /** The article's whole text, as some sites give it (often one string without paragraph breaks). */
  articleBody?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
  siteName?: string;
  url?: string;
}

type JsonObject = Record<string, unknown>;

/** Article types: NewsArticle, ReportageNewsArticle, BlogPosting, OpinionNewsArticle, ... */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;
const MAX_DEPTH = 10;
const MAX_NODES = 2000;

function types(node: JsonObject): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** A string value, white space collapsed; pages often write it with HTML's character references (`&#8211;`). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeCharacterReferences(value).replace(/\s+/g, ' ').trim() || undefined;
  return undefined;
}

/** Every object in the data, breadth first, with a bound on how many and how deep. */
function objects(roots: unknown[]): JsonObject[] {
  const found: JsonObject[] = [];
  let level: unknown[] = roots;
  for (let depth = 0; depth < MAX_DEPTH && level.length && found.length < MAX_NODES; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (Array.isArray(value)) next.push(...value);
      else if (value && typeof value === 'object') {
        found.push(value as JsonObject);
        for (const child of Object.values(value)) if (child && typeof child === 'object') next.push(child);
      }
    }
    level = next;
  }
  return found;
}

function names(value: unknown, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      const name = text(item);
      if (name) found.push(name);
    } else if (item && typeof item === 'object') {
      const object = item as JsonObject;
      const reference = typeof object['@id'] === 'string' ? byId.get(object['@id']) : undefined;
      const name = text(object.name) ?? text(reference?.name);
      if (name) found.push(name);
    }
  }
  return found;
}

/** The facts of the scripts' JSON texts; the first article node found is the page's article. */
export function readJsonLd(scripts: string[]): JsonLdFacts {
  const roots: unknown[] = [];
  for (const script of scripts) {
    try {
      roots.push(JSON.parse(script.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')));
    } catch {
      // broken JSON-LD is common; the page's other metadata may still say what it holds
    }
  }
  const all = objects(roots);
  const byId = new Map<string, JsonObject>();
  for (const node of all) if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  const facts: JsonLdFacts = { authors: [] };
  const article = all.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t)));
  if (article) {
    facts.headline = text(article.headline) ?? text(article.name);
    facts.datePublished = text(article.datePublished) ?? text(article.dateCreated);
    if (typeof article.articleBody === 'string' && article.articleBody.trim()) facts.articleBody = decodeCharacterReferences(article.articleBody);
    facts.authors = names(article.author, byId);
    facts.publisher = names(article.publisher, byId)[0];
    const page = article.mainEntityOfPage;
    facts.url = text(article.url) ?? text(page) ?? (page && typeof page === 'object' ? text((page as JsonObject)['@id']) : undefined);
  }
  const site = all.find((node) => types(node).includes('WebSite'));
  facts.siteName = text(site?.name);
  if (!facts.publisher) facts.publisher = text(all.find((node) => types(node).some((t) => t === 'Organization' || t === 'NewsMediaOrganization'))?.name);
  return facts;
}
