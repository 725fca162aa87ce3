import { CodePointIndex } from '../../src/core/code-points.js';
import { firstWordAt, wordBefore } from '../../src/parentheticals/edge-words.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { segment } from '../../src/segmenter/index.js';

const boundaries = (text: string) => new WordBoundaries(text, segment(text), new CodePointIndex(text));

describe('the words the learnt edge weights look up', () => {
  const text = 'รัฐบาลเร่งการผลิตรถยนต์ไฟฟ้า  ในปีหน้า';
  const words = boundaries(text);

  it('takes a nominaliser together with the word it makes a noun of', () => {
    expect(firstWordAt(text, text.indexOf('การ'), words)).toBe('การผลิต');
    expect(firstWordAt(text, text.indexOf('รถยนต์'), words)).toBe('รถยนต์');
  });

  it('finds the word right before an edge, across spaces but not across a line break', () => {
    expect(wordBefore(text, text.indexOf('รถยนต์'), words)).toBe('ผลิต');
    expect(wordBefore(text, text.indexOf('ใน'), words)).toBe('ไฟฟ้า');
    expect(wordBefore('งาน\nรถยนต์', 4, boundaries('งาน\nรถยนต์'))).toBe('');
  });

  it('gives no word where no Thai is', () => {
    expect(firstWordAt('EV รถยนต์', 0, boundaries('EV รถยนต์'))).toBe('');
    expect(wordBefore('EV รถยนต์', 3, boundaries('EV รถยนต์'))).toBe('');
  });
});
