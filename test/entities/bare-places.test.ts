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

  it('tags a sea, a strait or a region of foreign news, in place of the country the model found inside it', () => {
    const text = 'ความตึงเครียดในทะเลจีนใต้และตะวันออกกลางทำให้เรือสินค้าเลี่ยงช่องแคบฮอร์มุซ';
    expect(found(text, [at(text, 'ทะเลจีน', 'LOCATION')])).toEqual([
      'LOCATION:pattern:ทะเลจีนใต้',
      'LOCATION:pattern:ตะวันออกกลาง',
      'LOCATION:pattern:ช่องแคบฮอร์มุซ',
    ]);
    // a body the model found across it is left to it
    const body = 'ศูนย์ศึกษาตะวันออกกลางศึกษา';
    expect(found(body, [at(body, body, 'ORGANIZATION')])).toEqual([`ORGANIZATION:model:${body}`]);
  });

  it('tags a country after a word that makes it the place, not a people, a tongue, a government or another word', () => {
    const text = 'ส่งออกทุเรียนไปจีน ก่อนหารือกับผู้นำมาเลเซีย';
    expect(found(text)).toEqual(['LOCATION:pattern:จีน', 'LOCATION:pattern:มาเลเซีย']);
    expect(found('ชาวจีนเรียนภาษาอังกฤษ ส่วนรัฐบาลไทยให้ไปเช็กอินที่โรงแรม')).toEqual([]);
    // in text order with the other bare places, and never over what the model found
    const trip = 'บินไปจีน แล้วเที่ยวหัวหิน ก่อนกลับไปญี่ปุ่น';
    expect(found(trip, [at(trip, 'ญี่ปุ่น', 'LOCATION')])).toEqual(['LOCATION:pattern:จีน', 'LOCATION:pattern:หัวหิน', 'LOCATION:model:ญี่ปุ่น']);
  });

  it('tags a province by its short name, in place of what the model found inside it', () => {
    const text = 'ฝนตกหนักที่อุบลฯ และนราฯ ผู้ว่าฯ ประจวบฯ สั่งการ ชาวแปดริ้วเดือดร้อน';
    const cut = at(text, 'อุบล', 'LOCATION');
    const person = at(text, 'นรา', 'PERSON');
    expect(found(text, [cut, person])).toEqual(['LOCATION:pattern:อุบลฯ', 'LOCATION:pattern:นราฯ', 'LOCATION:pattern:ประจวบฯ', 'LOCATION:pattern:แปดริ้ว']);
  });

  it('leaves a short name that is no place: a royal surname, a road, the official name, an era', () => {
    const text = 'นายปีติพงษ์ พึ่งบุญ ณ อยุธยา เล่าถึงสมัยอยุธยา ที่ถนนศรีอยุธยา ไม่ใช่ที่อยุธยา';
    const places = barePlaces(text, [], boundariesOf(text));
    expect(places.map((e) => [e.start, e.end, e.label])).toEqual([[text.lastIndexOf('อยุธยา'), text.length, 'LOCATION']]);
  });

  it('keeps what another rule found over a short name, and a head glued before it', () => {
    const text = 'มหาวิทยาลัยอุบลฯ จัดงานที่โคราช';
    const pattern = { ...at(text, 'โคราช', 'FACILITY'), source: 'pattern' as const };
    expect(found(text, [pattern])).toEqual(['FACILITY:pattern:โคราช']);
  });
});
