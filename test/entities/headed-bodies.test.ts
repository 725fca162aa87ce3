import { headedBodies } from '../../src/entities/headed-bodies.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity as at, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, headedBodies(text, entities));

describe('headedBodies', () => {
  it('makes armed forces the model called a place or a building an organisation', () => {
    const text = 'กองทัพลาวประกาศซ้อมรบ ใกล้ฐานทัพของกองทัพอากาศ';
    expect(found(text, [at(text, 'กองทัพลาว', 'LOCATION'), at(text, 'กองทัพอากาศ', 'FACILITY')])).toEqual(['ORGANIZATION:กองทัพลาว', 'ORGANIZATION:กองทัพอากาศ']);
  });

  it('leaves a ministry the news names as the place where something happens, and people', () => {
    const text = 'ประชุมที่กระทรวงสาธารณสุข กับนายกองทัพ ใจกล้า';
    const entities = [at(text, 'กระทรวงสาธารณสุข', 'FACILITY'), at(text, 'นายกองทัพ ใจกล้า', 'PERSON')];
    expect(found(text, entities)).toEqual(['FACILITY:กระทรวงสาธารณสุข', 'PERSON:นายกองทัพ ใจกล้า']);
  });
});
