import { defineStage } from '../core/stage.js';
import type { AnnotatedDocument } from '../core/annotated-document.js';
import { decodeHtmlBytes } from '../html/charset.js';
import { loadArticleExtractor } from '../html/extract-article.js';
import { decodeBytes } from '../text/decode-bytes.js';

export const decodeStage = defineStage({
  name: 'decode',
  version: '2',
  description:
    'Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, TIS-620 / windows-874 detected; invalid bytes become a warning. HTML: the article text (Readability), with meta title, published and url.',
  requires: ['input'],
  provides: ['text', 'meta:title', 'meta:published', 'meta:url'],
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

/** The article's text becomes the document's; its title, date and URL fill what the input did not give. */
async function useArticle(doc: AnnotatedDocument, html: string): Promise<void> {
  const article = (await loadArticleExtractor())(html);
  doc.text = article.text;
  for (const key of ['title', 'published', 'url'] as const) {
    const value = article[key];
    if (value && doc.meta[key] === undefined) doc.meta[key] = value;
  }
}
