import fc from 'fast-check';
import { toUnits, unitsOfToken, type Unit } from '../../src/entities/units.js';
import type { Token } from '../../src/document/types.js';

const token = (text: string, start: number): Token => ({ start, end: start + text.length, text, kind: 'thai' });

describe('toUnits', () => {
  it('cuts words at digits, after abbreviation stops and at zero-width spaces', () => {
    const text = 'ผบ.ทบ.23ธันวาคม\uFEFFนาย';
    const units = toUnits(text, [token('ผบ.ทบ.', 0), token('23ธันวาคม\uFEFFนาย', 6)], (cp) => cp);
    expect(units.map((u) => [u.text, u.start, u.end, u.token, u.position])).toEqual([
      ['ผบ.', 0, 3, 0, 'B'],
      ['ทบ.', 3, 6, 0, 'E'],
      ['23', 6, 8, 1, 'B'],
      ['ธันวาคม', 8, 15, 1, 'M'],
      ['\uFEFF', 15, 16, 1, 'M'],
      ['นาย', 16, 19, 1, 'E'],
    ]);
  });

  it('keeps numbers with separators and whole words whole', () => {
    const units = toUnits('ราคา 1,250.50', [token('ราคา', 0), token(' ', 4), token('1,250.50', 5)], (cp) => cp);
    expect(units.map((u) => [u.text, u.position])).toEqual([
      ['ราคา', 'S'],
      [' ', 'S'],
      ['1,250.50', 'S'],
    ]);
  });

  it('keeps Latin words whole, letters outside ASCII and combining marks included', () => {
    const text = 'Nguyễn González Mu\u0308ller';
    const tokens = [token('Nguyễn', 0), token(' ', 6), token('González', 7), token(' ', 15), token('Mu\u0308ller', 16)];
    expect(toUnits(text, tokens, (cp) => cp).map((u) => u.text)).toEqual(['Nguyễn', ' ', 'González', ' ', 'Mu\u0308ller']);
  });
});

describe('unitsOfToken', () => {
  // The pieces as exec() found them before the cutter read them with test(): the same for every token.
  const PIECE =
    /[0-9\u0E50-\u0E59]+(?:[.,:][0-9\u0E50-\u0E59]+)*|[\u0E01-\u0E4F\u0E5A\u0E5B]+\.?|\p{Script=Latin}[\p{Script=Latin}\p{M}]*\.?|[\s\uFEFF\u200B]+|[\s\S]/gu;
  const piecesByExec = (text: string): [number, number, string][] => [...text.matchAll(PIECE)].map((m) => [m.index, m.index + m[0].length, m[0]]);
  const character = fc.oneof(
    fc.constantFrom('ก', 'า', 'ั', '่', '.', ',', ':', '1', '๙', 'A', 'é', '\u0308', ' ', '\uFEFF', '\u200B', '-', 'ฯ', '\uD835\uDC00', '\uD83D', 'ŋ'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );

  it('cuts every token into the pieces the pattern matches one after another', () => {
    fc.assert(
      fc.property(fc.array(character, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        const units: Unit[] = [];
        unitsOfToken(text, 0, text.length, 0, units);
        expect(units.map((u) => [u.start, u.end, u.text])).toEqual(piecesByExec(text));
      }),
    );
  });
});
