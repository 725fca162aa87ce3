import { findEnglishEntities } from '../../src/entities/english-entities.js';

/** Each name found in `text` as its text and its label. */
const namesIn = (text: string) => findEnglishEntities(text).map((e) => [text.slice(e.start, e.end), e.label]);

describe('findEnglishEntities', () => {
  it('finds a name that stands alone as a Latin run inside Thai text', () => {
    const text = 'ผู้สื่อข่าวสัมภาษณ์ Joe Biden ที่ทำเนียบขาว';
    const found = findEnglishEntities(text);
    expect(found.map((e) => [text.slice(e.start, e.end), e.label])).toEqual([['Joe Biden', 'PERSON']]);
  });

  it('keeps Latin letters outside ASCII inside a name', () => {
    for (const [text, name] of [
      ['ผู้กำกับ Alejandro González Iñárritu ได้รับรางวัลออสการ์', 'Alejandro González Iñárritu'],
      ['กองหน้า Thomas Müller ทำประตูที่สอง', 'Thomas Müller'],
    ]) {
      expect(namesIn(text)).toEqual([[name, 'PERSON']]);
    }
  });

  it('takes a pair whose first word it knows as a given name alone and whose second it left out (Taylor Swift)', () => {
    const text = 'คอนเสิร์ตของ Taylor Swift ที่สิงคโปร์';
    expect(namesIn(text)).toEqual([['Taylor Swift', 'PERSON']]);
    // a surname alone before a word (a team, a company) and a place's word after a name are no person
    for (const other of ['นักแข่งทีม Suzuki Ecstar', 'ล่องแม่น้ำ Jordan River']) {
      expect(findEnglishEntities(other).filter((e) => e.label === 'PERSON')).toEqual([]);
    }
  });

  it('leaves a run longer than any name to itself', () => {
    const run = Array.from({ length: 12 }, (_, i) => `Name${String.fromCharCode(65 + i)}`).join(' ');
    expect(findEnglishEntities(`ข้อความ ${run} จบ`)).toEqual([]);
  });

  it('does not take a piece of a longer English phrase for a name', () => {
    expect(findEnglishEntities('ศูนย์ส่งเสริมการเลี้ยงผึ้ง (Center for Beekeeping Promotion and Research)')).toEqual([]);
  });

  it('reads a title glued to the name (Mr.Kenji Tanaka) as part of the whole name', () => {
    const text = 'ผู้บริหาร Mr.Kenji Tanaka เดินทางถึงไทย';
    expect(namesIn(text)).toEqual([['Mr.Kenji Tanaka', 'PERSON']]);
  });

  it('takes no capitalised pair for a person without a given name, surname or title in it', () => {
    const text = 'ชำระผ่าน Bill Payment หรือ Mobile Banking ส่วน Anna Schmidt มาด้วย';
    expect(namesIn(text)).toEqual([['Anna Schmidt', 'PERSON']]);
  });

  it('reads a name without the number a space after it (an amount, a score), not a longer number, a version, one in brackets, one more Latin words follow, nor a place before one', () => {
    // a place before a number names a plan or an event: none
    const text =
      'คณะกรรมาธิการสั่งปรับMicrosoft 2.4 พันล้านยูโร ส่วนทีมเอาชนะLos Angeles Lakers 118-115 และเปิดตัว Apollo 11 Edition ตามนโยบาย Thailand 4.0 ของรัฐ โทร Call center 1713 หรือ Hotline 02-555-0-555 ตามแผน Microsoft Bank 4.0 และ (Microsoft Academy 365)';
    expect(namesIn(text)).toEqual([
      ['Microsoft', 'ORGANIZATION'],
      ['Los Angeles Lakers', 'ORGANIZATION'],
    ]);
  });

  it('takes a company compromise does not know for an organisation, alone or with a suffix, not its product', () => {
    const text = 'ยอดขายบน Shopee และ Grab Thailand โตขึ้น ขณะที่ Apple Inc. เปิดตัว Apple Watch วันนี้';
    expect(namesIn(text)).toEqual([
      ['Shopee', 'ORGANIZATION'],
      ['Grab Thailand', 'ORGANIZATION'],
      ['Apple Inc', 'ORGANIZATION'],
    ]);
  });

  it('splits a run made only of such companies, a space apart, into each (a list whose และ stands before the last only)', () => {
    const text = 'แอปที่คนไทยใช้มากที่สุดคือLINE YouTube และTikTok ส่วน HOT LINE ของกรมยังไม่มีคนโทร';
    expect(namesIn(text)).toEqual([
      ['LINE', 'ORGANIZATION'],
      ['YouTube', 'ORGANIZATION'],
      ['TikTok', 'ORGANIZATION'],
    ]);
  });

  it('takes a run compromise leaves for a body by its head word, heading what follows it or ending it', () => {
    expect(namesIn('ข้อมูลจาก Bank of Thailand และ Ministry of Finance ระบุ')).toEqual([
      ['Bank of Thailand', 'ORGANIZATION'],
      ['Ministry of Finance', 'ORGANIZATION'],
    ]);
    expect(namesIn('เว็บไซต์ของ Securities and Exchange Commission')).toEqual([['Securities and Exchange Commission', 'ORGANIZATION']]);
    // a thing named after a body, a word and its kind, a position in a body
    expect(namesIn('ที่อาคาร SME Bank Tower มี Power Bank ให้ยืม')).toEqual([]);
    expect(namesIn('President of Export-Import Bank of Thailand กล่าว')).toEqual([]);
    expect(namesIn('โดย Dr.Fatih Birol Executive Director of International Energy Agency กล่าว')).toEqual([]);
  });

  it('ignores runs without a capital letter', () => {
    expect(findEnglishEntities('ดาวน์โหลดไฟล์ readme ได้ที่นี่')).toEqual([]);
  });

  it('reads the new runs of a document together and finds in each what it finds alone', () => {
    // runs no other test reads, so that they are read together here, not remembered
    const text = 'งาน Prof.Ravi Shankar พูดถึง Rural Savings Cooperatives ใน Pennsylvania กับ Dr. Elena Marquez และ Bill Payment ของ Google!';
    expect(namesIn(text)).toEqual([
      ['Prof.Ravi Shankar', 'PERSON'],
      ['Pennsylvania', 'LOCATION'],
      ['Dr. Elena Marquez', 'PERSON'],
      ['Google', 'ORGANIZATION'],
    ]);
  });
});
