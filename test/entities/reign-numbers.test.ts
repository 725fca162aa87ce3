import { reignNumbers } from '../../src/entities/reign-numbers.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, reignNumbers(text, entities));

describe('reignNumbers', () => {
  it('gives a king named with his reign the reign’s number, Arabic or Thai, a space before it or none', () => {
    const text = 'ในสมัยพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว รัชกาลที่ 5 และในหลวงรัชกาลที่๙ ทรงงาน';
    const entities = [at(text, 'พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว รัชกาลที่', 'PERSON'), at(text, 'ในหลวงรัชกาลที่', 'PERSON')];
    expect(found(text, entities)).toEqual(['PERSON:พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว รัชกาลที่ 5', 'PERSON:ในหลวงรัชกาลที่๙']);
  });

  it('takes no longer number, none across another entity, and nothing for other kinds', () => {
    const text = 'ในหลวงรัชกาลที่ 2560 และสมเด็จพระเจ้าอยู่หัว รัชกาลที่ 10 ปี และงานรัชกาลที่ 9';
    const entities = [
      at(text, 'ในหลวงรัชกาลที่', 'PERSON'),
      at(text, 'สมเด็จพระเจ้าอยู่หัว รัชกาลที่', 'PERSON'),
      at(text, '10 ปี', 'AGO'),
      at(text, 'งานรัชกาลที่', 'FACILITY'),
    ];
    expect(found(text, entities)).toEqual(['PERSON:ในหลวงรัชกาลที่', 'PERSON:สมเด็จพระเจ้าอยู่หัว รัชกาลที่', 'AGO:10 ปี', 'FACILITY:งานรัชกาลที่']);
  });
});
