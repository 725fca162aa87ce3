import { companyNameEndingAt, isCompanyName } from '../../src/thai/company-names.js';

describe('registered company names', () => {
  const ending = (text: string, before: string): string | null => {
    const span = companyNameEndingAt(text, text.indexOf(before));
    return span && text.slice(...span);
  };

  it('finds the name that ends where asked, with its (มหาชน)', () => {
    expect(ending('ลูกค้าของบริษัท ไทยรุ่งเรือง เน็ตเวิร์ค จำกัด (TRN) ร้องเรียน', ' (TRN)')).toBe('บริษัท ไทยรุ่งเรือง เน็ตเวิร์ค จำกัด');
    expect(ending('บมจ.สยามพัฒนา จำกัด (มหาชน) (SPD) แจ้ง', ' (SPD)')).toBe('บมจ.สยามพัฒนา จำกัด (มหาชน)');
    expect(ending('ห้างหุ้นส่วนจำกัด ช่างทองดี จำกัด (CTD)', ' (CTD)')).toBe('ห้างหุ้นส่วนจำกัด ช่างทองดี จำกัด');
    // a refused stretch (two companies' words) does not hide the company that starts inside it
    expect(ending('บริษัท ก และบริษัท ขนส่งไทย จำกัด (KT)', ' (KT)')).toBe('บริษัท ขนส่งไทย จำกัด');
  });

  it('finds none that ends elsewhere, nor a sentence that happens to end in จำกัด', () => {
    expect(ending('บริษัท ไทยรุ่งเรือง จำกัด ร่วมกับสมาคม (TRA)', ' (TRA)')).toBeNull();
    expect(ending('บริษัทขอแจ้งว่าจำนวนสินค้าในคลังของเรามีอยู่อย่างจำกัด (Limited)', ' (Limited)')).toBeNull();
    expect(isCompanyName(' ไทยรุ่งเรือง เน็ตเวิร์ค ')).toBe(true);
    expect(isCompanyName(' ')).toBe(false);
  });
});
