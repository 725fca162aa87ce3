import { alternationOf } from '../../src/text/alternation.js';

describe('alternationOf', () => {
  it('matches the longest word first, each literally', () => {
    const titles = new RegExp(`^(?:${alternationOf(['นาง', 'พ.ต.', 'นางสาว', 'พ.ต.อ.'])})`, 'u');
    expect(titles.exec('นางสาวสมศรี')?.[0]).toBe('นางสาว');
    expect(titles.exec('พ.ต.อ.สมชาย')?.[0]).toBe('พ.ต.อ.');
    expect(titles.test('พxตxอxสมชาย')).toBe(false);
  });
});
