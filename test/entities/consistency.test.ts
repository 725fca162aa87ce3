import { agreeWithinDocument } from '../../src/entities/consistency.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, labelled } from './rule-inputs.js';

/** Token boundaries of a BMP text (code points = UTF-16 offsets). */
const at = (text: string, part: string, label: Candidate['label'], from = 0): Candidate => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, label, source: 'model' };
};

describe('agreeWithinDocument', () => {
  it('finds a titled person again where the document drops the title', () => {
    const text = 'นายธีระ วงศ์ประเสริฐ เดินทางถึงที่ประชุม ต่อมาธีระ วงศ์ประเสริฐ กล่าวว่า ธีระ จะลงพื้นที่';
    const entities = agreeWithinDocument(text, [at(text, 'นายธีระ วงศ์ประเสริฐ', 'PERSON')], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['PERSON:นายธีระ วงศ์ประเสริฐ', 'PERSON:ธีระ วงศ์ประเสริฐ', 'PERSON:ธีระ']);
  });

  it('looks for no pronoun again, whatever the model made of one', () => {
    // `นาย|เขา ทำให้ถูกต้อง` (a man, he set it right), which the model took for a title and a name
    const text = 'ให้นายเขา ทำให้ถูกต้อง แล้ว เขา จะได้ไม่เดือดร้อน';
    const entities = agreeWithinDocument(text, [at(text, 'นายเขา ทำให้ถูกต้อง', 'PERSON')], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['PERSON:นายเขา ทำให้ถูกต้อง']);
  });

  it('ends a person the model stopped inside a name the document gives whole at the end of that name', () => {
    const text = 'นายกิตติพัทธ์ ศรีสวัสดิ์ ลงพื้นที่ ต่อมากิตติพัทธ์มาถึงที่ว่าการอำเภอ';
    const second = text.indexOf('กิตติพัทธ์มา');
    const cut: Candidate = { start: second, end: second + 'กิตติ'.length, label: 'PERSON', source: 'model' };
    const entities = agreeWithinDocument(text, [at(text, 'นายกิตติพัทธ์ ศรีสวัสดิ์', 'PERSON'), cut], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['PERSON:นายกิตติพัทธ์ ศรีสวัสดิ์', 'PERSON:กิตติพัทธ์']);
    expect(entities[1].start).toBe(second);
    // never over the entity after it
    const before: Candidate = { start: second, end: second + 'กิตติ'.length, label: 'PERSON', source: 'model' };
    const next: Candidate = { start: second + 'กิตติ'.length + 1, end: second + 'กิตติพัทธ์มา'.length, label: 'ORGANIZATION', source: 'model' };
    const kept = agreeWithinDocument(text, [at(text, 'นายกิตติพัทธ์ ศรีสวัสดิ์', 'PERSON'), before, next], boundariesOf(text));
    expect(kept[1].end).toBe(second + 'กิตติ'.length);
  });

  it('looks for no common word the model took for a titled name alone, but for a titled given name with a surname', () => {
    const text = 'คณะกรรมการจัดสร้างพระเมรุมาศ ตรวจงานเมรุมาศ แล้วนายสมศักดิ์ ใจดี ชี้แจง สมศักดิ์ ยืนยันว่าเมรุมาศ เสร็จทัน';
    const entities = agreeWithinDocument(text, [at(text, 'พระเมรุมาศ', 'PERSON'), at(text, 'นายสมศักดิ์ ใจดี', 'PERSON')], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['PERSON:พระเมรุมาศ', 'PERSON:นายสมศักดิ์ ใจดี', 'PERSON:สมศักดิ์']);
  });

  it('finds a given name that is a common word again where it stands apart, not inside the words around it', () => {
    const text = 'นายสามารถ ใจดี ลงพื้นที่ โดยสามารถ กล่าวว่า ประชาชนจะสามารถรับเงินได้ และ “สามารถ” ยืนยัน';
    const entities = agreeWithinDocument(text, [at(text, 'นายสามารถ ใจดี', 'PERSON')], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['PERSON:นายสามารถ ใจดี', 'PERSON:สามารถ', 'PERSON:สามารถ']);
    const found = entities.map((e) => e.start);
    // the second mention (glued after โดย, a space after it) is a person; the one inside จะ|สามารถ|รับ is not
    expect(found).toEqual([0, text.indexOf('สามารถ กล่าว'), text.indexOf('“สามารถ”') + 1]);
  });

  it('finds names given from elsewhere (a foreign person’s surname) alone, and relabels them', () => {
    const text = 'มาร์โค ตอร์เรสซี ทำสองประตู หลังเกม ตอร์เรสซี กล่าวว่า ทีมเล่นดี ส่วนตอร์เรสซี จะพักสองนัด';
    const entities = agreeWithinDocument(
      text,
      [{ ...at(text, 'มาร์โค ตอร์เรสซี', 'PERSON'), source: 'pattern' }, at(text, 'ตอร์เรสซี', 'LOCATION', 20)],
      boundariesOf(text),
      ['มาร์โค ตอร์เรสซี', 'ตอร์เรสซี'],
    );
    expect(labelled(text, entities)).toEqual(['PERSON:มาร์โค ตอร์เรสซี', 'PERSON:ตอร์เรสซี', 'PERSON:ตอร์เรสซี']);
  });

  it('finds a quoted nickname and the given name of an untitled name it knows again, not a common word nor a word the model took for a given name', () => {
    const text = 'พระเอก “ต้นกล้า” ภูริต ศรีสวัสดิ์ ควงสมชาย ทองมา ขณะที่ต้นกล้าโพสต์ขอบคุณ และสมชาย ยิ้ม ล่าสุด ชัยยุทธ ยืนยัน ล่าสุด ทุกคนพร้อม “ต่อ” วิชัย ใจดี ก็มา แล้วทำงานต่อ ทันที';
    const entities = agreeWithinDocument(
      text,
      [
        at(text, 'ต้นกล้า', 'PERSON'),
        at(text, 'ภูริต ศรีสวัสดิ์', 'PERSON'),
        at(text, 'สมชาย ทองมา', 'PERSON'),
        at(text, 'ล่าสุด ชัยยุทธ', 'PERSON'),
        at(text, 'ต่อ', 'PERSON'),
        at(text, 'วิชัย ใจดี', 'PERSON'),
      ],
      boundariesOf(text),
    );
    expect(labelled(text, entities)).toEqual([
      'PERSON:ต้นกล้า',
      'PERSON:ภูริต ศรีสวัสดิ์',
      'PERSON:สมชาย ทองมา',
      'PERSON:ต้นกล้า',
      'PERSON:สมชาย',
      'PERSON:ล่าสุด ชัยยุทธ',
      'PERSON:ต่อ',
      'PERSON:วิชัย ใจดี',
    ]);
  });

  it('cuts no PERSON down to an untitled name, and takes no quoted word beside a one-word PERSON for a nickname', () => {
    const text = 'ด้านแพทย์หญิงสมชาย ทองมา กล่าว ส่วนสมชาย ทองมา ยิ้ม งาน “ซีเล็ค” “วีเมน” จัดที่ ซีเล็ค ทุกปี';
    const entities = agreeWithinDocument(
      text,
      [at(text, 'แพทย์หญิงสมชาย ทองมา', 'PERSON'), at(text, 'สมชาย ทองมา', 'PERSON', 30), at(text, 'ซีเล็ค', 'PERSON'), at(text, 'วีเมน', 'PERSON')],
      boundariesOf(text),
    );
    expect(labelled(text, entities)).toEqual(['PERSON:แพทย์หญิงสมชาย ทองมา', 'PERSON:สมชาย ทองมา', 'PERSON:ซีเล็ค', 'PERSON:วีเมน']);
  });

  it('cuts a PERSON down to a titled name it ends with', () => {
    const text = 'นายก้องภพ ศรีเมือง ถึงที่ประชุม ต่อมา ก้องภพ ศรีเมือง ได้ลงพื้นที่ จากนั้นก้องภพ กล่าวว่า';
    const entities = agreeWithinDocument(
      text,
      [at(text, 'นายก้องภพ ศรีเมือง', 'PERSON'), at(text, 'ต่อมา ก้องภพ ศรีเมือง', 'PERSON'), at(text, 'จากนั้นก้องภพ', 'PERSON')],
      boundariesOf(text),
    );
    expect(entities.map((e) => [e.start, e.end, text.slice(e.start, e.end)])).toEqual([
      [0, 18, 'นายก้องภพ ศรีเมือง'],
      [38, 53, 'ก้องภพ ศรีเมือง'],
      [74, 80, 'ก้องภพ'],
    ]);
  });

  it('ends a body the model ran into a verb glued after it where the document names the body alone, not a longer name', () => {
    const text = 'การท่าเรือ ขึ้นนำก่อน แต่การท่าเรือบุกต่อ และการท่าเรือเก็บชัย ส่วนการไฟฟ้า กับการไฟฟ้าส่วนภูมิภาค และสำนักงานซี กับสำนักงานซีมีโอ';
    const entities = agreeWithinDocument(
      text,
      [
        at(text, 'การท่าเรือ', 'ORGANIZATION'),
        at(text, 'การท่าเรือบุก', 'ORGANIZATION'),
        at(text, 'การท่าเรือเก็บ', 'ORGANIZATION'),
        at(text, 'การไฟฟ้า', 'ORGANIZATION', text.indexOf('ส่วนการ')),
        at(text, 'การไฟฟ้าส่วนภูมิภาค', 'ORGANIZATION'),
        at(text, 'สำนักงานซี', 'ORGANIZATION'),
        at(text, 'สำนักงานซีมีโอ', 'ORGANIZATION'),
      ],
      boundariesOf(text),
    );
    expect(labelled(text, entities)).toEqual([
      'ORGANIZATION:การท่าเรือ',
      'ORGANIZATION:การท่าเรือ',
      'ORGANIZATION:การท่าเรือ',
      'ORGANIZATION:การไฟฟ้า',
      'ORGANIZATION:การไฟฟ้าส่วนภูมิภาค',
      'ORGANIZATION:สำนักงานซี',
      'ORGANIZATION:สำนักงานซีมีโอ',
    ]);
  });

  it('turns another label on the same name into PERSON', () => {
    const text = 'นางสาวมาลี ทองคำ ให้สัมภาษณ์ ส่วนมาลี ทองคำ ไม่ตอบคำถาม';
    const entities = agreeWithinDocument(text, [at(text, 'นางสาวมาลี ทองคำ', 'PERSON'), at(text, 'มาลี ทองคำ', 'ORGANIZATION', 20)], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['PERSON:นางสาวมาลี ทองคำ', 'PERSON:มาลี ทองคำ']);
  });

  it('gives one label to a text called a person in one place and a place in another', () => {
    const text = 'ทีมจากเวโรนา มาแข่งที่นี่ และเวโรนา ชนะ';
    const entities = agreeWithinDocument(text, [at(text, 'เวโรนา', 'LOCATION'), at(text, 'เวโรนา', 'PERSON', 15)], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['LOCATION:เวโรนา', 'LOCATION:เวโรนา']);
  });

  it('leaves a name labelled by its role alone: an organisation here, a place there', () => {
    const text = 'อาเซียนประชุมกัน ประเทศในอาเซียนตกลงร่วมกัน';
    const entities = agreeWithinDocument(text, [at(text, 'อาเซียน', 'ORGANIZATION'), at(text, 'อาเซียน', 'LOCATION', 10)], boundariesOf(text));
    expect(labelled(text, entities)).toEqual(['ORGANIZATION:อาเซียน', 'LOCATION:อาเซียน']);
  });
});
