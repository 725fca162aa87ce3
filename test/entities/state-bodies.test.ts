import { stateBodies } from '../../src/entities/state-bodies.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const at = (text: string, part: string, label: Candidate['label']): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source: 'model' };
};
const found = (text: string, entities: Candidate[] = []) =>
  stateBodies(text, entities, boundariesOf(text)).map((e) => `${e.label}:${e.source}:${text.slice(e.start, e.end)}`);

describe('stateBodies', () => {
  it('tags a court’s name standing as words where the model found nothing', () => {
    const text = 'ศาลอาญาพิพากษาจำคุกจำเลย ส่วนศาลฎีกาพิพากษายืนตามศาลอุทธรณ์ภาค 4';
    expect(found(text)).toEqual(['ORGANIZATION:pattern:ศาลอาญา', 'ORGANIZATION:pattern:ศาลฎีกา', 'ORGANIZATION:pattern:ศาลอุทธรณ์ภาค 4']);
  });

  it('takes the whole name where the model stopped inside it, and makes a court the model called a place an organisation', () => {
    const text = 'ขออำนาจศาลอาญากรุงเทพใต้ฝากขัง แล้วยื่นต่อศาลจังหวัดกาญจนบุรี';
    expect(found(text, [at(text, 'ศาลอาญากรุงเทพ', 'ORGANIZATION'), at(text, 'ศาลจังหวัดกาญจนบุรี', 'LOCATION')])).toEqual([
      'ORGANIZATION:model:ศาลอาญากรุงเทพใต้',
      'ORGANIZATION:model:ศาลจังหวัดกาญจนบุรี',
    ]);
  });

  it('tags a house of parliament where the model found nothing, not a member of it', () => {
    const text = 'ที่ประชุมวุฒิสภามีมติเห็นชอบ ส่วนสมาชิกวุฒิสภาบางคนงดออกเสียง และที่ประชุมสภาผู้แทนราษฎรรับหลักการ';
    expect(found(text)).toEqual(['ORGANIZATION:pattern:วุฒิสภา', 'ORGANIZATION:pattern:สภาผู้แทนราษฎร']);
  });

  it('tags a border task force by name, full or short, over the place the model made of its name', () => {
    const text = 'ทหารกองกำลังสุรนารีตรวจยึดไม้พะยูง ส่วนกกล.บูรพา ลาดตระเวนชายแดน';
    expect(found(text, [at(text, 'สุรนารี', 'LOCATION')])).toEqual(['ORGANIZATION:pattern:กองกำลังสุรนารี', 'ORGANIZATION:pattern:กกล.บูรพา']);
    const unnamed = 'กองกำลังติดอาวุธบุกโจมตีหมู่บ้าน';
    expect(found(unnamed)).toEqual([]);
  });

  it('leaves shrines, a provincial hall, a court inside a longer word and a person', () => {
    const text = 'ไปกราบศาลหลักเมือง แล้วประชุมที่ศาลากลางจังหวัด กับนายศาลฎีกาวงศ์ ใจดี';
    const shrine = at(text, 'ศาลหลักเมือง', 'LOCATION');
    const person = at(text, 'นายศาลฎีกาวงศ์ ใจดี', 'PERSON');
    expect(found(text, [shrine, person])).toEqual(['LOCATION:model:ศาลหลักเมือง', 'PERSON:model:นายศาลฎีกาวงศ์ ใจดี']);
  });
});
