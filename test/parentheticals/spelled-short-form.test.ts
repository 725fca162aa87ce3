import { annotate } from './annotate.js';

const pairs = (text: string) => annotate(text).filter((p) => p.pattern === 'TH-ACR');

describe('Latin short forms spelt in Thai letter names', () => {
  it('pair with the full name by what their Latin letters stand for', () => {
    expect(pairs('นักลงทุนญี่ปุ่นยื่นขอรับการส่งเสริมจากคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) เพิ่มขึ้น')).toEqual([
      { paren: '(บีโอไอ)', pattern: 'TH-ACR', thai: 'คณะกรรมการส่งเสริมการลงทุน', acronym: 'บีโอไอ' },
    ]);
    expect(pairs('ไทยได้ประโยชน์จากความตกลงการค้าเสรี (เอฟทีเอ) กับจีน')).toEqual([
      { paren: '(เอฟทีเอ)', pattern: 'TH-ACR', thai: 'ความตกลงการค้าเสรี', acronym: 'เอฟทีเอ' },
    ]);
  });

  it('pair by the English the Thai words translate, the head noun glued before them kept', () => {
    expect(pairs('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เปิดงานสัมมนา')).toEqual([
      { paren: '(ดีอี)', pattern: 'TH-ACR', thai: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', acronym: 'ดีอี' },
    ]);
    expect(pairs('รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอีเอส) แถลงข่าว')).toEqual([
      { paren: '(ดีอีเอส)', pattern: 'TH-ACR', thai: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', acronym: 'ดีอีเอส' },
    ]);
  });

  it('pair backwards, Thai putting the head first (Thailand Development Research Institute)', () => {
    expect(pairs('นักวิชาการของสถาบันวิจัยเพื่อการพัฒนาประเทศไทย (ทีดีอาร์ไอ) ให้ความเห็น')).toEqual([
      { paren: '(ทีดีอาร์ไอ)', pattern: 'TH-ACR', thai: 'สถาบันวิจัยเพื่อการพัฒนาประเทศไทย', acronym: 'ทีดีอาร์ไอ' },
    ]);
  });

  it('pair with nothing where no words before them give their letters', () => {
    expect(pairs('เขาเดินทางไปประชุมที่ต่างจังหวัด (ดีอี) เมื่อวานนี้')).toEqual([]);
    expect(pairs('ราคาขายปลีก (ดีอีเอส) เพิ่มขึ้น')).toEqual([]);
  });
});
