import { isTis620ThaiByte } from '../../src/thai/tis-620.js';

describe('TIS-620', () => {
  test('Thai characters are at 0xA1–0xDA and 0xDF–0xFB', () => {
    const thai: number[] = [];
    for (let byte = 0; byte <= 0xff; byte++) if (isTis620ThaiByte(byte)) thai.push(byte);
    expect(thai).toHaveLength(87);
    expect([thai[0], thai[57], thai[58], thai[86]]).toEqual([0xa1, 0xda, 0xdf, 0xfb]);
  });

  test('and decode to the Thai block in the same order', () => {
    const decoder = new TextDecoder('windows-874');
    expect(decoder.decode(Uint8Array.from([0xa1, 0xce, 0xe0, 0xf0, 0xfb]))).toBe('กฮเ๐๛');
    for (let byte = 0xa0; byte <= 0xff; byte++) {
      if (isTis620ThaiByte(byte)) expect(decoder.decode(Uint8Array.from([byte])).charCodeAt(0)).toBe(0x0e00 + byte - 0xa0);
    }
  });
});
