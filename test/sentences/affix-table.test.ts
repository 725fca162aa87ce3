import { AffixTable } from '../../src/sentences/affix-table.js';

describe('AffixTable', () => {
  const table = new AffixTable([
    { word: 'โดย', weight: 1 },
    { word: 'โดยเฉพาะ', weight: -1 },
    { word: 'นะ', weight: 1 },
    { word: 'ชนะ', weight: 0 },
    { word: 'ครับ', weight: 2, strong: true },
  ]);

  it('finds the longest cue a text starts with', () => {
    expect(table.prefixOf('โดยในวันที่')?.word).toBe('โดย');
    expect(table.prefixOf('โดยเฉพาะในประเด็น')?.weight).toBe(-1);
    expect(table.prefixOf('โด')).toBeUndefined();
    expect(table.prefixOf('')).toBeUndefined();
  });

  it('finds the longest cue a text ends with', () => {
    expect(table.suffixOf('ไปก่อนนะ')?.word).toBe('นะ');
    expect(table.suffixOf('ทีมเราชนะ')?.weight).toBe(0);
    expect(table.suffixOf('ขอบคุณครับ')).toEqual({ word: 'ครับ', weight: 2, strong: true });
    expect(table.suffixOf('ครับผม')).toBeUndefined();
  });
});
