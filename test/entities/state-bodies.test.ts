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

  it('makes a ministry or a department the model called a building or a place an organisation, not a prince’s rank', () => {
    const text = 'ประชุม ณ กระทรวงมหาดไทย แล้วไปที่กรมอุตุนิยมวิทยา ถวายแด่กรมหลวงนราธิวาสราชนครินทร์';
    const entities = [at(text, 'กระทรวงมหาดไทย', 'FACILITY'), at(text, 'กรมอุตุนิยมวิทยา', 'LOCATION'), at(text, 'กรมหลวงนราธิวาสราชนครินทร์', 'FACILITY')];
    expect(found(text, entities)).toEqual(['ORGANIZATION:model:กระทรวงมหาดไทย', 'ORGANIZATION:model:กรมอุตุนิยมวิทยา', 'FACILITY:model:กรมหลวงนราธิวาสราชนครินทร์']);
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
  it('takes a department’s whole name where the model stopped at a word that is also a verb or a noun', () => {
    const text = 'อธิบดีกรมการจัดหางาน แถลงร่วมกับกรมบังคับคดี และเจ้าหน้าที่กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช';
    const pieces = [at(text, 'กรมการ', 'ORGANIZATION'), at(text, 'กรมบังคับ', 'ORGANIZATION'), at(text, 'กรมอุทยานแห่งชาติ', 'ORGANIZATION')];
    expect(found(text, pieces)).toEqual([
      'ORGANIZATION:model:กรมการจัดหางาน',
      'ORGANIZATION:model:กรมบังคับคดี',
      'ORGANIZATION:model:กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช',
    ]);
  });

  it('makes a department’s provincial office one organisation over the model’s pieces, with its province or without', () => {
    const text = 'ยื่นคำร้องที่สำนักงานคุมประพฤติจังหวัดยะลา หรือสำนักงานจัดหางานจังหวัดทุกแห่ง';
    const pieces = [at(text, 'สำนักงานคุม', 'ORGANIZATION'), at(text, 'จังหวัดยะลา', 'LOCATION'), at(text, 'สำนักงาน', 'FACILITY')];
    pieces[2] = { ...pieces[2], start: text.lastIndexOf('สำนักงาน'), end: text.lastIndexOf('สำนักงาน') + 'สำนักงาน'.length };
    expect(found(text, pieces)).toEqual(['ORGANIZATION:model:สำนักงานคุมประพฤติจังหวัดยะลา', 'ORGANIZATION:model:สำนักงานจัดหางานจังหวัด']);
  });

  it('leaves a department inside a longer organisation the model found', () => {
    const text = 'ผู้แทนกรมควบคุมโรค กระทรวงสาธารณสุข เข้าร่วม';
    const whole = at(text, 'กรมควบคุมโรค กระทรวงสาธารณสุข', 'ORGANIZATION');
    expect(found(text, [whole])).toEqual(['ORGANIZATION:model:กรมควบคุมโรค กระทรวงสาธารณสุข']);
  });
});
