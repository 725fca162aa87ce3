import { joinGluedShortForms } from '../../src/entities/glued-short-forms.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { labelled } from './rule-inputs.js';

const at = (text: string, part: string, label: Candidate['label'] = 'ORGANIZATION', from = 0): Candidate => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length, label, source: 'model' };
};
const joined = (text: string, entities: Candidate[]) => labelled(text, joinGluedShortForms(text, entities));

describe('joinGluedShortForms', () => {
  it('makes one organisation of a unit’s short form glued to its parent’s', () => {
    const text = 'ตำรวจ บช.สอท. เตือนประชาชน';
    expect(joined(text, [at(text, 'บช.'), at(text, 'สอท.')])).toEqual(['ORGANIZATION:บช.สอท.']);
  });

  it('leaves pieces apart, a position before a body and names that are no short forms', () => {
    const apart = 'ตำรวจ บช. สอท. เตือน';
    expect(joined(apart, [at(apart, 'บช.'), at(apart, 'สอท.')])).toEqual(['ORGANIZATION:บช.', 'ORGANIZATION:สอท.']);
    const position = 'ผบ.ตร. สั่งการ';
    expect(joined(position, [at(position, 'ตร.')])).toEqual(['ORGANIZATION:ตร.']);
    const long = 'กรมสรรพากรกระทรวงการคลัง';
    expect(joined(long, [at(long, 'กรมสรรพากร'), at(long, 'กระทรวงการคลัง')])).toEqual(['ORGANIZATION:กรมสรรพากร', 'ORGANIZATION:กระทรวงการคลัง']);
  });
});
