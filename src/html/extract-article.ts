import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHTML } from 'linkedom';
import { blockText } from './block-text.js';
import { parseBylineDate } from '../clean/byline-date.js';
import { pageMetadata, type PageMetadata } from './page-metadata.js';

/** The main text of a page and what the page says about itself. */
export interface ExtractedArticle extends PageMetadata {
  /** One line per paragraph, heading or list item; empty when the page has no text. */
  text: string;
}

type DomNode = Parameters<typeof blockText>[0];

/** Real news pages nest 20 to 40 levels deep and hold a few thousand elements. */
const MAX_READABILITY_DEPTH = 80;
const MAX_READABILITY_ELEMENTS = 30_000;

interface TreeNode {
  children: ArrayLike<TreeNode>;
}

export type ArticleExtractor = (html: string) => ExtractedArticle;

let loading: Promise<ArticleExtractor> | null = null;

/**
 * The article extractor, its libraries loaded on first use: a run without HTML never pays
 * for loading a DOM (a quarter of a second per process and per worker thread).
 */
export function loadArticleExtractor(): Promise<ArticleExtractor> {
  loading ??= Promise.all([import('linkedom'), import('@mozilla/readability')]).then(
    ([linkedom, readability]) =>
      (html: string) =>
        extractArticle(html, linkedom.parseHTML, readability.Readability),
  );
  return loading;
}

/**
 * Extracts an article from HTML: Mozilla Readability finds the main content (dropping menus,
 * sidebars, footers), on a linkedom DOM, which never runs scripts or loads anything. A page in
 * which Readability finds no article falls back to the text of its body.
 */
function extractArticle(html: string, parseHTML: typeof ParseHTML, Readability: typeof ReadabilityClass): ExtractedArticle {
  const { document } = parseHTML(asWholePage(html));
  // Read the metadata first: Readability rearranges the document it parses.
  const extracted: ExtractedArticle = { text: '', ...pageMetadata(document as never) };
  let article: { content: unknown; byline?: string | null; title?: string | null } | null = null;
  // Readability's time grows with the square of the nesting depth (seconds at a few hundred
  // levels): pathological pages skip it and keep their body text.
  if (nestingDepth(document as unknown as TreeNode, MAX_READABILITY_DEPTH) <= MAX_READABILITY_DEPTH) {
    try {
      article = new Readability(document as never, { serializer: (node) => node, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
    } catch {
      article = null; // Readability gives up on some malformed or huge pages; the body text is still there
    }
  }
  if (!extracted.title && article?.title) extracted.title = article.title;
  const bylineDate = article?.byline ? parseBylineDate(article.byline) : null;
  if (!extracted.published && bylineDate) extracted.published = bylineDate;
  const root = article?.content ?? parseHTML(asWholePage(html)).document.body;
  extracted.text = blockText(root as DomNode);
  return extracted;
}

/** linkedom makes a fragment's first element the document root, with no body: give it a page. */
function asWholePage(html: string): string {
  return /<(html|body)[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
}

/** The element nesting depth of a tree, counting no further than `limit` + 1. */
function nestingDepth(root: TreeNode, limit: number): number {
  let deepest = 0;
  const stack: [TreeNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > limit) return deepest;
    for (let i = 0; i < node.children.length; i++) stack.push([node.children[i], depth + 1]);
  }
  return deepest;
}
