import fc from 'fast-check';
import { LATIN_LETTER_NAMES, beforeLatinLetterName, latinLettersOf, spellsLatinLetters } from '../../src/thai/latin-letter-names.js';

describe('Latin letters spelt in Thai', () => {
  it('know a short form spelt letter by letter', () => {
    expect(spellsLatinLetters('จีพี')).toBe(true);
    expect(spellsLatinLetters('บีซีจี')).toBe(true);
    expect(spellsLatinLetters('ดับเบิลยูเอชโอ')).toBe(true);
    expect(spellsLatinLetters('จี')).toBe(false);
    expect(spellsLatinLetters('จีน')).toBe(false);
  });

  it('find a word before the name of a letter it ends with', () => {
    expect(beforeLatinLetterName('ยาอี')).toBe('ยา');
    expect(beforeLatinLetterName('วิตามินซี')).toBe('วิตามิน');
    expect(beforeLatinLetterName('อี')).toBeNull();
    expect(beforeLatinLetterName('สมชาย')).toBeNull();
  });

  it('read the Latin letters of a spelt-out short form, every reading of a name with two letters', () => {
    expect(latinLettersOf('บีโอไอ')).toEqual(['BOI']);
    expect(latinLettersOf('ดีอีเอส')).toEqual(['DES']);
    expect(latinLettersOf('ทีดีอาร์ไอ')).toEqual(['TDRI']);
    expect(latinLettersOf('ดับเบิลยูเอชโอ')).toEqual(['WHO']);
    expect(latinLettersOf('อีอีซี')).toEqual(['EEC', 'EEZ']);
    expect(latinLettersOf('จีน')).toEqual([]);
    expect(latinLettersOf('อี')).toEqual([]);
  });

  it('read back the letters of any short form spelt out with the first name of each letter', () => {
    const letter = fc.constantFrom(...Object.keys(LATIN_LETTER_NAMES));
    fc.assert(
      fc.property(fc.array(letter, { minLength: 2, maxLength: 6 }), (letters) => {
        const spelled = letters.map((l) => LATIN_LETTER_NAMES[l][0]).join('');
        expect(latinLettersOf(spelled)).toContain(letters.join(''));
      }),
    );
  });
});
