import { createPipeline } from '../../src/index.js';
import { addAcronymEntities } from '../../src/entities/acronym-entities.js';
import type { Entity, Parenthetical } from '../../src/document/types.js';

const pipeline = createPipeline({ name: 'acronyms-test', stages: ['decode', 'segment', 'parentheticals', 'entities'] });

async function entitiesOf(text: string): Promise<[string, number, number, string, string, string?][]> {
  const doc = await pipeline.process({ text });
  return doc.entities!.map((e) => (e.id ? [e.label, e.start, e.end, e.text, e.source, e.id] : [e.label, e.start, e.end, e.text, e.source]));
}

/** A Thai name with its short form in the parenthesis after it, a space between, at `start`. */
const definition = (start: number, name: string, short: string): Parenthetical => ({
  start,
  end: start + name.length + short.length + 3,
  text: `${name} (${short})`,
  pattern: 'EN:ACR',
  thai: { start, end: start + name.length, text: name },
  acronym: { start: start + name.length + 2, end: start + name.length + 2 + short.length, text: short },
});

describe('short forms as entities', () => {
  it('gives a defined Thai short form, its full name and its later mentions the table id', async () => {
    const found = await entitiesOf('คณะกรรมการการเลือกตั้ง (กกต.) ออกประกาศเมื่อเช้านี้ และ กกต. จะชี้แจงต่อสภา');
    const ect = found.filter((e) => e[5] === 'th-org:ECT').map((e) => [e[1], e[2], e[3]]);
    expect(ect).toEqual([
      [0, 22, 'คณะกรรมการการเลือกตั้ง'],
      [24, 28, 'กกต.'],
      [56, 60, 'กกต.'],
    ]);
  });

  it('makes the short form a body defines in the parenthesis after its name a body, where nothing covers it', () => {
    const text = 'กรมป้องกันภัยทางทะเล (MDPA) แถลง และโครงการเรือสะอาด (CSP) เริ่มแล้ว';
    const body: Entity = { start: 0, end: 20, text: 'กรมป้องกันภัยทางทะเล', label: 'ORGANIZATION', source: 'model' };
    const parentheticals = [definition(0, 'กรมป้องกันภัยทางทะเล', 'MDPA'), definition(text.indexOf('โครงการ'), 'โครงการเรือสะอาด', 'CSP')];
    expect(addAcronymEntities([body], text, parentheticals, [])).toEqual([
      body,
      { start: 22, end: 26, text: 'MDPA', label: 'ORGANIZATION', source: 'acronym' },
    ]);
  });

  it('gives the short form the name defines the id of the name, and adds none where an entity overlaps it', () => {
    const text = 'กรมทดสอบระบบ (DTS) แถลง และกองทุนสมมุติ (KTS) เปิดรับ';
    const department: Entity = { start: 0, end: 12, text: 'กรมทดสอบระบบ', label: 'ORGANIZATION', source: 'model', id: 'test:DTS' };
    const fundStart = text.indexOf('กองทุน');
    const fund: Entity = { start: fundStart, end: fundStart + 12, text: 'กองทุนสมมุติ', label: 'ORGANIZATION', source: 'model' };
    // the model took the fund's short form with its parenthesis as a body of its own
    const over: Entity = { start: fundStart + 13, end: fundStart + 18, text: '(KTS)', label: 'ORGANIZATION', source: 'model' };
    const parentheticals = [definition(0, 'กรมทดสอบระบบ', 'DTS'), definition(fundStart, 'กองทุนสมมุติ', 'KTS')];
    expect(addAcronymEntities([department, fund, over], text, parentheticals, [])).toEqual([
      department,
      { start: 14, end: 17, text: 'DTS', label: 'ORGANIZATION', source: 'acronym', id: 'test:DTS' },
      fund,
      over,
    ]);
  });

  it('gives a defined short form of the table and its full name the table id when the short form does not come again', () => {
    const text = 'โดยธนาคารอาคารสงเคราะห์ (ธอส.) ลดดอกเบี้ยเงินกู้';
    const bank: Entity = { start: 3, end: 23, text: 'ธนาคารอาคารสงเคราะห์', label: 'ORGANIZATION', source: 'model' };
    const short: Entity = { start: 25, end: 29, text: 'ธอส.', label: 'ORGANIZATION', source: 'model' };
    const parenthetical: Parenthetical = {
      start: 3,
      end: 30,
      text: 'ธนาคารอาคารสงเคราะห์ (ธอส.)',
      pattern: 'TH-ACR',
      thai: { start: 3, end: 23, text: 'ธนาคารอาคารสงเคราะห์' },
      acronym: { start: 25, end: 29, text: 'ธอส.' },
    };
    expect(addAcronymEntities([bank, short], text, [parenthetical], [])).toEqual([
      { ...bank, id: 'th-org:GHB' },
      { ...short, id: 'th-org:GHB' },
    ]);
  });

  it('names a common short form of the table that the model tagged, and adds none the model left out', () => {
    const text = 'ที่ประชุม ครม. วันนี้ และ ธปท. แจ้งว่า';
    const bank: Entity = { start: 26, end: 30, text: 'ธปท.', label: 'ORGANIZATION', source: 'model' };
    expect(addAcronymEntities([bank], text, [], [])).toEqual([{ ...bank, id: 'th-org:BOT' }]);
  });

  it('gives the short form and a mention the label of the entity over its definition, and a short form the table lacks no id', () => {
    const text = 'บริษัทสมมุติ (บสม.) แจ้งว่า บสม. ขยายสาขา';
    const definition: Entity = { start: 0, end: 12, text: 'บริษัทสมมุติ', label: 'ORGANIZATION', source: 'model' };
    const parenthetical: Parenthetical = {
      start: 13,
      end: 19,
      text: '(บสม.)',
      pattern: 'TH-ACR',
      thai: { start: 0, end: 12, text: 'บริษัทสมมุติ' },
      acronym: { start: 14, end: 18, text: 'บสม.' },
    };
    expect(addAcronymEntities([definition], text, [parenthetical], [])).toEqual([
      definition,
      { start: 14, end: 18, text: 'บสม.', label: 'ORGANIZATION', source: 'acronym' },
      { start: 28, end: 32, text: 'บสม.', label: 'ORGANIZATION', source: 'acronym' },
    ]);
  });

  it('leaves a mention the model covered with another span alone, and fills only a missing id', () => {
    const text = 'มติ ครม.ชุดใหม่ และ ครม. เดิม';
    const wider: Entity = { start: 4, end: 15, text: 'ครม.ชุดใหม่', label: 'ORGANIZATION', source: 'model' };
    const same: Entity = { start: 20, end: 24, text: 'ครม.', label: 'ORGANIZATION', source: 'model' };
    expect(addAcronymEntities([wider, same], text, [], [])).toEqual([wider, { ...same, id: 'th-org:CABINET' }]);
  });

  it('leaves the layer as it was where there is no short form', () => {
    const entity: Entity = { start: 0, end: 5, text: 'ลำปาง', label: 'LOCATION', source: 'model' };
    expect(addAcronymEntities([entity], 'ลำปาง ฝนตก', [], [])).toEqual([entity]);
  });
});
