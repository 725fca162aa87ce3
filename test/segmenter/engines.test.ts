import { createSegmenter, segment } from '../../src/segmenter/index.js';
import type { Token } from '../../src/document/types.js';

const pairs = (tokens: Token[]) => tokens.map((t) => [t.text, t.kind]);

describe.each(['default', 'wordcut', 'icu'] as const)('%s engine', (engine) => {
  test('gives the same token structure and kinds around its Thai words', () => {
    expect(pairs(segment('ราคาน้ำมัน 6,500.50 บาท iPhone 😂', { engine }))).toEqual([
      ['ราคา', 'thai'],
      ['น้ำมัน', 'thai'],
      [' ', 'space'],
      ['6,500.50', 'number'],
      [' ', 'space'],
      ['บาท', 'thai'],
      [' ', 'space'],
      ['iPhone', 'latin'],
      [' ', 'space'],
      ['😂', 'emoji'],
    ]);
  });
});

describe('engines on a misspelt word (ประชับ)', () => {
  test('default and icu find the clusters; wordcut cuts around the unknown part but never inside a cluster', () => {
    expect(segment('ผิวประชับ').map((t) => t.text)).toEqual(['ผิว', 'ประ', 'ชับ']);
    expect(segment('ผิวประชับ', { engine: 'icu' }).map((t) => t.text)).toEqual(['ผิว', 'ประ', 'ชับ']);
    // wordcut itself cuts ผิ|วปร|ะชับ: the cut before ะ is dropped
    expect(segment('ผิวประชับ', { engine: 'wordcut' }).map((t) => t.text)).toEqual(['ผิ', 'วประชับ']);
  });
});

describe('wordcut engine with user words', () => {
  test('adds the words to wordcut’s dictionary', () => {
    const seg = createSegmenter({ engine: 'wordcut', words: ['ชาเย็นหวาน'] });
    expect(seg.segment('กินชาเย็นหวาน').map((t) => t.text)).toEqual(['กิน', 'ชาเย็นหวาน']);
    expect(segment('กินชาเย็นหวาน', { engine: 'wordcut' }).map((t) => t.text)).toEqual(['กิน', 'ชาเย็น', 'หวาน']);
  });
});

describe('createSegmenter', () => {
  test('rejects an unknown engine', () => {
    expect(() => createSegmenter({ engine: 'newmm' as never })).toThrow('unknown segmentation engine "newmm"');
  });
});
