import { readFileSync } from 'node:fs';
import { FOREIGN_GIVEN_NAMES } from '../../src/thai/foreign-given-names.js';
import { wordcutDictionaryFiles } from '../../src/segmenter/word-list.js';

describe('FOREIGN_GIVEN_NAMES', () => {
  it('holds each name once, in Thai letters only', () => {
    expect(new Set(FOREIGN_GIVEN_NAMES).size).toBe(FOREIGN_GIVEN_NAMES.length);
    for (const name of FOREIGN_GIVEN_NAMES) expect(name).toMatch(/^[\u0E01-\u0E4E]{2,}$/u);
    expect(FOREIGN_GIVEN_NAMES).toEqual(expect.arrayContaining(['ลิโอเนล', 'คาร์ลอส', 'โนวัค', 'เทย์เลอร์']));
  });

  it('holds no Thai word, country or city of wordcut’s lists (only its proper names)', () => {
    const words = new Set<string>();
    for (const file of wordcutDictionaryFiles()) {
      if (/tdict-proper/.test(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) words.add(line.trim());
    }
    expect(FOREIGN_GIVEN_NAMES.filter((name) => words.has(name))).toEqual([]);
  });
});
