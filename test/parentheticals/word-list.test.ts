import fc from 'fast-check';
import { isSpaceAt, isThaiLetterAt, isWordInitialAt, SPACE, THAI_LETTER, WORD_INITIAL } from '../../src/parentheticals/characters.js';
import { WordList } from '../../src/parentheticals/word-list.js';

const list = new WordList(['การ', 'ความ', 'กรม', 'ที่', 'ผู้']);

describe('a word list matched at positions', () => {
  const text = 'กรมการค้าที่ผู้ส่งออก';

  it('offers only the words that open with the unit at a position, in list order', () => {
    expect(list.candidatesAt(text, 0)).toEqual(['การ', 'กรม']);
    expect(list.candidatesAt(text, 6)).toEqual(['ความ']);
    expect(list.candidatesAt(text, 9)).toEqual(['ที่']);
    expect(list.candidatesAt(text, text.length)).toEqual([]);
  });

  it('tells a word written at a position or right before it', () => {
    expect(list.startsAt(text, 0)).toBe(true);
    expect(list.startsAt(text, 3)).toBe(true);
    expect(list.startsAt(text, 1)).toBe(false);
    expect(list.startsAt(text, 9)).toBe(true);
    expect(list.endsBefore(text, 3)).toBe(true);
    expect(list.endsBefore(text, 6)).toBe(true);
    expect(list.endsBefore(text, 12)).toBe(true);
    expect(list.endsBefore(text, 2)).toBe(false);
    expect(list.endsBefore(text, 0)).toBe(false);
  });

  it('answers as comparing every word would, anywhere in any text', () => {
    const units = fc.constantFrom(...'กการมความที่ผู้ ข'.split(''));
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), fc.nat(14), (chars, at) => {
        const s = chars.join('');
        expect(list.startsAt(s, at)).toBe(list.words.some((w) => at <= s.length && s.startsWith(w, at)));
        expect(list.endsBefore(s, at)).toBe(list.words.some((w) => w.length <= at && s.startsWith(w, at - w.length)));
      }),
    );
  });
});

describe('the character tests on a unit of the text', () => {
  it('agree with the character classes on every UTF-16 unit, and are false past either end', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (isSpaceAt(s, 0) !== SPACE.test(s) || isThaiLetterAt(s, 0) !== THAI_LETTER.test(s) || isWordInitialAt(s, 0) !== WORD_INITIAL.test(s)) {
        throw new Error(`U+${c.toString(16)} disagrees`);
      }
    }
    expect([isSpaceAt(' ', -1), isSpaceAt(' ', 1), isThaiLetterAt('ก', 1), isWordInitialAt('ก', -1)]).toEqual([false, false, false, false]);
  });
});
