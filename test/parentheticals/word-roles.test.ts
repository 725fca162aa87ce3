import { CodePointIndex } from '../../src/core/code-points.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { clauseVerbAt, insideWordHoldingStopWordAfterStart, nameOpenersIn } from '../../src/parentheticals/word-roles.js';
import { segment } from '../../src/segmenter/index.js';

const boundaries = (text: string) => new WordBoundaries(text, segment(text), new CodePointIndex(text));

describe('nameOpenersIn', () => {
  /** Where the opener starts over each of `parts`, as the text the opener starts. */
  const openerOver = (text: string, parts: string[]): number[] => {
    const over = nameOpenersIn(text, 0, text.length, boundaries(text));
    return parts.map((part) => over[text.indexOf(part)]);
  };

  it('points a term starting in the first words of a name that อาการ, ภาวะ or โรค opens back to that word', () => {
    const text = 'ผู้ป่วยมีภาวะหยุดหายใจขณะหลับ';
    expect(openerOver(text, ['หยุด', 'หายใจ'])).toEqual([text.indexOf('ภาวะ'), text.indexOf('ภาวะ')]);
  });

  it('lets the words of the sentence further on start a term of their own', () => {
    const text = 'เด็กมีอาการไข้สูงหลังติดเชื้อไวรัส';
    // อาการ|ไข้|สูง: the name's; หลัง|ติด|เชื้อ|ไวรัส: the sentence's
    expect(openerOver(text, ['ไข้', 'สูง', 'หลัง', 'ไวรัส'])).toEqual([text.indexOf('อาการ'), text.indexOf('อาการ'), -1, -1]);
  });

  it("lets a disease's own โรค after อาการ or ภาวะ open the name: the word before it is the sentence's", () => {
    const text = 'ผู้ปกครองควรสังเกตอาการโรคซึมเศร้าในวัยรุ่น';
    // อาการ|โรค: the term may start at โรค; ซึมเศร้า is in the name โรค opens
    expect(openerOver(text, ['โรค', 'ซึมเศร้า'])).toEqual([-1, text.indexOf('โรค')]);
  });
});

describe('clauseVerbAt', () => {
  const at = (text: string, word: string, english: string[] = []): boolean => clauseVerbAt(text, text.indexOf(word), new Set(english), boundaries(text));

  it('finds a verb that takes a warning, an order or a clause after it, as a whole word', () => {
    expect(at('นักวิทยาศาสตร์เตือนภาวะโลกเดือด', 'เตือน')).toBe(true);
    expect(at('ผู้ว่าราชการจังหวัดสั่งการให้ตั้งศูนย์', 'สั่งการ')).toBe(true);
    expect(at('ทีมงานเตรียมจัดงานเทศกาลดนตรี', 'เตรียม')).toBe(true);
  });

  it('not where the English translates it, a nominaliser makes a noun of it, or it is part of a compound', () => {
    expect(at('นักวิทยาศาสตร์เตือนภาวะโลกเดือด', 'เตือน', ['warning', 'global'])).toBe(false);
    expect(at('โรงเรียนจัดการเตรียมความพร้อม', 'เตรียม')).toBe(false);
    expect(at('ติดตั้งระบบเตือนภัยล่วงหน้า', 'เตือน')).toBe(false);
  });
});

describe('insideWordHoldingStopWordAfterStart', () => {
  it('is true after the first letter of a word holding a stop word, wherever the segmenter cut it', () => {
    const text = 'เครือข่ายโทรศัพท์เคลื่อนที่ยุคใหม่';
    expect(insideWordHoldingStopWordAfterStart(text, text.indexOf('ที่'))).toBe(true);
    expect(insideWordHoldingStopWordAfterStart('ผู้แทนกล่าวต่อที่ประชุมใหญ่', 'ผู้แทนกล่าวต่อที่'.length)).toBe(true);
  });

  it('is false at the start of such a word and elsewhere', () => {
    const text = 'เครือข่ายโทรศัพท์เคลื่อนที่ยุคใหม่';
    expect(insideWordHoldingStopWordAfterStart(text, text.indexOf('เคลื่อน'))).toBe(false);
    expect(insideWordHoldingStopWordAfterStart(text, text.indexOf('ยุค'))).toBe(false);
  });
});
