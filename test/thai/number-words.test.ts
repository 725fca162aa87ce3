import { NUMBER_WORD_PATTERN, numberWordValue } from '../../src/thai/number-words.js';

describe('Thai number words', () => {
  test.each([
    ['หนึ่ง', 1],
    ['สอง', 2],
    ['สาม', 3],
    ['สี่', 4],
    ['ห้า', 5],
    ['หก', 6],
    ['เจ็ด', 7],
    ['แปด', 8],
    ['เก้า', 9],
    ['สิบ', 10],
    ['สิบเอ็ด', 11],
    ['สิบสอง', 12],
  ])('%s is %d', (word, value) => {
    expect(numberWordValue(word)).toBe(value);
    expect(new RegExp(`^${NUMBER_WORD_PATTERN}$`).test(word)).toBe(true);
  });

  test('the pattern takes the whole of a longer word', () => {
    expect(new RegExp(NUMBER_WORD_PATTERN).exec('บ่ายสิบสองโมง')![0]).toBe('สิบสอง');
    expect(new RegExp(NUMBER_WORD_PATTERN).exec('อีกสิบเอ็ดวัน')![0]).toBe('สิบเอ็ด');
  });

  test('other words have no value', () => {
    expect(numberWordValue('ยี่สิบ')).toBeUndefined();
    expect(numberWordValue('')).toBeUndefined();
  });
});
