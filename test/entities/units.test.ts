import { toUnits } from '../../src/entities/units.js';
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
