import fc from 'fast-check';
import type { Span, ThaiDocument, Token } from '../../src/document/types.js';
import { escapeMisc } from '../../src/formats/conllu.js';
import { packNotes, unpackNotes } from '../../src/formats/format-notes.js';
import { alignSpans, documentTokens, isPythonSpace, spacyTokens, withoutOverlaps } from '../../src/formats/token-spans.js';

const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  let at = 0;
  for (const piece of text.match(/\s+|[^\s]+/gu) ?? []) {
    const n = [...piece].length;
    tokens.push({ start: at, end: at + n, text: piece, kind: /^\s/u.test(piece) ? 'space' : 'thai' });
    at += n;
  }
  return tokens;
};
const doc = (text: string): ThaiDocument => ({
  schema: 'thai-extract/document@1',
  id: 'd',
  text,
  meta: {},
  tokens: tokenize(text),
  warnings: [],
  pipeline: { name: 't', version: '1', stages: [] },
});
const shape = (text: string): [string, boolean][] => spacyTokens(doc(text), tokenize(text)).map((t) => [t.text, t.ws]);

describe('spacyTokens: whitespace as spaCy builds a Doc from words and text', () => {
  test('one space after a word is its whitespace; any other whitespace is a token', () => {
    expect(shape('ข่าว ดี')).toEqual([
      ['ข่าว', true],
      ['ดี', false],
    ]);
    expect(shape('ข่าว  ดี\n\nมาก\u00a0😀 ')).toEqual([
      ['ข่าว', true],
      [' ', false],
      ['ดี', false],
      ['\n\n', false],
      ['มาก', false],
      ['\u00a0', false],
      ['😀', true],
    ]);
    expect(shape(' \nข่าว')).toEqual([
      [' \n', false],
      ['ข่าว', false],
    ]);
  });

  test('Python whitespace, not JavaScript whitespace: U+FEFF and U+200B are words, U+001F and U+0085 are space', () => {
    expect(['\ufeff', '\u200b', '\x1f', '\x85', '\u3000'].map(isPythonSpace)).toEqual([false, false, true, true, true]);
  });

  test('property: the tokens and their whitespace tile the text; a space after a word belongs to the word', () => {
    const piece = fc.constantFrom('ข่าว', 'ดี', '😀', 'U.S.', ' ', '  ', '\n', '\u00a0', '\t', '👨‍👩‍👧');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const tokens = spacyTokens(doc(text), tokenize(text));
        const chars = [...text];
        let at = 0;
        for (const t of tokens) {
          expect([t.start, chars.slice(t.start, t.end).join('')]).toEqual([at, t.text]);
          at = t.end + (t.ws ? 1 : 0);
          if (t.ws) expect(chars[t.end]).toBe(' ');
        }
        expect(at).toBe(chars.length);
        // A space right after a word is that word's whitespace, never the start of a whitespace token.
        const misplaced = tokens.filter(
          (t, i) => i > 0 && isPythonSpace(t.text) && !isPythonSpace(tokens[i - 1].text) && !tokens[i - 1].ws && t.text.startsWith(' '),
        );
        expect(misplaced).toEqual([]);
      }),
    );
  });
});

describe('alignSpans and withoutOverlaps: spans on tokens, as spaCy expand and filter_spans', () => {
  const words: Span[] = [
    { start: 0, end: 8, text: 'ASEAN-US' },
    { start: 9, end: 13, text: 'Plan' },
    { start: 14, end: 16, text: 'of' },
  ];
  test('an edge inside a token is widened to the token, and said', () => {
    const aligned = alignSpans(
      [
        { start: 0, end: 5, text: 'ASEAN' },
        { start: 6, end: 8, text: 'US' },
        { start: 9, end: 16, text: 'Plan of' },
      ],
      words,
    );
    expect(aligned.map(({ first, last, start, end, snapped }) => [first, last, start, end, snapped])).toEqual([
      [0, 0, 0, 8, true],
      [0, 0, 0, 8, true],
      [1, 2, 9, 16, false],
    ]);
    const { kept, dropped } = withoutOverlaps(aligned);
    expect([kept.map((s) => s.item.text), dropped]).toEqual([['ASEAN', 'Plan of'], 1]);
  });

  test('the longest of overlapping spans is kept, then the earliest; a span on whitespace only is left out', () => {
    const spans = alignSpans(
      [
        { start: 0, end: 8, text: 'a' },
        { start: 0, end: 13, text: 'b' },
        { start: 9, end: 16, text: 'c' },
        { start: 8, end: 9, text: ' ' },
      ],
      words,
    );
    expect(spans).toHaveLength(3);
    expect(withoutOverlaps(spans).kept.map((s) => s.item.text)).toEqual(['b']);
  });
});

test('documentTokens cuts a document without a tokens layer at whitespace, in code points', () => {
  const { tokens, untokenized } = documentTokens({ ...doc('😀 ข่าว'), tokens: undefined });
  expect([untokenized, tokens.map((t) => [t.start, t.end, t.text])]).toEqual([
    true,
    [
      [0, 1, '😀'],
      [1, 2, ' '],
      [2, 6, 'ข่าว'],
    ],
  ]);
});

test('CoNLL-U MISC escapes', () => {
  expect(escapeMisc(' \n\t|\\\u00a0x')).toBe('\\s\\n\\t\\p\\\\\\u00A0x');
});

test('notes travel with the encoded bytes and leave the payload as it was', () => {
  const payload = new TextEncoder().encode('ข่าว\n');
  expect(unpackNotes(packNotes(payload, { snapped: 2, overlapping: 0 }))).toEqual({ payload, notes: { snapped: 2 } });
  expect(unpackNotes(packNotes(payload))).toEqual({ payload, notes: {} });
});
