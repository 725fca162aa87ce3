import { nameMarks } from '../../src/entities/name-marks.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, nameMarks(text, entities));

describe('nameMarks', () => {
  it('takes the next item’s number off a name in a numbered list, and drops a number alone', () => {
    const text = 'ได้แก่ 1. สำนักงานเทศบาล 2. องค์การบริหารส่วนตำบล 3. กรมการจัดหางาน';
    const entities = [
      modelEntity(text, 'สำนักงานเทศบาล 2.', 'ORGANIZATION'),
      modelEntity(text, '3.', 'ORGANIZATION'),
      modelEntity(text, 'กรมการจัดหางาน', 'ORGANIZATION'),
    ];
    expect(found(text, entities)).toEqual(['ORGANIZATION:สำนักงานเทศบาล', 'ORGANIZATION:กรมการจัดหางาน']);
  });

  it('takes a byline’s colon and a route’s dash off the name after them', () => {
    const text = 'เผยแพร่ : สมศรี ใจงาม เส้นทางกรุงเทพ – หัวหิน';
    const entities = [modelEntity(text, ': สมศรี ใจงาม', 'PERSON'), modelEntity(text, '– หัวหิน', 'LOCATION')];
    expect(found(text, entities)).toEqual(['PERSON:สมศรี ใจงาม', 'LOCATION:หัวหิน']);
  });

  it('takes a word that opens the clause or list after a name off it', () => {
    const text = 'มี 4 จังหวัด ประกอบด้วย น่าน แพร่ โดยกระทรวงมหาดไทย อาทิ หน่วยงาน และนายสมชาย คือ ผู้ดูแล';
    const entities = [
      modelEntity(text, 'จังหวัด ประกอบด้วย', 'LOCATION'),
      modelEntity(text, 'กระทรวงมหาดไทย อาทิ', 'ORGANIZATION'),
      modelEntity(text, 'นายสมชาย คือ', 'PERSON'),
    ];
    expect(found(text, entities)).toEqual(['LOCATION:จังหวัด', 'ORGANIZATION:กระทรวงมหาดไทย', 'PERSON:นายสมชาย']);
  });

  it('leaves numbers that belong to a name, and other labels', () => {
    const text = 'ศาลอุทธรณ์ภาค 4 และช่อง 3 รายงาน 2. ร้อยละ 5.';
    const entities = [modelEntity(text, 'ศาลอุทธรณ์ภาค 4', 'ORGANIZATION'), modelEntity(text, 'ช่อง 3', 'ORGANIZATION'), modelEntity(text, 'ร้อยละ 5.', 'PERCENT')];
    expect(found(text, entities)).toEqual(['ORGANIZATION:ศาลอุทธรณ์ภาค 4', 'ORGANIZATION:ช่อง 3', 'PERCENT:ร้อยละ 5.']);
  });
});
