import { transliterationStart } from '../../src/parentheticals/acronym-transliteration.js';

describe('transliterationStart', () => {
  it('finds a Thai spelling of the letters just before the end', () => {
    const text = 'ฉีดวัคซีนบีซีจี';
    expect(transliterationStart(text, text.length, 'BCG')).toBe(9);
    const who = 'องค์การ ดับเบิลยูเอชโอ';
    expect(transliterationStart(who, who.length, 'WHO')).toBe(8);
  });

  it('answers -1 when the letters are not spelled out', () => {
    expect(transliterationStart('องค์การอนามัยโลก', 16, 'WHO')).toBe(-1);
    expect(transliterationStart('บีซี', 4, 'BCG')).toBe(-1);
  });
});
