import fc from 'fast-check';
import { CodePointIndex } from '../../src/core/code-points.js';
import type { Sentence, Token } from '../../src/document/types.js';
import { segment } from '../../src/segmenter/index.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import { whitespaceTokens } from './whitespace-tokens.js';

const pieces = [
  'ครับ',
  'ค่ะ',
  'นะ',
  'ทั้งนี้',
  'โดย',
  'และ',
  'ซึ่ง',
  'การประชุม',
  'ประเทศไทย',
  'ความร่วมมือ',
  'วันที่',
  'มีนาคม',
  'สหรัฐฯ',
  'ฯลฯ',
  'ๆ',
  'เป็นต้น',
  'พ.ศ.',
  '๒๕๖๗',
  '2562',
  '1,200.50',
  '5555',
  '12.',
  'Hello',
  'World.',
  'U.S.',
  'Mr.',
  'iPhone15',
  '😋',
  '🎉🎉',
  '👍🏽',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\u00a0',
  '\u200b',
  '\u0000',
  '\u0007',
  '\u2028',
  '.',
  '!',
  '?',
  '…',
  '...',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '«',
  '»',
  ':',
  ',',
  '-',
  '–',
];
const textArbitrary = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

/**
 * What is wrong with `sentences` for this text and these tokens (nothing, when the list is
 * empty). Plain checks gathered into one assertion: an expect per token is far too slow on
 * the long inputs.
 */
function problemsOf(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): string[] {
  const problems: string[] = [];
  const index = new CodePointIndex(text);
  let previousEnd = -1;
  for (const sentence of sentences) {
    const where = `sentence ${sentence.start}-${sentence.end}`;
    if (sentence.start <= previousEnd) problems.push(`${where} overlaps or is out of order`);
    if (sentence.end <= sentence.start || sentence.end > index.length) problems.push(`${where} is empty or outside the text`);
    if (index.slice(sentence.start, sentence.end) !== sentence.text) problems.push(`${where} has the wrong text`);
    previousEnd = sentence.end;
  }
  // Every non-space token lies in exactly one sentence; no sentence starts or ends on a space
  // token or runs across a line break.
  let s = 0;
  for (const token of tokens) {
    while (s < sentences.length && sentences[s].end <= token.start) s++;
    const sentence = sentences[s];
    const inside = sentence !== undefined && sentence.start <= token.start && token.end <= sentence.end;
    const where = `token ${token.start}-${token.end}`;
    if (token.kind !== 'space') {
      if (!inside) problems.push(`${where} is in no sentence`);
      else if (s + 1 < sentences.length && sentences[s + 1].start < token.end) problems.push(`${where} is in two sentences`);
    } else if (inside) {
      if (token.start === sentence.start || token.end === sentence.end) problems.push(`${where}: a sentence starts or ends with a space`);
      if (/[\n\r\u2028\u2029]/.test(token.text)) problems.push(`${where}: a sentence runs across a line break`);
    }
  }
  return problems;
}

describe('splitSentences properties', () => {
  it('yields ordered, non-overlapping spans that cover each non-space token once (project segmenter)', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const tokens = segment(text);
        expect(problemsOf(text, tokens, splitSentences(text, tokens))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('holds on any input and does not depend on where words are cut, only on the spaces', () => {
    fc.assert(
      fc.property(textArbitrary, fc.array(fc.nat(300)), (text, cuts) => {
        const whole = whitespaceTokens(text);
        const cut = whitespaceTokens(text, new Set(cuts));
        const sentences = splitSentences(text, whole);
        expect(problemsOf(text, cut, sentences)).toEqual([]);
        expect(splitSentences(text, cut)).toEqual(sentences);
      }),
      { numRuns: 400 },
    );
  });

  it('takes linear time on long adversarial input', () => {
    const n = 20_000;
    const inputs = [
      '('.repeat(n) + ' ' + ')'.repeat(n),
      '" '.repeat(n),
      '( '.repeat(n),
      'ก '.repeat(n),
      'ครับ '.repeat(n / 4),
      '5'.repeat(n) + ' ก',
      '.'.repeat(n) + ' ก',
      'โดย'.repeat(n / 3) + ' ' + 'ทั้งนี้'.repeat(n / 7),
      'a. '.repeat(n / 3),
    ];
    for (const text of inputs) {
      const tokens = whitespaceTokens(text);
      const started = performance.now();
      const sentences = splitSentences(text, tokens);
      // Generous for a loaded machine: a quadratic pass over 20 000 gaps takes far longer.
      expect(performance.now() - started).toBeLessThan(3000);
      expect(problemsOf(text, tokens, sentences)).toEqual([]);
    }
  });
});
