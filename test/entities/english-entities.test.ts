import { findEnglishEntities } from '../../src/entities/english-entities.js';

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
      expect(findEnglishEntities(text).map((e) => [text.slice(e.start, e.end), e.label])).toEqual([[name, 'PERSON']]);
    }
  });

  it('leaves a run longer than any name to itself', () => {
    const run = Array.from({ length: 12 }, (_, i) => `Name${String.fromCharCode(65 + i)}`).join(' ');
    expect(findEnglishEntities(`ข้อความ ${run} จบ`)).toEqual([]);
  });

  it('does not take a piece of a longer English phrase for a name', () => {
    expect(findEnglishEntities('ศูนย์ส่งเสริมการเลี้ยงผึ้ง (Center for Beekeeping Promotion and Research)')).toEqual([]);
  });

  it('ignores runs without a capital letter', () => {
    expect(findEnglishEntities('ดาวน์โหลดไฟล์ readme ได้ที่นี่')).toEqual([]);
  });
});
