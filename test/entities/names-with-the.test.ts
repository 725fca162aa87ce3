import { namesWithThe } from '../../src/entities/names-with-the.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { modelEntity as at } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => namesWithThe(text, entities).map((e) => `${e.label}:${text.slice(e.start, e.end)}`);

describe('namesWithThe', () => {
  it('runs a name the model ended on เดอะ over the next word and what it found there', () => {
    const text = 'นายกฯ พักที่โรงแรมเดอะ เบอร์เคลีย์ ประตูน้ำ';
    const hotel = at(text, 'โรงแรมเดอะ', 'FACILITY');
    const piece = at(text, 'เคลีย์', 'ORGANIZATION');
    const place = at(text, 'ประตูน้ำ', 'LOCATION');
    expect(found(text, [hotel, piece, place])).toEqual(['FACILITY:โรงแรมเดอะ เบอร์เคลีย์', 'LOCATION:ประตูน้ำ']);
  });

  it('makes a PERSON opening with เดอะ a venue after a venue head, and leaves a stage name', () => {
    const text = 'งานจัดที่โรงแรม เดอะ สุโกศล ก่อนที่เดอะ ทอยส์ จะขึ้นร้องเพลง';
    expect(found(text, [at(text, 'เดอะ สุโกศล', 'PERSON'), at(text, 'เดอะ ทอยส์', 'PERSON')])).toEqual(['FACILITY:โรงแรม เดอะ สุโกศล', 'PERSON:เดอะ ทอยส์']);
  });

  it('leaves a name with เดอะ inside it, a person, and เดอะ at the end of the text', () => {
    const text = 'บริษัท เดอะ มอลล์ กรุ๊ป จำกัด และนายเดอะ ใจดี ไปห้างเดอะ';
    const company = at(text, 'บริษัท เดอะ มอลล์ กรุ๊ป จำกัด', 'ORGANIZATION');
    const person = at(text, 'นายเดอะ ใจดี', 'PERSON');
    const mall = at(text, 'ห้างเดอะ', 'FACILITY');
    expect(found(text, [company, person, mall])).toEqual(['ORGANIZATION:บริษัท เดอะ มอลล์ กรุ๊ป จำกัด', 'PERSON:นายเดอะ ใจดี', 'FACILITY:ห้างเดอะ']);
  });
});
