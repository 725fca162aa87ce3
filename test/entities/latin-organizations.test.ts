import { latinOrganizations } from '../../src/entities/latin-organizations.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const found = (text: string, entities: Candidate[] = []) =>
  latinOrganizations(text, entities, boundariesOf(text)).map((e) => [e.label, e.source, e.start, e.end, text.slice(e.start, e.end)]);
const at = (text: string, part: string, label: Candidate['label']): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source: 'model' };
};

describe('latinOrganizations', () => {
  it('tags a Latin-script name after a chunk that ends with, or opens with, the kind of business it is, without the kind', () => {
    const ends = 'ผู้ร่วมก่อตั้งสตาร์ทอัพ PayNow ระดมทุนได้';
    expect(found(ends)).toEqual([['ORGANIZATION', 'pattern', 24, 30, 'PayNow']]);
    const opens = 'ค่ายมือถือจากเกาหลี KTel Mobile เปิดตัวรุ่นใหม่';
    expect(found(opens)).toEqual([['ORGANIZATION', 'pattern', 20, 31, 'KTel Mobile']]);
    // the segmenter cuts บอยกรุ๊ป into pieces: a long kind counts wherever it stands
    const glued = 'บอยกรุ๊ปวง STAR9 จากญี่ปุ่น';
    expect(found(glued)).toEqual([['ORGANIZATION', 'pattern', 11, 16, 'STAR9']]);
  });

  it('tags a Latin-script name after a verb of joining a partner, and one given after หรือ as another name of the body before', () => {
    const partner = 'ธนาคารออมใจ จับมือRidePal ส่วนสหกรณ์ร่วมมือกับ Agri Hub เปิดตลาด';
    expect(found(partner).map((e) => e[4])).toEqual(['RidePal', 'Agri Hub']);
    const text = 'บริษัท สยามพลังงาน จำกัด (มหาชน) หรือ SPE รายงานกำไร ขณะที่ผู้ประกอบการ หรือ SME ขาดทุน';
    expect(found(text, [at(text, 'บริษัท สยามพลังงาน จำกัด (มหาชน)', 'ORGANIZATION')]).map((e) => e[4])).toEqual(['บริษัท สยามพลังงาน จำกัด (มหาชน)', 'SPE']);
  });

  it('tags a club after สโมสร, and no letter alone after a kind', () => {
    const text = 'เขาย้ายไปสโมสรKawasaki Frontaleในเจลีก ส่วนค่าย B ยังเงียบ';
    expect(found(text).map((e) => e[4])).toEqual(['Kawasaki Frontale']);
  });

  it('leaves a person after a partnering verb, and a number a space after a name out of it', () => {
    const text = 'นายกฯ ร่วมมือกับ John Smith และองค์การอนามัยโลก หรือ WHO 3) ผลการตรวจ';
    const entities = [at(text, 'John Smith', 'PERSON'), at(text, 'องค์การอนามัยโลก', 'ORGANIZATION')];
    expect(found(text, entities).map((e) => [e[0], e[4]])).toEqual([
      ['PERSON', 'John Smith'],
      ['ORGANIZATION', 'องค์การอนามัยโลก'],
      ['ORGANIZATION', 'WHO'],
    ]);
  });

  it('tags a Latin-script name glued to the kind, without the Thai glued after it, and cuts the kind off the model’s organisation', () => {
    const band = 'แฟนคลับของวงSTAR9มารอต้อนรับ';
    expect(found(band)).toEqual([['ORGANIZATION', 'pattern', 12, 17, 'STAR9']]);
    const maker = 'ค่ายรถยนต์ไฟฟ้าVoltaจากจีนเปิดโรงงาน';
    expect(found(maker)).toEqual([['ORGANIZATION', 'pattern', 15, 20, 'Volta']]);
    const label = 'ค่ายNOVA Music ยืนยันข่าว';
    expect(found(label, [at(label, 'ค่ายNOVA Music', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'model', 4, 14, 'NOVA Music']]);
    // glued to a word that is no kind: nothing
    expect(found('ผู้ใช้Android ทั่วโลก')).toEqual([]);
  });

  it('cuts a kind standing before the name off the model’s organisation, and gives it the whole name', () => {
    const band = 'วง Paper Lanterns ขึ้นแสดงคืนนี้';
    expect(found(band, [at(band, 'วง Paper', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'model', 3, 17, 'Paper Lanterns']]);
  });

  it('tags a Latin-script name listed after a Latin-script organisation', () => {
    const text = 'ดูย้อนหลังได้ทาง Netflix และ ViewOn';
    const netflix = at(text, 'Netflix', 'ORGANIZATION');
    expect(found(text, [netflix])).toEqual([
      ['ORGANIZATION', 'model', 17, 24, 'Netflix'],
      ['ORGANIZATION', 'pattern', 29, 35, 'ViewOn'],
    ]);
    // listed after something that is no organisation: nothing
    const product = 'ใช้ได้ทั้ง Android และ HarmonyOS';
    expect(found(product)).toEqual([]);
  });

  it('takes the place of an entity inside the name and of a kind the model tagged alone, not of one across its edge', () => {
    const text = 'เกิร์ลกรุ๊ป Sunny Days จัดคอนเสิร์ต';
    expect(found(text, [at(text, 'เกิร์ลกรุ๊ป', 'PERSON'), at(text, 'Sunny', 'PERSON')])).toEqual([['ORGANIZATION', 'pattern', 12, 22, 'Sunny Days']]);
    const across = at(text, 'Sunny Days จัด', 'PERSON');
    expect(found(text, [across])).toEqual([['PERSON', 'model', 12, 26, 'Sunny Days จัด']]);
  });

  it('tags a Latin-script name after a post in a business, glued, through ของ or แห่ง, or a space after it', () => {
    const glued = 'Anna Berg ผู้บริหารNordlight คาดว่ายอดขายจะโต';
    expect(found(glued)).toEqual([['ORGANIZATION', 'pattern', 19, 28, 'Nordlight']]);
    const through = 'นายทอม ซีอีโอของKestrel Motors GmbH เผยว่า';
    expect(found(through).map((e) => e[4])).toEqual(['Kestrel Motors GmbH']);
    const spaced = 'ผู้ก่อตั้ง RiceBox เล่าว่า';
    expect(found(spaced).map((e) => e[4])).toEqual(['RiceBox']);
  });

  it('leaves a person found after a post in a business, whom the post names', () => {
    const text = 'ผู้บริหาร Mr.Hiro Sato เดินทางมาถึง';
    expect(found(text, [at(text, 'Mr.Hiro Sato', 'PERSON')])).toEqual([['PERSON', 'model', 10, 22, 'Mr.Hiro Sato']]);
  });

  it('leaves a kind inside a longer word, a long clause, a phrase going on in small letters and names after other words', () => {
    for (const text of [
      'ค่ายาของ Pfizer แพงขึ้น', // ค่า|ยา, not ค่าย
      'ในวงการ KPOP ทุกวันนี้', // วงการ is no band
      'กระทรวง ICT แถลง', // a head ThaiNER keeps in the name: the model's
      'ค่ายทหารแห่งนี้ถูกใช้เป็นที่พักของผู้อพยพ Camp Nine', // a clause, not a kind and its description
      'แบรนด์ดังเปิดตัว Food truck รุ่นใหม่',
      'ผู้ใช้บริการ Shopee Mall ลดลง',
      'ทีมผู้บริหารระดับสูง Q3 ลดลง', // a post inside a longer chunk that does not end with it
    ]) {
      expect(found(text)).toEqual([]);
    }
  });
});
