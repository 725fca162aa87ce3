import { CodePointIndex } from '../../src/core/code-points.js';
import { findParagraphs } from '../../src/sentences/paragraphs.js';
import { whitespaceTokens } from './whitespace-tokens.js';

function paragraphsOf(text: string) {
  return findParagraphs(whitespaceTokens(text), new CodePointIndex(text));
}

describe('findParagraphs', () => {
  it('groups chunks between line breaks, with the gaps between them', () => {
    const [first, second] = paragraphsOf('ข่าว เช้านี้\n\n  ฝนตก หนัก ');
    expect(first.chunks).toEqual([
      { start: 0, end: 4, text: 'ข่าว' },
      { start: 5, end: 12, text: 'เช้านี้' },
    ]);
    expect(first.gaps).toEqual([{ whitespace: ' ', insideBrackets: false, insideQuotes: false }]);
    expect(second.chunks.map((c) => c.text)).toEqual(['ฝนตก', 'หนัก']);
    expect(second.gaps).toEqual([{ whitespace: ' ', insideBrackets: false, insideQuotes: false }]);
  });

  it('marks gaps inside matched brackets and quotes only', () => {
    const [p] = paragraphsOf('ก (ข ค) ง "จ ฉ" ช (ซ ฌ');
    expect(p.gaps.map((g) => g.insideBrackets)).toEqual([false, true, false, false, false, false, false, false]);
    expect(p.gaps.map((g) => g.insideQuotes)).toEqual([false, false, false, false, true, false, false, false]);
  });

  it('pairs curly quotes and nested brackets', () => {
    const [p] = paragraphsOf('“ก (ข [ค] ง)” จ');
    expect(p.gaps.map((g) => [g.insideBrackets, g.insideQuotes])).toEqual([
      [false, true],
      [true, true],
      [true, true],
      [false, false],
    ]);
  });
});
