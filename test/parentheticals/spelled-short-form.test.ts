import { annotate, thaiShortFormPairs } from './annotate.js';

describe('Latin short forms spelt in Thai letter names', () => {
  it('pair with the full name by what their Latin letters stand for', () => {
    expect(thaiShortFormPairs('นักลงทุนญี่ปุ่นยื่นขอรับการส่งเสริมจากคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) เพิ่มขึ้น')).toEqual([
      { paren: '(บีโอไอ)', pattern: 'TH-ACR', thai: 'คณะกรรมการส่งเสริมการลงทุน', acronym: 'บีโอไอ' },
    ]);
    expect(thaiShortFormPairs('ไทยได้ประโยชน์จากความตกลงการค้าเสรี (เอฟทีเอ) กับจีน')).toEqual([
      { paren: '(เอฟทีเอ)', pattern: 'TH-ACR', thai: 'ความตกลงการค้าเสรี', acronym: 'เอฟทีเอ' },
    ]);
  });

  it('pair by the English the Thai words translate, the head noun glued before them kept', () => {
    expect(thaiShortFormPairs('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) เปิดงานสัมมนา')).toEqual([
      { paren: '(ดีอี)', pattern: 'TH-ACR', thai: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', acronym: 'ดีอี' },
    ]);
    expect(thaiShortFormPairs('รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอีเอส) แถลงข่าว')).toEqual([
      { paren: '(ดีอีเอส)', pattern: 'TH-ACR', thai: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', acronym: 'ดีอีเอส' },
    ]);
  });

  it('pair backwards, Thai putting the head first (Thailand Development Research Institute)', () => {
    expect(thaiShortFormPairs('นักวิชาการของสถาบันวิจัยเพื่อการพัฒนาประเทศไทย (ทีดีอาร์ไอ) ให้ความเห็น')).toEqual([
      { paren: '(ทีดีอาร์ไอ)', pattern: 'TH-ACR', thai: 'สถาบันวิจัยเพื่อการพัฒนาประเทศไทย', acronym: 'ทีดีอาร์ไอ' },
    ]);
  });

  it('pair with nothing where no words before them give their letters', () => {
    expect(thaiShortFormPairs('เขาเดินทางไปประชุมที่ต่างจังหวัด (ดีอี) เมื่อวานนี้')).toEqual([]);
    expect(thaiShortFormPairs('ราคาขายปลีก (ดีอีเอส) เพิ่มขึ้น')).toEqual([]);
  });

  it('pair by the initials of the English with no head noun before one that opens the name', () => {
    expect(thaiShortFormPairs('ผู้แทนคณะมูลนิธิยุติธรรมและสิ่งแวดล้อม (อีเจเอฟ) เข้าพบรัฐมนตรี')).toEqual([
      { paren: '(อีเจเอฟ)', pattern: 'TH-ACR', thai: 'มูลนิธิยุติธรรมและสิ่งแวดล้อม', acronym: 'อีเจเอฟ' },
    ]);
  });
});

describe('Latin short forms alone that nothing spells out', () => {
  const termOf = (text: string) => annotate(text).find((p) => p.pattern === 'ACR')?.thai;

  it('take the name whose words translate English words with their letters as initials', () => {
    expect(termOf('ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (DE) เปิดงาน')).toBe('กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม');
    expect(termOf('ผู้เชี่ยวชาญของโครงการอาหารโลก (WFP) ลงพื้นที่')).toBe('โครงการอาหารโลก');
  });

  it('leave a registered company name whole, as the span finder takes it', () => {
    expect(termOf('ที่ประชุมอนุมัติการจัดตั้งบริษัท โครงข่ายบรอดแบนด์แห่งชาติ จำกัด (NBN) แล้ว')).toBe('บริษัท โครงข่ายบรอดแบนด์แห่งชาติ จำกัด');
  });
});
