import fc from 'fast-check';
import { createSegmenter, type Segmenter } from '../../src/segmenter/index.js';
import type { Token } from '../../src/document/types.js';

// Pieces that random texts are made of: Thai letters, vowels of every position, tone marks,
// digits of both scripts, Latin, punctuation of Thai and other scripts, emoji with modifiers,
// joiners and flags, every kind of whitespace, controls, combining marks and lone surrogates.
const PIECES = [
  'ก',
  'ข',
  'ป',
  'ร',
  'ย',
  'อ',
  'ว',
  'น',
  'ส',
  'ห',
  'ฤ',
  'เ',
  'แ',
  'โ',
  'ใ',
  'ไ',
  'ะ',
  'ั',
  'า',
  'ำ',
  'ิ',
  'ี',
  'ึ',
  'ื',
  'ุ',
  'ู',
  'ฺ',
  'ๅ',
  '็',
  '่',
  '้',
  '๊',
  '๋',
  '์',
  'ํ',
  'ๆ',
  'ฯ',
  '฿',
  '๏',
  '๚',
  '๐',
  '๕',
  '0',
  '5',
  '9',
  'a',
  'Z',
  'é',
  '.',
  ',',
  '/',
  ':',
  '-',
  '%',
  '+',
  "'",
  '"',
  '(',
  ')',
  '!',
  '?',
  '…',
  '“',
  '^',
  '#',
  '*',
  '😂',
  '👍',
  '🏽',
  '\u200d',
  '\ufe0f',
  '\u20e3',
  '🇹',
  '🇭',
  '\u{E0067}',
  ' ',
  '\u00a0',
  '\u200b',
  '\t',
  '\n',
  '\r',
  '\u3000',
  '\u0000',
  '\u0007',
  '\u0301',
  '\ud800',
  '\udc00',
  '中',
  'ㅠ',
  'я',
  '𝐀',
  '½',
  'http://a.b/c',
  'U.S.',
  'ประชับ',
  'เกี่ยว',
  'จันทร์',
  'เรือ',
];
const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

const ENGINES = ['default', 'icu', 'wordcut'] as const;
const segmenters: Record<string, Segmenter> = Object.fromEntries(ENGINES.map((e) => [e, createSegmenter({ engine: e })]));

/** Thai letters, vowels and marks that make up words. */
const isThaiRunChar = (c: string) => /[\u0E01-\u0E2E\u0E30-\u0E3A\u0E40-\u0E45\u0E47-\u0E4E]/u.test(c);
/** Vowels and marks written after the consonant they belong to. */
const isDependent = (c: string) => /[\u0E30-\u0E3A\u0E45\u0E47-\u0E4E]/u.test(c);
const isConsonant = (c: string) => /^[\u0E01-\u0E2E]$/u.test(c);
const isSpace = (c: string) => /^[\s\u200b\u2060\u180e]$/u.test(c);
const isLeadingVowel = (c: string) => /[\u0E40-\u0E44]/u.test(c);

/** The first way in which `tokens` fail to tile `text` exactly, or null. */
function tilingError(text: string, tokens: Token[]): string | null {
  const cps = Array.from(text);
  let at = 0;
  for (const t of tokens) {
    if (t.start !== at) return `token ${JSON.stringify(t)} starts at ${t.start}, expected ${at}`;
    if (t.end <= t.start) return `empty token ${JSON.stringify(t)}`;
    if (t.text !== cps.slice(t.start, t.end).join('')) return `token ${JSON.stringify(t)} is not the text at its offsets`;
    at = t.end;
  }
  return at === cps.length ? null : `tokens end at ${at}, the text at ${cps.length}`;
}

/** Every cut between two tokens that falls inside a Thai character cluster, as reference rules see it. */
function clusterViolations(text: string, tokens: Token[]): string[] {
  const cps = Array.from(text);
  const bad: string[] = [];
  for (const t of tokens.slice(1)) {
    const before = cps[t.start - 1];
    const after = cps[t.start];
    const context = `${cps.slice(Math.max(0, t.start - 3), t.start).join('')}|${cps.slice(t.start, t.start + 3).join('')}`;
    if (isDependent(after) && !isSpace(before)) bad.push(`dependent vowel or mark after the cut: ${context}`);
    if (isLeadingVowel(before) && isThaiRunChar(after)) bad.push(`leading vowel before the cut: ${context}`);
    if (before === '\u0E31' && isConsonant(cps[t.start - 2] ?? '') && isThaiRunChar(after)) bad.push(`mai han-akat before the cut: ${context}`);
  }
  return bad;
}

describe.each(ENGINES)('%s engine: properties', (engine) => {
  const seg = segmenters[engine];
  const runs = engine === 'wordcut' ? 150 : 600;

  test('tokens tile the text: no gaps, no overlaps, no empty tokens, text at the offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => expect(tilingError(text, seg.segment(text))).toBeNull()),
      { numRuns: runs },
    );
  });

  test('no cut falls inside a Thai character cluster', () => {
    fc.assert(
      fc.property(mixedText, (text) => expect(clusterViolations(text, seg.segment(text))).toEqual([])),
      { numRuns: runs },
    );
  });

  test('whitespace tokens hold whitespace only, and only whitespace tokens do', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        for (const t of seg.segment(text)) expect(t.kind === 'space').toBe(Array.from(t.text).every(isSpace));
      }),
      { numRuns: runs },
    );
  });
});

describe('user words that mix scripts', () => {
  const words = ['โควิด-19', 'ร.9', 'ก-5', 'COVID-19', 'a.b'];
  const seg = createSegmenter({ words });
  const withWords = fc.array(fc.constantFrom(...PIECES, ...words), { maxLength: 40 }).map((parts) => parts.join(''));

  test('tokens still tile the text, and every listed word standing alone is one token', () => {
    fc.assert(
      fc.property(withWords, fc.constantFrom(...words), (text, word) => {
        expect(tilingError(text, seg.segment(text))).toBeNull();
        expect(seg.segment(`${text} ${word} `).map((t) => t.text)).toContain(word);
      }),
      { numRuns: 400 },
    );
  });
});

describe('default engine: long adversarial input stays linear', () => {
  const seg = segmenters.default;
  test.each([
    ['one repeated consonant', 'ก'.repeat(200_000)],
    ['repeated leading vowels', 'เ'.repeat(200_000)],
    ['repeated dependent vowels', 'กิ' + 'ิ'.repeat(200_000)],
    ['number separators', '1,'.repeat(100_000) + 'x'],
    ['dotted letters', 'a.'.repeat(100_000) + 'b'],
    ['dotted Thai pieces', 'กขค.' + 'ก.'.repeat(100_000) + 'กขคง'],
    ['emoji joiners', '👍\u200d'.repeat(50_000)],
    ['a long Thai run', 'การประชุมคณะรัฐมนตรีเมื่อวันนี้'.repeat(10_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    const tokens = seg.segment(text);
    const ms = performance.now() - t0;
    expect(tilingError(text, tokens)).toBeNull();
    expect(ms).toBeLessThan(3000);
  });
});
