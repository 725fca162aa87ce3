import fc from 'fast-check';
import { CodePointIndex } from '../../src/core/code-points.js';
import { DOCUMENT_LAYERS, type ThaiDocument } from '../../src/document/types.js';
import { validateDocument } from '../../src/document/validate.js';
import { createPipeline } from '../../src/create-pipeline.js';

// Inputs mixing what scraped Thai text really holds: Thai letters and marks (including stray
// ones), Latin, ASCII and Thai digits, punctuation, emoji (astral, ZWJ, flags), every kind of
// whitespace, zero-width and control characters, parentheses and newlines.
const pieces = fc.constantFrom(
  'ก',
  'ข่าว',
  'ที่',
  'น้ำ',
  'ๆ',
  'ฯ',
  '\u0E48',
  '\u0E4D\u0E32',
  'เ',
  'ั',
  'มีนาคม',
  'พ.ศ.',
  'ปี',
  'วันที่',
  'นาย',
  'บาท',
  'ASEAN',
  'U.S.',
  'e-mail',
  'iPhone15',
  '2562',
  '๒๕๖๒',
  '6,500.50',
  '10%',
  '20/06/2562',
  '10.30 น.',
  ' ',
  '  ',
  '\u00A0',
  '\u200B',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  '\u0000',
  '\u0007',
  '\uFEFF',
  '(',
  ')',
  '((',
  ':',
  '-',
  '–',
  '"',
  '“',
  '.',
  ',',
  '!',
  '?',
  '…',
  '😀',
  '👨\u200D👩\u200D👧',
  '🇹🇭',
  '👍🏽',
  '𠀀',
  '\uD800',
  'home',
  'Share',
  '8',
);
const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));

function nonSpaceCodePoints(doc: ThaiDocument): string {
  return Array.from(doc.text)
    .map((ch) => (/\s/u.test(ch) ? '' : ch))
    .join('');
}

describe('the default pipeline on any input', () => {
  const pipeline = createPipeline('default');

  it('never throws and yields a schema-valid document whose spans hold their text', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const doc = await pipeline.process({ id: 'p', text: input });
        expect(validateDocument(doc)).toEqual([]);
        const index = new CodePointIndex(doc.text);
        for (const layer of DOCUMENT_LAYERS) {
          for (const span of doc[layer]) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(index.length);
            expect(index.slice(span.start, span.end)).toBe(span.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives names that neither open with a mark or a space nor are a list item’s number', async () => {
    const names = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'FACILITY']);
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const doc = await pipeline.process({ id: 'p', text: input });
        for (const e of doc.entities.filter((entity) => names.has(entity.label))) {
          expect([e.text, /^[\s:;,\-–—]/u.test(e.text) || /^\d{1,3}\.$/u.test(e.text)]).toEqual([e.text, false]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('tiles the text with tokens: in order, without gaps or overlaps', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const doc = await pipeline.process({ id: 'p', text: input });
        let at = 0;
        for (const token of doc.tokens) {
          expect(token.start).toBe(at);
          expect(token.end).toBeGreaterThan(token.start);
          at = token.end;
        }
        expect(at).toBe(new CodePointIndex(doc.text).length);
        const covered = doc.tokens
          .filter((t) => t.kind !== 'space')
          .map((t) => t.text)
          .join('')
          .replace(/\s/gu, '');
        expect(covered).toBe(nonSpaceCodePoints(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('never fails on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const doc = await pipeline.process({ id: 'b', bytes });
        expect(validateDocument(doc)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
