import { princelyRanks } from '../../src/entities/princely-ranks.js';
import type { Candidate } from '../../src/entities/candidate.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, princelyRanks(text, entities));

describe('princelyRanks', () => {
  it('joins a princess’s rank and name the model called a building to her titles before them', () => {
    const text = 'สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี เสด็จเปิดอาคาร';
    const entities = [at(text, 'สมเด็จพระกนิษฐาธิราชเจ้า', 'PERSON'), at(text, 'กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี', 'FACILITY')];
    expect(found(text, entities)).toEqual(['PERSON:สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี']);
  });

  it('makes a rank and name alone a PERSON, not joined across a word or to a place', () => {
    const text = 'ในวโรกาสที่ กรมหลวงนราธิวาสราชนครินทร์ เสด็จ จังหวัดเชียงราย กรมหมื่นสุทธนารีนาถ';
    const entities = [at(text, 'กรมหลวงนราธิวาสราชนครินทร์', 'ORGANIZATION'), at(text, 'จังหวัดเชียงราย', 'LOCATION'), at(text, 'กรมหมื่นสุทธนารีนาถ', 'FACILITY')];
    expect(found(text, entities)).toEqual(['PERSON:กรมหลวงนราธิวาสราชนครินทร์', 'LOCATION:จังหวัดเชียงราย', 'PERSON:กรมหมื่นสุทธนารีนาถ']);
  });

  it('makes a name opening with a royal title a PERSON, not a building named after a royal', () => {
    const text = 'รับเข็มพระราชทานจากสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี ที่ลานเฉลิมพระเกียรติสมเด็จพระเทพรัตนราชสุดาฯ';
    const entities = [at(text, 'สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี', 'FACILITY'), at(text, 'ลานเฉลิมพระเกียรติสมเด็จพระเทพรัตนราชสุดาฯ', 'FACILITY')];
    expect(found(text, entities)).toEqual(['PERSON:สมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี', 'FACILITY:ลานเฉลิมพระเกียรติสมเด็จพระเทพรัตนราชสุดาฯ']);
  });

  it('leaves departments, whose names open with no rank, to the other rules', () => {
    const text = 'กรมพระธรรมนูญ และกรมอุตุนิยมวิทยา';
    const entities = [at(text, 'กรมพระธรรมนูญ', 'FACILITY'), at(text, 'กรมอุตุนิยมวิทยา', 'LOCATION')];
    expect(found(text, entities)).toEqual(['FACILITY:กรมพระธรรมนูญ', 'LOCATION:กรมอุตุนิยมวิทยา']);
  });
});
