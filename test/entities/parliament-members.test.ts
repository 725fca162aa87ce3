import { Gazetteer } from '../../src/entities/gazetteer.js';
import { parliamentMembers } from '../../src/entities/parliament-members.js';
import { boundariesOf, labelled, modelEntity } from './rule-inputs.js';

const gazetteer = Gazetteer.load();
/** The rule's entities for the model's ORGANIZATIONs over `parts` of `text`. */
const members = (text: string, parts: string[]) =>
  labelled(
    text,
    parliamentMembers(
      text,
      parts.map((part) => modelEntity(text, part, 'ORGANIZATION')),
      gazetteer,
      boundariesOf(text),
    ),
  );

describe('parliamentMembers', () => {
  it('takes no members of parliament with their seat or side for a body, and keeps a province in the seat a place', () => {
    expect(members('นางสาวมาลี ดีงาม สส.บัญชีรายชื่อ อภิปรายว่า', ['สส.บัญชีรายชื่อ'])).toEqual([]);
    expect(members('นายสมชาย ใจดี สส.เขต 3 จ.ขอนแก่น', ['สส.เขต 3'])).toEqual([]);
    expect(members('สส.พรรคก้าวหน้าไทย ลงมติ', ['สส.', 'พรรคก้าวหน้าไทย'])).toEqual(['ORGANIZATION:พรรคก้าวหน้าไทย']);
    expect(members('บรรดา สส. ฝ่ายค้าน ไม่เห็นด้วย', ['สส.'])).toEqual([]);
    expect(members('อดีตสส.เชียงใหม่ ลงพื้นที่', ['สส.เชียงใหม่'])).toEqual(['LOCATION:เชียงใหม่']);
  });

  it('takes senators and councillors with their group or seat for no body either', () => {
    expect(members('นายสมหมาย สว.กลุ่มเกษตรกร กล่าวว่า', ['สว.กลุ่มเกษตรกร'])).toEqual([]);
    expect(members('สจ.ขอนแก่น เขต 2 ลาออก', ['สจ.ขอนแก่น'])).toEqual(['LOCATION:ขอนแก่น']);
  });

  it('keeps the armed forces’ short forms, a longer short form and one defined in parentheses', () => {
    expect(members('ผบ.สส. สั่งการ', ['ผบ.สส.'])).toEqual(['ORGANIZATION:ผบ.สส.']);
    expect(members('สสส. ร่วมกับพรรคการเมือง', ['สสส.'])).toEqual(['ORGANIZATION:สสส.']);
    expect(members('สำนักงานสิ่งแวดล้อม (สส.) พรรคการเมือง', ['สส.'])).toEqual(['ORGANIZATION:สส.']);
    // no seat or side after it: left as the model has it
    expect(members('ที่ประชุม สส. มีมติ', ['สส.'])).toEqual(['ORGANIZATION:สส.']);
  });
});
