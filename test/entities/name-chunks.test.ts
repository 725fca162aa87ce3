import { wholeNameChunks } from '../../src/entities/name-chunks.js';
import { boundariesOf, labelled, modelEntity } from './rule-inputs.js';

/** The rule's entities for the model's PERSON over `part` of `text`, with other entities of the model after it. */
const rule = (text: string, part: string, others: [string, 'PERSON' | 'ORGANIZATION' | 'LOCATION'][] = []) =>
  labelled(text, wholeNameChunks(text, [modelEntity(text, part, 'PERSON'), ...others.map(([o, label]) => modelEntity(text, o, label))], boundariesOf(text)));

describe('wholeNameChunks', () => {
  it('ends a surname or a transliteration the model ended inside a word at the end of that word', () => {
    expect(rule('ภาพโดย ธนพร จันทร์ห้างหว้า ทีมข่าว', 'ธนพร จันทร์')).toEqual(['PERSON:ธนพร จันทร์ห้างหว้า']);
    expect(rule('เป๊ป กวาร์ดิโอล่า ผู้จัดการทีมแมนซิตี้ กล่าวว่า', 'เป๊ป กวาร์ดิ')).toEqual(['PERSON:เป๊ป กวาร์ดิโอล่า']);
    // a hyphen joins the two parts of a surname
    expect(rule('ให้การต้อนรับ นายโมริทซ์ ไคลเนอ-บรอคฮอฟ ผู้แทน', 'นายโมริทซ์ ไคล')).toEqual(['PERSON:นายโมริทซ์ ไคลเนอ-บรอคฮอฟ']);
  });

  it('starts a name the model started inside a given name the lists know at the start of that name', () => {
    expect(rule('มิเกล อาร์เตต้า ยอมรับว่าทีมเล่นไม่ดี', 'เกล อาร์เตต้า')).toEqual(['PERSON:มิเกล อาร์เตต้า']);
    // a verb glued before a name makes no given name with it
    expect(rule('ที่ประชุมแต่งตั้งสมชาย ใจดี เป็นประธาน', 'สมชาย ใจดี')).toEqual(['PERSON:สมชาย ใจดี']);
  });

  it('leaves out a verb, a particle, a reign, dictionary words or a clause glued after the name, and a name of one chunk', () => {
    expect(rule('นายสมชาย ใจดีกล่าวว่า พร้อมแล้ว', 'นายสมชาย ใจดี')).toEqual(['PERSON:นายสมชาย ใจดี']);
    expect(rule('ขอขอบคุณนายสมชาย ใจดีด้วย', 'นายสมชาย ใจดี')).toEqual(['PERSON:นายสมชาย ใจดี']);
    expect(rule('พระบาทสมเด็จพระเจ้าอยู่หัว บดินทรเทพยวรางกูรรัชกาลที่ 10', 'พระบาทสมเด็จพระเจ้าอยู่หัว บดินทรเทพยวรางกูร')).toEqual([
      'PERSON:พระบาทสมเด็จพระเจ้าอยู่หัว บดินทรเทพยวรางกูร',
    ]);
    expect(rule('นายสมชาย ใจดีเดินทางไปตรวจเยี่ยมพื้นที่', 'นายสมชาย ใจดี')).toEqual(['PERSON:นายสมชาย ใจดี']);
    expect(rule('นายสมชาย ใจดีเดินทาง ไปตรวจ', 'นายสมชาย ใจดี')).toEqual(['PERSON:นายสมชาย ใจดี']);
    expect(rule('นางสาวสุดา รักไทยมอบ เงินช่วยเหลือ', 'นางสาวสุดา รักไทย')).toEqual(['PERSON:นางสาวสุดา รักไทย']);
    expect(rule('เป๊ปกวาร์ดิโอล่า ผู้จัดการทีม', 'เป๊ปกวาร์ดิ')).toEqual(['PERSON:เป๊ปกวาร์ดิ']);
  });

  it('reaches into no other entity', () => {
    expect(rule('ภาพโดย ธนพร จันทร์ห้างหว้า', 'ธนพร จันทร์', [['ห้างหว้า', 'ORGANIZATION']])).toEqual(['PERSON:ธนพร จันทร์', 'ORGANIZATION:ห้างหว้า']);
  });
});
