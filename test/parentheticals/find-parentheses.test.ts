import { findParentheses } from '../../src/parentheticals/find-parentheses.js';

describe('findParentheses', () => {
  it('finds the outermost pairs in text order', () => {
    expect(findParentheses('ก (A) ข (B (C)) ค')).toEqual([
      { open: 2, close: 4 },
      { open: 8, close: 14 },
    ]);
  });

  it('skips an unclosed bracket and keeps the pairs inside it', () => {
    expect(findParentheses('ก (ข (A) ค')).toEqual([{ open: 5, close: 7 }]);
  });

  it('ignores a stray closing bracket', () => {
    expect(findParentheses('ก) (A)')).toEqual([{ open: 3, close: 5 }]);
  });

  it('never pairs across a line break', () => {
    expect(findParentheses('ก (A\nB) (C)')).toEqual([{ open: 8, close: 10 }]);
  });

  it('takes full-width brackets', () => {
    expect(findParentheses('ก（WHO）')).toEqual([{ open: 1, close: 5 }]);
  });

  it('leaves out pairs longer than maxInnerLength', () => {
    expect(findParentheses('(abcdef) (ab)', { maxInnerLength: 3 })).toEqual([{ open: 9, close: 12 }]);
  });
});
