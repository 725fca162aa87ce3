import { cutOffBodies } from '../../src/entities/cut-off-bodies.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, cutOffBodies(text, entities, boundariesOf(text)));

describe('cutOffBodies', () => {
  it('runs a body cut off after a joining word on to the rest of its name glued to it', () => {
    const text = 'ลงนามกับธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย และสำนักงานสิ่งแวดล้อมและการมีส่วนร่วมของประชาชนฯ ที่ญี่ปุ่น';
    const entities = [at(text, 'ธนาคารเพื่อการ', 'ORGANIZATION'), at(text, 'สำนักงานสิ่งแวดล้อมและการ', 'ORGANIZATION'), at(text, 'ญี่ปุ่น', 'LOCATION')];
    expect(found(text, entities)).toEqual([
      'ORGANIZATION:ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย',
      'ORGANIZATION:สำนักงานสิ่งแวดล้อมและการมีส่วนร่วมของประชาชนฯ',
      'LOCATION:ญี่ปุ่น',
    ]);
  });

  it('stops before a word never in a name and before a second body, and takes no word ending in การ', () => {
    const text = 'องค์การอาหารและเกษตรแห่งสหประชาชาติด้วย กลุ่มออมทรัพย์เพื่อการผลิตและสมาคมชาวนา และกระทรวงศึกษาธิการจัดงาน';
    const entities = [
      at(text, 'องค์การอาหารและเกษตรแห่ง', 'ORGANIZATION'),
      at(text, 'กลุ่มออมทรัพย์เพื่อการ', 'ORGANIZATION'),
      at(text, 'กระทรวงศึกษาธิการ', 'ORGANIZATION'),
    ];
    expect(found(text, entities)).toEqual([
      'ORGANIZATION:องค์การอาหารและเกษตรแห่งสหประชาชาติ',
      'ORGANIZATION:กลุ่มออมทรัพย์เพื่อการผลิต',
      'ORGANIZATION:กระทรวงศึกษาธิการ',
    ]);
  });

  it('takes the word right after the connective whatever it is (เพื่อการไม่…, for not …)', () => {
    const text = 'มูลนิธิเพื่อการไม่ทิ้งขยะ แถลงข่าว';
    expect(found(text, [at(text, 'มูลนิธิเพื่อการ', 'ORGANIZATION')])).toEqual(['ORGANIZATION:มูลนิธิเพื่อการไม่ทิ้งขยะ']);
  });

  it('leaves a name with a space after it', () => {
    const text = 'กู้จากธนาคารเพื่อการ ส่งออกสินค้า';
    expect(found(text, [at(text, 'ธนาคารเพื่อการ', 'ORGANIZATION')])).toEqual(['ORGANIZATION:ธนาคารเพื่อการ']);
  });

  it('leaves every one of a kind (ทุกแห่ง, แต่ละแห่ง)', () => {
    const text = 'สำนักงานเกษตรทุกแห่งถึงมือ และสำนักงานเขตแต่ละแห่งรับเรื่อง';
    const entities = [at(text, 'สำนักงานเกษตรทุกแห่ง', 'ORGANIZATION'), at(text, 'สำนักงานเขตแต่ละแห่ง', 'ORGANIZATION')];
    expect(found(text, entities)).toEqual(['ORGANIZATION:สำนักงานเกษตรทุกแห่ง', 'ORGANIZATION:สำนักงานเขตแต่ละแห่ง']);
  });
});
