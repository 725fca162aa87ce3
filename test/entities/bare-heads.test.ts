import { dropBareHeads } from '../../src/entities/bare-heads.js';
import { modelEntity } from './rule-inputs.js';

describe('dropBareHeads', () => {
  it('drops a head noun alone, keeps the names it opens and the heads that name one body', () => {
    const text = 'กรมควบคุมโรค ส่งทีมไปยังจังหวัด และโรงเรียน ขณะที่กองทัพ และศาล ออกแถลง ก่อนเจอท่าเรือ';
    const entities = [
      modelEntity(text, 'ทีม', 'ORGANIZATION'),
      modelEntity(text, 'กรมควบคุมโรค', 'ORGANIZATION'),
      modelEntity(text, 'จังหวัด', 'LOCATION'),
      modelEntity(text, 'โรงเรียน', 'FACILITY'),
      modelEntity(text, 'กองทัพ', 'ORGANIZATION'),
      modelEntity(text, 'ศาล', 'ORGANIZATION'),
      modelEntity(text, 'ท่าเรือ', 'ORGANIZATION'),
    ];
    expect(dropBareHeads(text, entities).map((e) => text.slice(e.start, e.end))).toEqual(['กรมควบคุมโรค', 'กองทัพ', 'ศาล', 'ท่าเรือ']);
  });

  it('drops the royal feet of the idiom alone, not the king’s name that opens with them', () => {
    const text = 'ขอเดชะฝ่าละอองธุลีพระบาท ทรงพระเจริญ พระบาทสมเด็จพระเจ้าอยู่หัว เสด็จ';
    const entities = [modelEntity(text, 'พระบาท', 'PERSON'), modelEntity(text, 'พระบาทสมเด็จพระเจ้าอยู่หัว', 'PERSON')];
    expect(dropBareHeads(text, entities).map((e) => text.slice(e.start, e.end))).toEqual(['พระบาทสมเด็จพระเจ้าอยู่หัว']);
  });

  it('drops a person’s kind or a player’s position tagged as a person alone, not the central division', () => {
    const text = 'กองกลางทีมชาติไทย “บอย” ลงสนาม ส่วนนายกรัฐมนตรี มาชม และกองกลาง สำนักงานปลัด';
    const entities = [modelEntity(text, 'กองกลาง', 'PERSON'), modelEntity(text, 'นายกรัฐมนตรี', 'PERSON')];
    const division = text.lastIndexOf('กองกลาง');
    entities.push({ ...modelEntity(text, 'กองกลาง', 'ORGANIZATION'), start: division, end: division + 'กองกลาง'.length });
    expect(dropBareHeads(text, entities).map((e) => [e.label, e.start])).toEqual([['ORGANIZATION', division]]);
  });
});
