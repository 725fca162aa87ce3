import { conjoinedOrganizations } from '../../src/entities/conjoined-organizations.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, conjoinedOrganizations(text, entities, boundariesOf(text)));

describe('conjoinedOrganizations', () => {
  it('splits two bodies the model ran together over และ', () => {
    const text = 'กระทรวงพาณิชย์และธนาคารออมสินร่วมกันแถลงข่าว';
    expect(found(text, [at(text, 'กระทรวงพาณิชย์และธนาคารออมสิน', 'ORGANIZATION')])).toEqual(['ORGANIZATION:กระทรวงพาณิชย์', 'ORGANIZATION:ธนาคารออมสิน']);
    const three = 'กรมประมงและกรมป่าไม้และมูลนิธิรักษ์ทะเลลงพื้นที่';
    expect(found(three, [at(three, 'กรมประมงและกรมป่าไม้และมูลนิธิรักษ์ทะเล', 'ORGANIZATION')])).toEqual([
      'ORGANIZATION:กรมประมง',
      'ORGANIZATION:กรมป่าไม้',
      'ORGANIZATION:มูลนิธิรักษ์ทะเล',
    ]);
  });

  it('leaves names with และ inside them, and what opens with no body’s head', () => {
    const text = 'กระทรวงเกษตรและสหกรณ์ กับกรมกิจการสตรีและสถาบันครอบครัว และกลุ่มชาวนาและสมาคมชาวไร่';
    const entities = [
      at(text, 'กระทรวงเกษตรและสหกรณ์', 'ORGANIZATION'),
      at(text, 'กรมกิจการสตรีและสถาบันครอบครัว', 'ORGANIZATION'),
      at(text, 'กลุ่มชาวนาและสมาคมชาวไร่', 'ORGANIZATION'),
    ];
    expect(found(text, entities)).toEqual([
      'ORGANIZATION:กระทรวงเกษตรและสหกรณ์',
      'ORGANIZATION:กรมกิจการสตรีและสถาบันครอบครัว',
      'ORGANIZATION:กลุ่มชาวนาและสมาคมชาวไร่',
    ]);
  });
});
