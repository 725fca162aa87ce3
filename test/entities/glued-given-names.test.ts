import { givenNamesAfterGluedWords } from '../../src/entities/glued-given-names.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, modelEntity } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) =>
  givenNamesAfterGluedWords(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('givenNamesAfterGluedWords', () => {
  it('makes a PERSON of a known given name the model ran a glued word into as an organisation', () => {
    const text = 'ล่าสุดวชิรวิทย์ ออกมาโพสต์ขอโทษแฟนคลับ';
    expect(found(text, [modelEntity(text, 'ล่าสุดวชิรวิทย์', 'ORGANIZATION')])).toEqual([['PERSON', 'วชิรวิทย์']]);
  });

  it('leaves what is no given name, and adds nothing where the model found nothing', () => {
    const office = 'มอบหมายให้ผู้ว่าราชการจังหวัด ดำเนินการ';
    expect(found(office, [modelEntity(office, 'ให้ผู้ว่าราชการจังหวัด', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'ให้ผู้ว่าราชการจังหวัด']]);
    expect(found('ล่าสุดวชิรวิทย์ ออกมาโพสต์ขอโทษ', [])).toEqual([]);
  });
});
