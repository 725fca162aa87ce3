import fc from 'fast-check';
import { encodeJsonLine } from '../../src/io/json-line.js';

const encoder = new TextEncoder();
const expected = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value) + '\n');

describe('encodeJsonLine', () => {
  test('a document with a long token list: the same bytes as JSON.stringify and a newline', () => {
    const text = 'ข่าวเศรษฐกิจ 😀 '.repeat(3000);
    const tokens = Array.from({ length: 10_000 }, (_, i) => ({ start: i, end: i + 1, text: text[i], kind: i % 2 ? 'thai' : 'space' }));
    const doc = { id: 'a"b', text, tokens, dates: [], meta: { title: 'หัวข่าว', missing: undefined }, gone: undefined, pipeline: { name: 'default' } };
    expect(Buffer.from(encodeJsonLine(doc)).equals(Buffer.from(expected(doc)))).toBe(true);
  });

  test('arrays of exactly one piece and one item more', () => {
    for (const length of [4096, 4097, 8192, 8193]) {
      const value = { items: Array.from({ length }, (_, i) => (i % 3 === 0 ? null : i)) };
      expect(Buffer.from(encodeJsonLine(value)).toString()).toBe(JSON.stringify(value) + '\n');
    }
  });

  test('property: the same bytes as JSON.stringify for any JSON object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.jsonValue(), { minLength: 4090, maxLength: 4200 }))),
        (value) => {
          expect(Buffer.from(encodeJsonLine(value)).toString()).toBe(JSON.stringify(value) + '\n');
        },
      ),
      { numRuns: 30 },
    );
  });
});
