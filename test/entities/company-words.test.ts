import { companyWords } from '../../src/entities/company-words.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity as at } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => companyWords(text, entities).map((e) => `${e.label}:${text.slice(e.start, e.end)}`);

describe('companyWords', () => {
  it("runs a body's name over the company's words after it, the Thai branch and จำกัด", () => {
    const text = 'ซัมซุง อิเล็กทรอนิกส์ และโตโยต้า มอเตอร์ ประเทศไทย จำกัด ร่วมกับบริษัท ไมโครซอฟท์ (ประเทศไทย) จำกัด';
    const entities = [
      at(text, 'ซัมซุง', 'ORGANIZATION'),
      at(text, 'โตโยต้า', 'ORGANIZATION'),
      at(text, 'ประเทศไทย', 'LOCATION'),
      at(text, 'บริษัท ไมโครซอฟท์', 'ORGANIZATION'),
    ];
    expect(found(text, entities)).toEqual([
      'ORGANIZATION:ซัมซุง อิเล็กทรอนิกส์',
      'ORGANIZATION:โตโยต้า มอเตอร์ ประเทศไทย จำกัด',
      'ORGANIZATION:บริษัท ไมโครซอฟท์ (ประเทศไทย) จำกัด',
    ]);
  });

  it('takes in a body the model cut short after the name', () => {
    const text = 'ฮอนด้า ออโตโมบิล (ประเทศไทย) เปิดตัวรถใหม่';
    const cut = { ...at(text, 'ออโตโมบิล (ประเทศไทย)', 'ORGANIZATION'), end: text.indexOf(')') };
    expect(found(text, [at(text, 'ฮอนด้า', 'ORGANIZATION'), cut])).toEqual(['ORGANIZATION:ฮอนด้า ออโตโมบิล (ประเทศไทย)']);
  });

  it('leaves a bare ประเทศไทย after a body that is no company, a word further on, and other labels', () => {
    const text = 'กระทรวงพาณิชย์ ประเทศไทย ลงนาม มาสด้า ปลื้มยอดจอง มอเตอร์ โชว์ นายสมชาย มอเตอร์';
    const entities = [
      at(text, 'กระทรวงพาณิชย์', 'ORGANIZATION'),
      at(text, 'ประเทศไทย', 'LOCATION'),
      at(text, 'มาสด้า', 'ORGANIZATION'),
      at(text, 'นายสมชาย', 'PERSON'),
    ];
    expect(found(text, entities)).toEqual(['ORGANIZATION:กระทรวงพาณิชย์', 'LOCATION:ประเทศไทย', 'ORGANIZATION:มาสด้า', 'PERSON:นายสมชาย']);
  });
});
