import { academicTitles } from '../../src/entities/academic-titles.js';
import { modelEntity } from './rule-inputs.js';

const found = (text: string, entities: ReturnType<typeof modelEntity>[]) => academicTitles(text, entities).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('academicTitles', () => {
  it('joins an academic rank alone to the person right after it', () => {
    const text = 'ศาสตราจารย์คลินิก เกียรติคุณ นายแพทย์สมศักดิ์ ใจงาม เป็นประธาน';
    expect(found(text, [modelEntity(text, 'ศาสตราจารย์คลินิก เกียรติคุณ', 'PERSON'), modelEntity(text, 'นายแพทย์สมศักดิ์ ใจงาม', 'PERSON')])).toEqual([
      ['PERSON', 'ศาสตราจารย์คลินิก เกียรติคุณ นายแพทย์สมศักดิ์ ใจงาม'],
    ]);
    const short = 'ผศ. ดร. วิไล ทองดี';
    expect(found(short, [modelEntity(short, 'ผศ. ดร.', 'PERSON'), modelEntity(short, 'วิไล ทองดี', 'PERSON')])).toEqual([['PERSON', 'ผศ. ดร. วิไล ทองดี']]);
    const glued = 'ศ.เกียรติคุณนายแพทย์วิชัย ศรีสุข';
    expect(found(glued, [modelEntity(glued, 'ศ.เกียรติคุณ', 'PERSON'), modelEntity(glued, 'นายแพทย์วิชัย ศรีสุข', 'PERSON')])).toEqual([['PERSON', glued]]);
  });

  it('drops a rank alone with no person after it, a post', () => {
    const text = 'ดำรงตำแหน่ง รองศาสตราจารย์ สังกัดคณะวิทยาศาสตร์';
    expect(found(text, [modelEntity(text, 'รองศาสตราจารย์', 'PERSON'), modelEntity(text, 'คณะวิทยาศาสตร์', 'ORGANIZATION')])).toEqual([
      ['ORGANIZATION', 'คณะวิทยาศาสตร์'],
    ]);
  });

  it('keeps a person whose name follows the rank', () => {
    const text = 'รองศาสตราจารย์วิชัย ศรีสุข';
    expect(found(text, [modelEntity(text, text, 'PERSON')])).toEqual([['PERSON', text]]);
  });
});
