import { headedPersons } from '../../src/entities/headed-persons.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

describe('headedPersons', () => {
  it('makes a person that opens with a company’s head an organisation, and one that opens with a hotel’s, a mall’s or a room’s a facility', () => {
    const text = 'บริษัท ซากุระ โคเกียว และบมจ. ฮันออน ซิสเต็มส์ ประชุมที่โรงแรมเดอะ ริเวอร์ไซด์ ห้องประชุมชิดชัย วรรณสถิตย์';
    const entities = [
      at(text, 'บริษัท ซากุระ โคเกียว', 'PERSON'),
      at(text, 'บมจ. ฮันออน ซิสเต็มส์', 'PERSON'),
      at(text, 'โรงแรมเดอะ ริเวอร์ไซด์', 'PERSON'),
      at(text, 'ห้องประชุมชิดชัย วรรณสถิตย์', 'PERSON'),
    ];
    expect(labelled(text, headedPersons(text, entities))).toEqual([
      'ORGANIZATION:บริษัท ซากุระ โคเกียว',
      'ORGANIZATION:บมจ. ฮันออน ซิสเต็มส์',
      'FACILITY:โรงแรมเดอะ ริเวอร์ไซด์',
      'FACILITY:ห้องประชุมชิดชัย วรรณสถิตย์',
    ]);
  });

  it('leaves a person of another opening and an entity that is no person', () => {
    const text = 'นายบริษัท ใจดี และกรมพระยาดำรงราชานุภาพ ที่โรงแรมริมน้ำ';
    const entities = [at(text, 'นายบริษัท ใจดี', 'PERSON'), at(text, 'กรมพระยาดำรงราชานุภาพ', 'PERSON'), at(text, 'โรงแรมริมน้ำ', 'LOCATION')];
    expect(labelled(text, headedPersons(text, entities))).toEqual(['PERSON:นายบริษัท ใจดี', 'PERSON:กรมพระยาดำรงราชานุภาพ', 'LOCATION:โรงแรมริมน้ำ']);
  });
});
