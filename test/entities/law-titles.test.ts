import { lawTitles } from '../../src/entities/law-titles.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, modelEntity } from './rule-inputs.js';

const laws = (text: string, entities: Candidate[] = []) => lawTitles(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('lawTitles', () => {
  it('makes an act, its title and its year one LAW, in place of the dates and what the model found inside', () => {
    const text = 'ตามพระราชบัญญัติส่งเสริมการปลูกป่าชายเลน พ.ศ. 2555 ให้อำนาจ';
    const year: Candidate = { start: text.indexOf('พ.ศ.'), end: text.indexOf('พ.ศ.') + 9, label: 'DATE', source: 'dates' };
    expect(laws(text, [modelEntity(text, 'พระราชบัญญัติส่งเสริม', 'LAW'), year])).toEqual([['LAW', 'พระราชบัญญัติส่งเสริมการปลูกป่าชายเลน พ.ศ. 2555']]);
    expect(laws('แก้ไข พ.ร.บ.การเดินรถประจำทาง (ฉบับที่ 3) พ.ศ.๒๕๖๔ แล้ว')).toEqual([['LAW', 'พ.ร.บ.การเดินรถประจำทาง (ฉบับที่ 3) พ.ศ.๒๕๖๔']]);
  });

  it('makes a constitution with its year one LAW, and an organic act from its own head', () => {
    expect(laws('ขัดต่อรัฐธรรมนูญแห่งราชอาณาจักรไทย พ.ศ. 2560 หรือไม่')).toEqual([['LAW', 'รัฐธรรมนูญแห่งราชอาณาจักรไทย พ.ศ. 2560']]);
    expect(laws('ตามพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการออกเสียงของชุมชน พ.ศ. 2563 นั้น')).toEqual([
      ['LAW', 'พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการออกเสียงของชุมชน พ.ศ. 2563'],
    ]);
  });

  it("takes a bill's ร่าง and the dots of its year to come, and a LAW the model began earlier", () => {
    expect(laws('ครม.อนุมัติร่างพระราชบัญญัติคุ้มครองนักดนตรีพื้นบ้าน พ.ศ. .... เมื่อวานนี้')).toEqual([['LAW', 'ร่างพระราชบัญญัติคุ้มครองนักดนตรีพื้นบ้าน พ.ศ. ....']]);
    const text = 'อาศัยอำนาจตามมาตรา 9 แห่งพระราชกำหนดการดูแลแม่น้ำสายหลัก พ.ศ. 2560 จึงออกประกาศ';
    expect(laws(text, [modelEntity(text, 'มาตรา 9 แห่งพระราชกำหนดการดูแล', 'LAW')])).toEqual([['LAW', 'มาตรา 9 แห่งพระราชกำหนดการดูแลแม่น้ำสายหลัก พ.ศ. 2560']]);
  });

  it('takes a bracketed year with its closing bracket', () => {
    expect(laws('แก้ไขพระราชบัญญัติสภาเกษตรกร ฉบับที่ 3 (พ.ศ. 2563) แล้ว')).toEqual([['LAW', 'พระราชบัญญัติสภาเกษตรกร ฉบับที่ 3 (พ.ศ. 2563)']]);
  });

  it('leaves a year after a sum, a day or the words of a short form', () => {
    expect(laws('ตาม พ.ร.บ. หนี้สาธารณะฯ มียอดหนี้ 1,250.5 ล้านบาท ในปีงบประมาณ พ.ศ. 2563')).toEqual([]);
    expect(laws('พระราชบัญญัติการประมงฉบับแรกใช้บังคับในวันที่ 1 เมษายน พ.ศ. 2490')).toEqual([]);
  });

  it('takes the section after the year in', () => {
    expect(laws('ผิดตาม พ.ร.บ.การขายตรง (ฉบับที่ 2) พ.ศ.2560 มาตรา 7 (3) ผู้ใด')).toEqual([['LAW', 'พ.ร.บ.การขายตรง (ฉบับที่ 2) พ.ศ.2560 มาตรา 7 (3)']]);
  });

  it('leaves a year a clause gives, an entity reaching past the year, and two acts the model ran together', () => {
    const two = 'ใช้ พ.ร.บ.ประมงน้ำจืดฯ และ พ.ร.บ.ว่าด้วยการเดินเรือ พ.ศ.2560 แทน';
    const both = modelEntity(two, 'พ.ร.บ.ประมงน้ำจืดฯ และ พ.ร.บ.ว่าด้วย', 'LAW');
    expect(laws(two, [both])).toEqual([['LAW', 'พ.ร.บ.ประมงน้ำจืดฯ และ พ.ร.บ.ว่าด้วย']]);
    expect(laws('พ.ร.บ.ฉบับนี้ ซึ่งประกาศใช้เมื่อ พ.ศ. 2560 ยังไม่ถูกแก้')).toEqual([]);
    const text = 'ตามพ.ร.บ.การประมงทะเล พ.ศ. 2558 มาตรา 12 ระบุว่า';
    const whole = modelEntity(text, 'พ.ร.บ.การประมงทะเล พ.ศ. 2558 มาตรา 12', 'LAW');
    expect(laws(text, [whole])).toEqual([['LAW', 'พ.ร.บ.การประมงทะเล พ.ศ. 2558 มาตรา 12']]);
    const person = modelEntity('นายพรบ.ชัยดี พ.ศ. 2540', 'นายพรบ.ชัยดี', 'PERSON');
    expect(laws('นายพรบ.ชัยดี พ.ศ. 2540', [person])).toEqual([['PERSON', 'นายพรบ.ชัยดี']]);
  });

  it('runs a LAW that ends with a nominaliser glued to more letters to the end of its chunk', () => {
    const text = 'ร่างพ.ร.บ.การคุ้มครองสัตว์ป่าชายฝั่ง จะเข้าสภา';
    expect(laws(text, [modelEntity(text, 'ร่างพ.ร.บ.การ', 'LAW')])).toEqual([['LAW', 'ร่างพ.ร.บ.การคุ้มครองสัตว์ป่าชายฝั่ง']]);
    const inside = 'พ.ร.บ.ความปลอดภัยภาคใต้ ผ่านแล้ว';
    expect(
      laws(
        inside,
        [modelEntity(inside, 'พ.ร.บ.ความ', 'LAW'), modelEntity(inside, 'ภาคใต้', 'LOCATION')].sort((a, b) => a.start - b.start),
      ),
    ).toEqual([['LAW', 'พ.ร.บ.ความปลอดภัยภาคใต้']]);
    const clause = 'ร่างพ.ร.บ.การรักษาความมั่นคงไซเบอร์ไม่ได้กำหนดวันใช้';
    expect(laws(clause, [modelEntity(clause, 'ร่างพ.ร.บ.การ', 'LAW')])).toEqual([['LAW', 'ร่างพ.ร.บ.การรักษาความมั่นคงไซเบอร์']]);
    const word = 'ใช้พระราชบัญญัติระเบียบข้าราชการพลเรือนฉบับแรก';
    expect(laws(word, [modelEntity(word, 'พระราชบัญญัติระเบียบข้าราชการ', 'LAW')])).toEqual([['LAW', 'พระราชบัญญัติระเบียบข้าราชการ']]);
    const done = 'ใช้พ.ร.บ.คุ้มครองแรงงาน ต่อไป';
    expect(laws(done, [modelEntity(done, 'พ.ร.บ.คุ้มครองแรงงาน', 'LAW')])).toEqual([['LAW', 'พ.ร.บ.คุ้มครองแรงงาน']]);
  });
});
