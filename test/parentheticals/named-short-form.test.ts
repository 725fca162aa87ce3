import { splitNamedShortForm } from '../../src/parentheticals/named-short-form.js';
import { thaiShortFormPairs } from './annotate.js';

describe('Thai short forms with the body’s own name after them', () => {
  it('splits the short form from the name, with or without a space', () => {
    expect(splitNamedShortForm('สภ.บางพลี')).toEqual({ shortForm: 'สภ.', name: 'บางพลี' });
    expect(splitNamedShortForm('ผกก.สภ.เมืองยะลา')).toEqual({ shortForm: 'ผกก.สภ.', name: 'เมืองยะลา' });
    expect(splitNamedShortForm('รพ. ศิริราช')).toEqual({ shortForm: 'รพ.', name: 'ศิริราช' });
    // a short form alone, one letter, or no dot: not this shape
    expect([splitNamedShortForm('ก.ล.ต.'), splitNamedShortForm('ร.ข้าวมันไก่'), splitNamedShortForm('กกต')]).toEqual([null, null, null]);
  });

  it.each([
    ['พ.ต.อ.สมชาย ผู้กำกับการสถานีตำรวจภูธรบางพลี (สภ.บางพลี) เปิดเผยว่า', 'สถานีตำรวจภูธรบางพลี', 'สภ.บางพลี'],
    ['ผู้ป่วยถูกส่งตัวไปรักษาที่โรงพยาบาลศิริราช (รพ.ศิริราช) ในคืนเดียวกัน', 'โรงพยาบาลศิริราช', 'รพ.ศิริราช'],
    ['เจ้าหน้าที่สถานีตำรวจนครบาลลุมพินี (สน.ลุมพินี) รับแจ้งเหตุ', 'สถานีตำรวจนครบาลลุมพินี', 'สน.ลุมพินี'],
    ['นักเรียนโรงเรียนบ้านหนองบัว (รร.บ้านหนองบัว) ได้รับรางวัล', 'โรงเรียนบ้านหนองบัว', 'รร.บ้านหนองบัว'],
    // the title is the name here: its short form holds the title's letters
    ['พ.ต.อ.สมศักดิ์ ผู้กำกับการสถานีตำรวจภูธรเมืองยะลา (ผกก.สภ.เมืองยะลา) สั่งการ', 'ผู้กำกับการสถานีตำรวจภูธรเมืองยะลา', 'ผกก.สภ.เมืองยะลา'],
  ])('pairs with the full name that ends with the same name: %s', (text, thai, acronym) => {
    expect(thaiShortFormPairs(text)).toEqual([{ paren: `(${acronym})`, pattern: 'TH-ACR', thai, acronym }]);
  });

  it('pairs with nothing when the Thai before does not end with the name, or its letters do not read there', () => {
    expect(thaiShortFormPairs('ตำรวจ สภ.บางพลี (สภ.บางพลี) ออกตรวจ')).toEqual([]);
    expect(thaiShortFormPairs('นักท่องเที่ยวแวะชมวัดบางพลี (สภ.บางพลี) ก่อนกลับ')).toEqual([]);
  });
});
