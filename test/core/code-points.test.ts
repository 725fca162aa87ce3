import fc from 'fast-check';
import { CodePointIndex, codePointLength, sliceByCodePoints } from '../../src/core/code-points.js';

describe('CodePointIndex', () => {
  it('is the identity on text without astral characters', () => {
    const index = new CodePointIndex('ภาษาไทย abc');
    expect(index.length).toBe(11);
    expect(index.toUtf16(4)).toBe(4);
    expect(index.slice(0, 4)).toBe('ภาษา');
  });

  it('counts an emoji as one code point', () => {
    const index = new CodePointIndex('a😀ข');
    expect(index.length).toBe(3);
    expect(index.toUtf16(2)).toBe(3);
    expect(index.toCodePoint(3)).toBe(2);
    expect(index.slice(1, 2)).toBe('😀');
    expect(sliceByCodePoints('a😀ข', 2, 3)).toBe('ข');
    expect(codePointLength('𠀀𠀀')).toBe(2);
  });

  it('agrees with Array.from on every string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (text, a, b) => {
        const chars = Array.from(text);
        const start = Math.min(a, b) % (chars.length + 1);
        const end = Math.max(start, Math.max(a, b) % (chars.length + 1));
        expect(sliceByCodePoints(text, start, end)).toBe(chars.slice(start, end).join(''));
      }),
    );
  });
});
