import type { Candidate } from '../../src/entities/resolve.js';
import { titledNames } from '../../src/entities/titled-names.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, titledNames(text, entities));

describe('titledNames', () => {
  it('makes a title, a given name and a surname the model called a body or a place a person', () => {
    const text = 'นายวีรวัฒน์ ทะเลนาวี ผู้อำนวยการธนาคาร และดร.สมพร กองทัพไทย กล่าว';
    const entities = [at(text, 'นายวีรวัฒน์ ทะเลนาวี', 'ORGANIZATION'), at(text, 'ดร.สมพร กองทัพไทย', 'LOCATION')];
    expect(found(text, entities)).toEqual(['PERSON:นายวีรวัฒน์ ทะเลนาวี', 'PERSON:ดร.สมพร กองทัพไทย']);
  });

  it('leaves a noun that opens with a title, a common word after the title, and longer names', () => {
    const text = 'นายจ้าง รายใหญ่ ที่นางรอง บุรีรัมย์ และนายสมชาย ใจดี จำกัด';
    const entities = [at(text, 'นายจ้าง รายใหญ่', 'ORGANIZATION'), at(text, 'นางรอง บุรีรัมย์', 'LOCATION'), at(text, 'นายสมชาย ใจดี จำกัด', 'ORGANIZATION')];
    expect(found(text, entities)).toEqual(['ORGANIZATION:นายจ้าง รายใหญ่', 'LOCATION:นางรอง บุรีรัมย์', 'ORGANIZATION:นายสมชาย ใจดี จำกัด']);
  });

  it('makes a nickname’s title glued to a nickname a person, not a word the title opens or Latin letters’ names', () => {
    const text = 'โค้ชแมว ยืนยันว่าทีมพร้อม ขณะที่จ่าหนุ่ย นำมวลชน ส่วนบิ๊กซี ลดราคา ป้ายโฆษณา ถูกรื้อ และจ่ายเงิน แล้ว';
    const entities = ['โค้ชแมว', 'จ่าหนุ่ย', 'บิ๊กซี', 'ป้ายโฆษณา', 'จ่ายเงิน'].map((part) => at(text, part, 'ORGANIZATION'));
    expect(found(text, entities)).toEqual(['PERSON:โค้ชแมว', 'PERSON:จ่าหนุ่ย', 'ORGANIZATION:บิ๊กซี', 'ORGANIZATION:ป้ายโฆษณา', 'ORGANIZATION:จ่ายเงิน']);
  });
});
