import { bodiesOfPlaces } from '../../src/entities/bodies-of-places.js';
import { Gazetteer } from '../../src/entities/gazetteer.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const gazetteer = Gazetteer.load();
const found = (text: string, entities: Candidate[]) => labelled(text, bodiesOfPlaces(text, entities, gazetteer));

describe('bodiesOfPlaces', () => {
  it('takes a country, a province or a region glued after a body into its name', () => {
    const text = 'โฆษกกระทรวงกลาโหมยูเครนแถลง ส่วนสำนักงานสาธารณสุขจังหวัดลำปาง และศูนย์อุตุนิยมวิทยาภาคใต้ฝั่งตะวันตกเตือน';
    const entities = [
      at(text, 'กระทรวงกลาโหม', 'ORGANIZATION'),
      at(text, 'ยูเครน', 'LOCATION'),
      at(text, 'สำนักงานสาธารณสุข', 'ORGANIZATION'),
      at(text, 'จังหวัดลำปาง', 'LOCATION'),
      at(text, 'ศูนย์อุตุนิยมวิทยา', 'ORGANIZATION'),
      at(text, 'ภาคใต้ฝั่งตะวันตก', 'LOCATION'),
    ];
    expect(found(text, entities)).toEqual([
      'ORGANIZATION:กระทรวงกลาโหมยูเครน',
      'ORGANIZATION:สำนักงานสาธารณสุขจังหวัดลำปาง',
      'ORGANIZATION:ศูนย์อุตุนิยมวิทยาภาคใต้ฝั่งตะวันตก',
    ]);
  });

  it('leaves a place apart from the body, a district, a place that is no country or province, and an international body', () => {
    const text = 'กระทรวงพาณิชย์ ญี่ปุ่น โรงสีรุ่งเรืองอ.ท่าตะโก บริษัทสยามเชียงแสน อาเซียนจีน';
    const entities = [
      at(text, 'กระทรวงพาณิชย์', 'ORGANIZATION'),
      at(text, 'ญี่ปุ่น', 'LOCATION'),
      at(text, 'โรงสีรุ่งเรือง', 'ORGANIZATION'),
      at(text, 'อ.ท่าตะโก', 'LOCATION'),
      at(text, 'บริษัทสยาม', 'ORGANIZATION'),
      at(text, 'เชียงแสน', 'LOCATION'),
      at(text, 'อาเซียน', 'ORGANIZATION'),
      at(text, 'จีน', 'LOCATION'),
    ];
    expect(found(text, entities)).toEqual([
      'ORGANIZATION:กระทรวงพาณิชย์',
      'LOCATION:ญี่ปุ่น',
      'ORGANIZATION:โรงสีรุ่งเรือง',
      'LOCATION:อ.ท่าตะโก',
      'ORGANIZATION:บริษัทสยาม',
      'LOCATION:เชียงแสน',
      'ORGANIZATION:อาเซียน',
      'LOCATION:จีน',
    ]);
  });
});
