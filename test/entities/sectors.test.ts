import type { Candidate } from '../../src/entities/resolve.js';
import { dropSectors } from '../../src/entities/sectors.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, dropSectors(text, entities));

describe('dropSectors', () => {
  it('drops the sectors of the economy and of society the model took for places or bodies', () => {
    const text = 'ผู้แทนภาคอุตสาหกรรม ภาคประชาสังคม ภาควิชาการ และภาคเกษตรไทย ร่วมประชุม';
    const entities = [
      at(text, 'ภาคอุตสาหกรรม', 'LOCATION'),
      at(text, 'ภาคประชาสังคม', 'ORGANIZATION'),
      at(text, 'ภาควิชาการ', 'LOCATION'),
      at(text, 'ภาคเกษตรไทย', 'ORGANIZATION'),
    ];
    expect(found(text, entities)).toEqual([]);
  });

  it('keeps the regions, the numbered regions and the departments of a university', () => {
    const text = 'ฝนตกหนักในภาคใต้ ภาคตะวันออกเฉียงเหนือ และภาคลาง ตำรวจภาค 4 ภาคที่ 2 อาจารย์ภาควิชาชีววิทยา สำนักงานภาคเอเชียตะวันออกเฉียงใต้';
    const entities = [
      at(text, 'ภาคใต้', 'LOCATION'),
      at(text, 'ภาคตะวันออกเฉียงเหนือ', 'LOCATION'),
      at(text, 'ภาคลาง', 'LOCATION'),
      at(text, 'ภาค 4', 'LOCATION'),
      at(text, 'ภาคที่ 2', 'LOCATION'),
      at(text, 'ภาควิชาชีววิทยา', 'ORGANIZATION'),
      at(text, 'ภาคเอเชียตะวันออกเฉียงใต้', 'LOCATION'),
    ];
    expect(found(text, entities)).toEqual([
      'LOCATION:ภาคใต้',
      'LOCATION:ภาคตะวันออกเฉียงเหนือ',
      'LOCATION:ภาคลาง',
      'LOCATION:ภาค 4',
      'LOCATION:ภาคที่ 2',
      'ORGANIZATION:ภาควิชาชีววิทยา',
      'LOCATION:ภาคเอเชียตะวันออกเฉียงใต้',
    ]);
  });

  it('drops a word for a kind of business alone, not a body named with one', () => {
    const text = 'ธนาคารช่วยเอสเอ็มอี และสตาร์ทอัพไทย ผ่าน SMEs Fund ส่วนเอสเอ็มอีแบงก์ ปล่อยกู้ให้ Startups';
    const entities = [
      at(text, 'เอสเอ็มอี', 'ORGANIZATION'),
      at(text, 'สตาร์ทอัพไทย', 'ORGANIZATION'),
      at(text, 'SMEs Fund', 'ORGANIZATION'),
      at(text, 'เอสเอ็มอีแบงก์', 'ORGANIZATION'),
      at(text, 'Startups', 'ORGANIZATION'),
    ];
    expect(found(text, entities)).toEqual(['ORGANIZATION:SMEs Fund', 'ORGANIZATION:เอสเอ็มอีแบงก์']);
  });

  it('keeps the partnerships named with ภาคี', () => {
    const text = 'ภาคีเครือข่ายต้านโกง และภาคีรักษ์ป่า ยื่นหนังสือ';
    const entities = [at(text, 'ภาคีเครือข่ายต้านโกง', 'ORGANIZATION'), at(text, 'ภาคีรักษ์ป่า', 'ORGANIZATION')];
    expect(found(text, entities)).toEqual(['ORGANIZATION:ภาคีเครือข่ายต้านโกง', 'ORGANIZATION:ภาคีรักษ์ป่า']);
  });

  it('leaves people and other kinds alone', () => {
    const text = 'นายภาคภูมิ ใจดี ไปภาคเอกชน';
    expect(found(text, [at(text, 'นายภาคภูมิ ใจดี', 'PERSON'), at(text, 'ภาคเอกชน', 'FACILITY')])).toEqual(['PERSON:นายภาคภูมิ ใจดี', 'FACILITY:ภาคเอกชน']);
  });
});
