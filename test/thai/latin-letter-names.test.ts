import { beforeLatinLetterName, spellsLatinLetters } from '../../src/thai/latin-letter-names.js';

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
});
