import { policeStations } from '../../src/entities/police-stations.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, policeStations(text, entities));

describe('policeStations', () => {
  it('makes a station the model called a place or a building an organisation', () => {
    const text = 'ร้อยเวรสภ.บางละมุงรับแจ้งเหตุ ก่อนส่งตัวให้พนักงานสอบสวน สภ. ศรีราชา ดำเนินคดี';
    expect(found(text, [at(text, 'สภ.บางละมุง', 'LOCATION'), at(text, 'สภ. ศรีราชา', 'FACILITY')])).toEqual([
      'ORGANIZATION:สภ.บางละมุง',
      'ORGANIZATION:สภ. ศรีราชา',
    ]);
  });

  it('joins a station’s head to the place the model cut from it', () => {
    const text = 'เจ้าหน้าที่สถานีตำรวจภูธรเมืองชลบุรีออกตรวจ';
    expect(found(text, [at(text, 'สถานีตำรวจภูธร', 'FACILITY'), at(text, 'เมืองชลบุรี', 'LOCATION')])).toEqual(['ORGANIZATION:สถานีตำรวจภูธรเมืองชลบุรี']);
    const seat = 'สถานีตำรวจภูธรเมืองลำพูนรับแจ้ง';
    expect(found(seat, [at(seat, 'สถานีตำรวจภูธรเมือง', 'FACILITY'), at(seat, 'ลำพูน', 'LOCATION')])).toEqual(['ORGANIZATION:สถานีตำรวจภูธรเมืองลำพูน']);
  });

  it('leaves the old district and subdistrict stations, a head with no name, and a place after a space', () => {
    const text = 'ผกก.สภ.อ.เมืองสงขลา และ สภ.ต.คลองแห รวมทั้งสถานีตำรวจภูธร จ.ตรัง';
    const entities = [
      at(text, 'สภ.อ.เมืองสงขลา', 'LOCATION'),
      at(text, 'สภ.ต.คลองแห', 'LOCATION'),
      at(text, 'สถานีตำรวจภูธร', 'FACILITY'),
      at(text, 'จ.ตรัง', 'LOCATION'),
    ];
    expect(found(text, entities)).toEqual(['LOCATION:สภ.อ.เมืองสงขลา', 'LOCATION:สภ.ต.คลองแห', 'FACILITY:สถานีตำรวจภูธร', 'LOCATION:จ.ตรัง']);
  });
});
