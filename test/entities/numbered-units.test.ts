import { numberedUnits } from '../../src/entities/numbered-units.js';
import type { Candidate } from '../../src/entities/candidate.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, numberedUnits(text, entities));

describe('numberedUnits', () => {
  it('takes a unit the model missed, with its number, ที่ or not, a space or not, in Arabic or Thai digits', () => {
    const text = 'กำลังพลจากมณฑลทหารบกที่ 22 ตำรวจภูธรภาค 7 และกองพลทหารราบที่๙ ลงพื้นที่';
    expect(found(text, [])).toEqual(['ORGANIZATION:มณฑลทหารบกที่ 22', 'ORGANIZATION:ตำรวจภูธรภาค 7', 'ORGANIZATION:กองพลทหารราบที่๙']);
  });

  it('widens the model’s entity cut before the number, keeping a place or a building it found, and makes a person an organisation', () => {
    const text = 'ทหารกรมทหารพรานที่ 44 ลงพื้นที่ ส่วนนายกฯ เดินทางถึงกองบิน 6 และกองทัพภาคที่ 4 ประชุม';
    const entities = [at(text, 'กรมทหารพราน', 'ORGANIZATION'), at(text, 'กองบิน', 'LOCATION'), at(text, 'กองทัพภาค', 'PERSON')];
    expect(found(text, entities)).toEqual(['ORGANIZATION:กรมทหารพรานที่ 44', 'LOCATION:กองบิน 6', 'ORGANIZATION:กองทัพภาคที่ 4']);
  });

  it('widens an organisation that opens before the unit to its number, and leaves any other entity reaching outside it', () => {
    const text = 'ศูนย์ปฏิบัติการกองทัพภาคที่ 3 แจ้งว่าเครื่องลงที่ท่าอากาศยานทหาร กองบิน 6';
    const entities = [at(text, 'ศูนย์ปฏิบัติการกองทัพภาค', 'ORGANIZATION'), at(text, 'ท่าอากาศยานทหาร กองบิน 6', 'FACILITY')];
    expect(found(text, entities)).toEqual(['ORGANIZATION:ศูนย์ปฏิบัติการกองทัพภาคที่ 3', 'FACILITY:ท่าอากาศยานทหาร กองบิน 6']);
  });

  it('reads no number that runs on (a decimal, more digits) and no head without a number; a role holding a head is no unit', () => {
    const text = 'กองบิน 56.5 ล้านบาท กองพลทหารราบ ระดมพล แม่ทัพภาคที่ 4 สั่งการ';
    expect(found(text, [])).toEqual([]);
  });
});
