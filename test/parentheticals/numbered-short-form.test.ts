import { splitNumberedShortForm } from '../../src/parentheticals/numbered-short-form.js';
import { thaiShortFormPairs } from './annotate.js';

describe('numbered Thai short forms', () => {
  it('splits a short form from the number after it, with or without a space, in Arabic or Thai digits', () => {
    expect(splitNumberedShortForm('ทภ.4')).toEqual({ shortForm: 'ทภ.', number: '4' });
    expect(splitNumberedShortForm('สพป.ชม.1')).toEqual({ shortForm: 'สพป.ชม.', number: '1' });
    expect(splitNumberedShortForm('บน. 6')).toEqual({ shortForm: 'บน.', number: '6' });
    expect(splitNumberedShortForm('ยธก.๑๔')).toEqual({ shortForm: 'ยธก.', number: '๑๔' });
    expect(splitNumberedShortForm('กกต.')).toBeNull();
    expect(splitNumberedShortForm('รอยเตอร์ 2')).toBeNull();
  });

  it('pairs with the name that ends with the same number, and runs on to it', () => {
    expect(thaiShortFormPairs('ผู้บัญชาการกองทัพภาคที่ 4 (ทภ.4) สั่งส่งกำลังพลช่วยผู้ประสบภัย')).toEqual([
      { paren: '(ทภ.4)', pattern: 'TH-ACR', thai: 'กองทัพภาคที่ 4', acronym: 'ทภ.4' },
    ]);
    expect(thaiShortFormPairs('นักบินจากกองบิน 6 (บน. 6) ร่วมซ้อมรบ')).toEqual([{ paren: '(บน. 6)', pattern: 'TH-ACR', thai: 'กองบิน 6', acronym: 'บน. 6' }]);
    expect(thaiShortFormPairs('ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1 (สพป.ชม.1) ตรวจเยี่ยมโรงเรียน')).toEqual([
      { paren: '(สพป.ชม.1)', pattern: 'TH-ACR', thai: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1', acronym: 'สพป.ชม.1' },
    ]);
  });

  it('pairs with nothing when the name does not end with the number (the number of a form or of an office)', () => {
    expect(thaiShortFormPairs('โรงงานต้องต่ออายุใบอนุญาตประกอบกิจการโรงงาน (รง.4) ทุกปี')).toEqual([]);
    expect(thaiShortFormPairs('ผู้ตรวจราชการกระทรวงมหาดไทย เขต 12 (มท.2) ลงพื้นที่')).toEqual([]);
  });
});
