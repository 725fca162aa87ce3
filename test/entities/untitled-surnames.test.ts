import type { Candidate } from '../../src/entities/resolve.js';
import { surnamesAfterUntitledNames } from '../../src/entities/untitled-surnames.js';
import { boundariesOf, modelEntity } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) =>
  surnamesAfterUntitledNames(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('surnamesAfterUntitledNames', () => {
  it('takes the surname chunk after an untitled given name the model stopped at', () => {
    const byline = 'ข่าว: สมพงษ์ ทองเหลืองดี ภาพ: วรรณา สุขเกษมศรี';
    expect(found(byline, [modelEntity(byline, 'สมพงษ์', 'PERSON'), modelEntity(byline, 'วรรณา', 'PERSON')])).toEqual([
      ['PERSON', 'สมพงษ์ ทองเหลืองดี'],
      ['PERSON', 'วรรณา สุขเกษมศรี'],
    ]);
    const quoted = '“น้องฝน” ปาริชาติ แก้วประเสริฐสุข คว้ารางวัลชนะเลิศ';
    expect(found(quoted, [modelEntity(quoted, 'ปาริชาติ', 'PERSON')])).toEqual([['PERSON', 'ปาริชาติ แก้วประเสริฐสุข']]);
  });

  it('leaves a name before a verb, a role, a position, a word of the dictionary or a place', () => {
    for (const [text, name] of [
      ['สมพงษ์ ยอมรับว่าเสียใจ', 'สมพงษ์'],
      ['ซิลวาเรส กองกลางทีมชาติบราซิล', 'ซิลวาเรส'],
      ['ปาริชาติ นักร้องสาวชื่อดัง', 'ปาริชาติ'],
      ['ปาริชาติ จำนวน 3 คน', 'ปาริชาติ'],
      ['สุราษฎรธานี สงขลา และพัทลุง', 'สุราษฎรธานี'],
    ]) {
      expect(found(text, [modelEntity(text, name, 'PERSON')])).toEqual([['PERSON', name]]);
    }
  });

  it('leaves a titled or glued given name, and a surname chunk another entity holds', () => {
    const titled = 'นายสมพงษ์ ทองเหลืองดี';
    expect(found(titled, [modelEntity(titled, 'นายสมพงษ์', 'PERSON')])).toEqual([['PERSON', 'นายสมพงษ์']]);
    const glued = 'ส่งต่อสมพงษ์ ทองเหลืองดี';
    const gluedName = { ...modelEntity(glued, 'สมพงษ์', 'PERSON') };
    expect(found(glued, [gluedName])).toEqual([['PERSON', 'สมพงษ์']]);
    const held = 'ปาริชาติ วิศวกุลพัฒนา';
    expect(found(held, [modelEntity(held, 'ปาริชาติ', 'PERSON'), modelEntity(held, 'วิศวกุลพัฒนา', 'ORGANIZATION')])).toEqual([
      ['PERSON', 'ปาริชาติ'],
      ['ORGANIZATION', 'วิศวกุลพัฒนา'],
    ]);
  });
});
