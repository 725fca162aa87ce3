import { defineStage } from '../core/stage.js';
import { findChrome } from '../clean/find-chrome.js';
import { splitLines } from '../clean/lines.js';

export const cleanStage = defineStage({
  name: 'clean',
  version: '8',
  description:
    'Separates a scraped page from its site chrome (navigation, follow/share/advertising/player lines, related-article headings, counters, the repeated title); lifts the headline, byline date and author into meta; keeps what it removed in meta.removed.',
  requires: ['text'],
  // The title the page or the record gave (decode) is the one a repeated title line is compared with.
  uses: ['meta:title'],
  provides: ['text:clean', 'meta:title', 'meta:published', 'meta:publishedAt', 'meta:author'],
  changesText: true,
  options: {
    keepRemoved: { type: 'boolean', default: true, description: 'list the removed lines in meta.removed' },
  },
  create(options) {
    return {
      run(doc) {
        // A page's article (HTML) was cut out of its page by decode: only what cannot be prose goes.
        const extracted = doc.input.format === 'html' || typeof doc.input.html === 'string';
        const analysis = findChrome(splitLines(doc.text), doc.meta.title, { extracted });
        if (!analysis) return;
        // Paragraphs stay paragraphs: kept lines are joined by a blank line where the page had one.
        let text = '';
        let previousEnd = -1;
        for (const line of analysis.body) {
          if (previousEnd !== -1) text += /\n[ \t\u00A0]*\n/.test(doc.text.slice(previousEnd, line.start)) ? '\n\n' : '\n';
          text += line.text.trim();
          previousEnd = line.end;
        }
        doc.text = text;
        if (analysis.title && !doc.meta.title) doc.meta.title = analysis.title;
        if (analysis.published && !doc.meta.published) {
          doc.meta.published = analysis.published;
          if (analysis.publishedAt) doc.meta.publishedAt = analysis.publishedAt;
        }
        if (analysis.author && !doc.meta.author) doc.meta.author = analysis.author;
        if (options.keepRemoved) doc.meta.removed = analysis.removed;
      },
    };
  },
});
