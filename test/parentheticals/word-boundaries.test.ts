import { CodePointIndex } from '../../src/core/code-points.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { segment } from '../../src/segmenter/index.js';
import { annotate } from './annotate.js';

const startsIn = (text: string): string[] => {
  const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
  const pieces: string[] = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (words.isBoundary(i)) {
      pieces.push(text.slice(from, i));
      from = i;
    }
  }
  return pieces;
};

describe('where the span finder sees words start', () => {
  it('reads จัดการ before a verb as จัด and the การ of the verb (to hold a meeting), as to manage before a noun', () => {
    expect(startsIn('จะจัดการประชุม')).toEqual(['จะ', 'จัด', 'การ', 'ประชุม']);
    expect(startsIn('ต้องจัดการขยะ')).toEqual(['ต้อง', 'จัดการ', 'ขยะ']);
  });

  it('so offers the held event as the term', () => {
    expect(annotate('สมาคมจะจัดการประกวดภาพถ่าย (Photo Contest) ทั่วประเทศ')[0].thai).toBe('การประกวดภาพถ่าย');
  });
});
