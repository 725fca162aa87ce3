import { COMMON_TRANSLATIONS } from '../../src/parentheticals/common-translations.js';

describe('COMMON_TRANSLATIONS', () => {
  it('pairs Thai words with lower-case single English words, each Thai word once', () => {
    const lines = [...COMMON_TRANSLATIONS];
    expect(lines.length).toBe(1568);
    for (const [thai, english] of lines) {
      expect([thai, /^[\u0E01-\u0E4E]+$/u.test(thai)]).toEqual([thai, true]);
      expect([thai, english.length > 0 && english.every((w) => /^[a-z]+$/u.test(w))]).toEqual([thai, true]);
    }
  });

  it('leaves transliterations of English out: a reading is matched by its sound', () => {
    for (const reading of ['คอมพิวเตอร์', 'ไวรัส', 'ออนไลน์']) expect(COMMON_TRANSLATIONS.has(reading)).toBe(false);
  });
});
