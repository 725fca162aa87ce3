import { defineStage } from '../core/stage.js';
import type { AnnotatedDocument } from '../core/annotated-document.js';
import { decodeHtmlBytes } from '../html/charset.js';
import { loadArticleExtractor } from '../html/extract-article.js';
import { decodeBytes } from '../text/decode-bytes.js';

export const decodeStage = defineStage({
  name: 'decode',
  version: '9',
  description:
    'Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, TIS-620 / windows-874 detected; invalid bytes become a warning. HTML: the article text (Readability, then the site chrome it keeps taken out), with meta title, published, publishedAt, url, siteName and author.',
  requires: ['input'],
  provides: ['text', 'meta:title', 'meta:published', 'meta:publishedAt', 'meta:url', 'meta:siteName', 'meta:author'],
  changesText: true,
  options: {
    encoding: {
      type: 'string',
      values: ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-874'],
      default: 'auto',
      description: 'the encoding of byte input; auto detects it',
    },
  },
  create(options) {
    const encoding = options.encoding as string;
    return {
      async run(doc) {
        const { bytes, text, html } = doc.input;
        if (bytes instanceof Uint8Array) {
          const isHtml = doc.input.format === 'html';
          // A page's own <meta charset> counts unless a fixed encoding was asked for.
          const decoded = isHtml && encoding === 'auto' ? decodeHtmlBytes(bytes) : decodeBytes(bytes, encoding);
          doc.meta.encoding = decoded.encoding;
          if (decoded.invalidBytes > 0) {
            doc.warn('decode', 'invalid-bytes', `${decoded.invalidBytes} byte(s) are not valid ${decoded.encoding} and became U+FFFD`);
          }
          if (isHtml) await useArticle(doc, decoded.text);
          else doc.text = decoded.text;
        } else if (typeof text === 'string') {
          doc.text = text;
        } else if (typeof html === 'string') {
          await useArticle(doc, html);
        } else {
          throw new Error('the input has no "text", "html" or bytes');
        }
      },
    };
  },
});

/** The article's text becomes the document's; what the page says about it fills what the input did not give. */
async function useArticle(doc: AnnotatedDocument, html: string): Promise<void> {
  const url = typeof doc.input.url === 'string' && doc.input.url ? doc.input.url : undefined;
  const article = (await loadArticleExtractor())(html, { url });
  doc.text = article.text;
  // The record's own date wins, and the page's time goes with the page's date only.
  const ownDate = doc.meta.published !== undefined;
  for (const key of ['title', 'published', 'publishedAt', 'url', 'siteName', 'author'] as const) {
    const value = article[key];
    if (key === 'publishedAt' && ownDate) continue;
    if (value && doc.meta[key] === undefined) doc.meta[key] = value;
  }
}
