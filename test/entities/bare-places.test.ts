import { barePlaces } from '../../src/entities/bare-places.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, modelEntity as at } from './rule-inputs.js';

const found = (text: string, entities: Candidate[] = []) =>
  barePlaces(text, entities, boundariesOf(text)).map((e) => `${e.label}:${e.source}:${text.slice(e.start, e.end)}`);

describe('barePlaces', () => {
  it('tags a place news names bare where the model found nothing', () => {
    const text = 'ครอบครัวนี้เที่ยวหัวหินทุกปี ส่วนปีนี้บินไปบาหลี ขณะที่ข่าวต่างประเทศรายงานการปะทะในฉนวนกาซา';
    expect(found(text)).toEqual(['LOCATION:pattern:หัวหิน', 'LOCATION:pattern:บาหลี', 'LOCATION:pattern:ฉนวนกาซา']);
  });

  it('leaves a place with a head glued before it, and what the model found over it', () => {
    const text = 'นายกเมืองพัทยาตรวจหาดพัทยา ก่อนประชุมที่โรงแรมหัวหินแกรนด์';
    const hotel = at(text, 'โรงแรมหัวหินแกรนด์', 'FACILITY');
    expect(found(text, [hotel])).toEqual(['FACILITY:model:โรงแรมหัวหินแกรนด์']);
  });
});
