import { findEnglishEntities } from '../../src/entities/english-entities.js';

describe('findEnglishEntities', () => {
  it('finds a name that stands alone as a Latin run inside Thai text', () => {
    const text = 'ผู้สื่อข่าวสัมภาษณ์ Joe Biden ที่ทำเนียบขาว';
    const found = findEnglishEntities(text);
    expect(found.map((e) => [text.slice(e.start, e.end), e.label])).toEqual([['Joe Biden', 'PERSON']]);
  });

  it('does not take a piece of a longer English phrase for a name', () => {
    expect(findEnglishEntities('ศูนย์ส่งเสริมการเลี้ยงผึ้ง (Center for Beekeeping Promotion and Research)')).toEqual([]);
  });

  it('ignores runs without a capital letter', () => {
    expect(findEnglishEntities('ดาวน์โหลดไฟล์ readme ได้ที่นี่')).toEqual([]);
  });
});
