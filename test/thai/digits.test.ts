import fc from 'fast-check';
import { toAsciiDigits, toThaiDigits } from '../../src/thai/digits.js';

describe('Thai digits', () => {
  test('convert one for one, leaving everything else', () => {
    expect(toAsciiDigits('พ.ศ. ๒๕๖๒ เวลา ๑๐.๓๐ น.')).toBe('พ.ศ. 2562 เวลา 10.30 น.');
    expect(toThaiDigits('ปี 2019, 0-9')).toBe('ปี ๒๐๑๙, ๐-๙');
    expect(toAsciiDigits('٣ 3 ๓')).toBe('٣ 3 3');
  });

  test('keep the length of any text, and undo each other on digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789๐๑๒๓๔๕๖๗๘๙ กa.'.split('')) }), (text) => {
        expect(toAsciiDigits(text)).toHaveLength(text.length);
        expect(toThaiDigits(text)).toHaveLength(text.length);
        expect(toAsciiDigits(toThaiDigits(text))).toBe(toAsciiDigits(text));
        expect(toThaiDigits(toAsciiDigits(text))).toBe(toThaiDigits(text));
      }),
    );
  });
});
