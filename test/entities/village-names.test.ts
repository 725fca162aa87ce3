import type { Candidate } from '../../src/entities/resolve.js';
import { villageNames } from '../../src/entities/village-names.js';
import { boundariesOf, labelled, modelEntity } from './rule-inputs.js';

const found = (text: string, entities: Candidate[] = []) => labelled(text, villageNames(text, entities, boundariesOf(text)));

describe('villageNames', () => {
  it('reads a village before its group number or subdistrict as a LOCATION, glued or not', () => {
    expect(found('ชาวบ้านรวมตัวกันที่บ้านหนองแวง หมู่ที่ 4 ต.โคกกลาง')).toEqual(['LOCATION:บ้านหนองแวง']);
    expect(found('เหตุเกิดที่บ้านคลองใหม่ม.2 ต.ท่าข้าม')).toEqual(['LOCATION:บ้านคลองใหม่']);
    expect(found('ราษฎรบ้านห้วยทราย ตำบลแม่ปิง')).toEqual(['LOCATION:บ้านห้วยทราย']);
    expect(found('ศาลาประชาคม ม.2บ้านหนองไผ่ ต.ทุ่งใหญ่')).toEqual(['LOCATION:บ้านหนองไผ่']);
  });

  it('reads a village after its group number, and takes the place of the model building or name inside it', () => {
    const text = 'ผู้ใหญ่บ้านหมู่ 9 บ้านโนนสว่าง เผยว่าน้ำท่วมสูง';
    expect(found(text, [modelEntity(text, 'บ้านโนนสว่าง', 'FACILITY')])).toEqual(['LOCATION:บ้านโนนสว่าง']);
    const glued = 'ตรวจค้นบ้านป่าแดง หมู่ 6 ของตำบล';
    expect(found(glued, [modelEntity(glued, 'ป่าแดง', 'LOCATION')])).toEqual(['LOCATION:บ้านป่าแดง']);
  });

  it('leaves a house number, a house, a school or a group of houses named after the village, and a longer entity', () => {
    expect(found('อยู่บ้านเลขที่ 12 หมู่ 3 ต.บางเสาธง')).toEqual([]);
    expect(found('ไฟไหม้บ้านพัก ม.5 ต.หนองบัว')).toEqual([]);
    expect(found('คนร้ายบุกบ้านกำนัน ม.3 และบ้านญาติ หมู่ 4 ก่อนหนีไปบ้านเช่า ม.5')).toEqual([]);
    // October is no subdistrict
    expect(found('ครอบครัวย้ายเข้าบ้านหลังใหม่ ต.ค. 2567')).toEqual([]);
    expect(found('ในหมู่บ้านสุขใจ หมู่ 2')).toEqual([]);
    const school = 'นักเรียนโรงเรียนบ้านนาดี หมู่ 1 ต.นาดี';
    expect(found(school, [modelEntity(school, 'โรงเรียนบ้านนาดี', 'ORGANIZATION')])).toEqual(['ORGANIZATION:โรงเรียนบ้านนาดี']);
    expect(found('ที่สถานีอนามัยเฉลิมพระเกียรติบ้านโคกสูง ตำบลโคกสูง')).toEqual([]);
    expect(found('สมาชิกกลุ่มผู้ปลูกผักบ้านดอนไชย หมู่ 8')).toEqual([]);
    expect(found('งานก่อสร้างประตูระบายน้ำบ้านหนองกก ตำบลหนองกก')).toEqual([]);
  });
});
