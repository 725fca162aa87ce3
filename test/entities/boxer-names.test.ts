import { boxerNames } from '../../src/entities/boxer-names.js';
import { Gazetteer } from '../../src/entities/gazetteer.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const gazetteer = Gazetteer.load();
const at = (text: string, part: string, label: Candidate['label'], source: Candidate['source'] = 'model'): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source };
};
const found = (text: string, entities: Candidate[] = []) =>
  boxerNames(text, entities, gazetteer, boundariesOf(text)).map((e) => [e.label, e.source, text.slice(e.start, e.end)]);

describe('boxerNames', () => {
  it('reads a ring name with its camp in boxing news as one person, in place of the model’s place', () => {
    const text = 'ศึกมวยคืนนี้ เพชรมงคล ต.เทพสุทิน พบ ยอดสิงห์ ศ.เจริญชัย';
    expect(found(text, [at(text, 'ต.เทพสุทิน', 'LOCATION')])).toEqual([
      ['PERSON', 'pattern', 'เพชรมงคล ต.เทพสุทิน'],
      ['PERSON', 'pattern', 'ยอดสิงห์ ศ.เจริญชัย'],
    ]);
  });

  it('reads a pupil’s name (ศิษย์ and the camp or the teacher) in boxing and snooker news, not an alumnus', () => {
    const boxing = 'ศึกมวยไทยคืนนี้ แสนชัย ศิษย์ครูแดง ชนะน็อกยกสอง';
    expect(found(boxing)).toEqual([['PERSON', 'pattern', 'แสนชัย ศิษย์ครูแดง']]);
    const snooker = '“หนุ่ม ศิษย์บางปู” นักสนุกเกอร์ทีมชาติไทยผ่านเข้ารอบ';
    expect(found(snooker)).toEqual([['PERSON', 'pattern', 'หนุ่ม ศิษย์บางปู']]);
    expect(found('นักมวยรุ่นพี่ ศิษย์เก่าของค่ายมาให้กำลังใจ')).toEqual([]);
    expect(found('ครูสอนดนตรี ศิษย์ครูแดง มาแสดงในงาน')).toEqual([]);
  });

  it('leaves out a word glued before the ring name', () => {
    const text = 'คู่เอกเป็นการพบกันระหว่างก้องฟ้า ส.สมพงษ์ กับนักมวยญี่ปุ่น';
    expect(found(text, [at(text, 'ส.สมพงษ์', 'PERSON')])).toEqual([['PERSON', 'pattern', 'ก้องฟ้า ส.สมพงษ์']]);
    // glued to another word, the name has no edge to go by
    const other = 'คืนนี้คู่ชกบัวขาว ป.ประมุข ขึ้นเวทีมวย';
    expect(found(other)).toEqual([]);
  });

  it('reads none outside boxing news, before a known place, after a function word or a place’s head word', () => {
    const fight = 'เกิดเหตุชกต่อยกันที่ หมู่บ้านสุขใจ ต.หนองหอย';
    expect(found(fight)).toEqual([]);
    const boxing = 'นักมวยเดินทางไป อ.เมือง จ.เชียงใหม่ และ ต.หนองหอย ก่อนขึ้นชก';
    expect(found(boxing)).toEqual([]);
    const address = 'ค่ายมวยตั้งอยู่ที่ หมู่บ้านสุขใจ ต.หนองหอย';
    expect(found(address)).toEqual([]);
  });

  it('leaves an entity that is no model name, or one reaching past the ring name', () => {
    const text = 'คืนนี้ บัวขาว ป.ประมุข ขึ้นเวทีมวย';
    expect(found(text, [at(text, 'คืนนี้ บัวขาว', 'TIME')])).toEqual([['TIME', 'model', 'คืนนี้ บัวขาว']]);
    expect(found(text, [at(text, 'บัวขาว ป.ประมุข ขึ้น', 'PERSON')])).toEqual([['PERSON', 'model', 'บัวขาว ป.ประมุข ขึ้น']]);
  });
});
