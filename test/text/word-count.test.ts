import { wordCount } from '../../src/text/word-count.js';

describe('wordCount', () => {
  it('counts the words a space, a tab or a no-break space part', () => {
    expect(wordCount('ASEAN')).toBe(1);
    expect(wordCount('Live Nation Tero')).toBe(3);
    expect(wordCount('Small\tand\u00A0Medium Enterprises')).toBe(4);
  });
});
