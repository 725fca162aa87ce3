import { findPatternEntities, findPatternEntitiesUtf16 } from '../../src/entities/patterns.js';

function found(text: string): [string, number, number, string][] {
  return findPatternEntities(text).map((e) => [e.label, e.start, e.end, text.slice(e.start, e.end)]);
}

describe('findPatternEntities', () => {
  it('finds URLs with and without a scheme, without trailing punctuation', () => {
    expect(found('ดูรายละเอียดที่ https://www.example.co.th/news/123, หรือ www.sample.org.')).toEqual([
      ['URL', 16, 50, 'https://www.example.co.th/news/123'],
      ['URL', 57, 71, 'www.sample.org'],
    ]);
  });

  it('ends a URL before a closing quotation mark, straight or curly', () => {
    expect(found('“สอบถามได้ที่ www.sample.or.th” เจ้าหน้าที่กล่าว')).toEqual([['URL', 14, 30, 'www.sample.or.th']]);
    expect(found('‘ดูที่ https://example.org/a’ แล้ว')).toEqual([['URL', 7, 28, 'https://example.org/a']]);
  });

  it('finds an email address glued to Thai text', () => {
    expect(found('ส่งอีเมลถึง somchai.j@mail.example.ac.th ได้ทุกวัน')).toEqual([['EMAIL', 12, 40, 'somchai.j@mail.example.ac.th']]);
  });

  it('finds Thai phone formats, extensions and cued hotlines', () => {
    expect(found('ติดต่อ 02-123-4567 หรือ 081-234-5678 และ 0 2617 6000 ต่อ 12 สายด่วน 1669')).toEqual([
      ['PHONE', 7, 18, '02-123-4567'],
      ['PHONE', 24, 36, '081-234-5678'],
      ['PHONE', 41, 59, '0 2617 6000 ต่อ 12'],
      ['PHONE', 68, 72, '1669'],
    ]);
    expect(found('ผู้ป่วย 1669 ราย')).toEqual([]);
  });

  it('finds money in baht, with multipliers, dollars and foreign currencies', () => {
    expect(found('ราคา 1,250 บาท รวม 3.5 ล้านบาท หรือ $20 และ 15 ล้านดอลลาร์สหรัฐ')).toEqual([
      ['MONEY', 5, 14, '1,250 บาท'],
      ['MONEY', 19, 30, '3.5 ล้านบาท'],
      ['MONEY', 36, 39, '$20'],
      ['MONEY', 44, 63, '15 ล้านดอลลาร์สหรัฐ'],
    ]);
  });

  it('finds percentages written with ร้อยละ and %', () => {
    expect(found('เพิ่มขึ้นร้อยละ 12.5 หรือ 7% ของยอดขาย')).toEqual([
      ['PERCENT', 9, 20, 'ร้อยละ 12.5'],
      ['PERCENT', 26, 28, '7%'],
    ]);
  });

  it('finds lengths and temperatures', () => {
    expect(found('ระยะทาง 5 กม. ถึง 120 เมตร อุณหภูมิ 3-5 องศาเซลเซียส')).toEqual([
      ['LEN', 8, 13, '5 กม.'],
      ['LEN', 18, 26, '120 เมตร'],
      ['T', 36, 52, '3-5 องศาเซลเซียส'],
    ]);
  });

  it('takes a five-digit number after a place for a postcode only when it is one', () => {
    expect(found('เลขที่ 99 ถนนพหลโยธิน กรุงเทพฯ 10900 โทร.')).toEqual([['ZIP', 31, 36, '10900']]);
    expect(found('มีผู้เข้าชม 99999 คน')).toEqual([]);
  });

  it('finds a company by its registered name, จำกัด (มหาชน) included', () => {
    expect(found('ผู้ถือหุ้นบริษัท สยามรุ่งเรือง ซัพพลาย จำกัด (มหาชน) อนุมัติ และบจก.ทองดี จำกัด')).toEqual([
      ['ORGANIZATION', 10, 52, 'บริษัท สยามรุ่งเรือง ซัพพลาย จำกัด (มหาชน)'],
      ['ORGANIZATION', 64, 79, 'บจก.ทองดี จำกัด'],
    ]);
    // the company itself (บริษัทฯ), or a clause that runs into the next จำกัด, is no name
    expect(found('บริษัทฯ ได้ลงนามสัญญากับผู้รับเหมาที่มีทุนจำกัด')).toEqual([]);
  });

  it('gives code-point offsets, also after characters outside the BMP', () => {
    expect(findPatternEntities('😂 โทร 02-123-4567')).toEqual([{ label: 'PHONE', start: 6, end: 17 }]);
    expect(findPatternEntitiesUtf16('😂 โทร 02-123-4567')).toEqual([{ label: 'PHONE', start: 7, end: 18 }]);
  });

  it('stays linear on long adversarial input', () => {
    const inputs = [
      '1,'.repeat(50_000),
      '1'.repeat(100_000),
      'a.'.repeat(50_000),
      'a'.repeat(50_000) + '@' + 'b'.repeat(50_000),
      '@a'.repeat(50_000),
      'www.'.repeat(25_000),
      '0 '.repeat(50_000),
      'ร้อยละ'.repeat(20_000),
      ('1 ' + 'ล้าน ').repeat(20_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      findPatternEntities(input);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
