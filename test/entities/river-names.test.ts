import type { Candidate } from '../../src/entities/resolve.js';
import { riverNames } from '../../src/entities/river-names.js';
import { boundariesOf, modelEntity } from './rule-inputs.js';

const found = (text: string, entities: Candidate[] = []) => riverNames(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('riverNames', () => {
  it('reads a known river after แม่น้ำ as one LOCATION with its head, glued to the words around it', () => {
    expect(found('ชาวบ้านบอกว่าน้ำในแม่น้ำชีลดลงมาก')).toEqual([['LOCATION', 'แม่น้ำชี']]);
    const text = 'เรือสินค้าล่องตามแม่น้ำเจ้าพระยา ก่อนถึงจ.อ่างทอง';
    expect(found(text, [modelEntity(text, 'เจ้าพระยา', 'LOCATION')])).toEqual([['LOCATION', 'แม่น้ำเจ้าพระยา']]);
  });

  it('takes the whole name where the model stopped inside it, and the longer of two names', () => {
    const text = 'ระดับน้ำในแม่น้ำท่าจีนยังปกติ';
    expect(found(text, [modelEntity(text, 'จีน', 'LOCATION')])).toEqual([['LOCATION', 'แม่น้ำท่าจีน']]);
    expect(found('สะพานข้ามแม่น้ำโก-ลกแห่งใหม่')).toEqual([['LOCATION', 'แม่น้ำโก-ลก']]);
  });

  it('leaves a river the lists lack, a name running on into a longer word, and an entity reaching outside it', () => {
    expect(found('ล่องเรือในแม่น้ำสายเล็ก')).toEqual([]);
    expect(found('น้ำจากแม่น้ำน้อยใหญ่ไหลลงทะเล')).toEqual([]);
    const station = 'ที่สถานีวัดน้ำแม่น้ำน่าน บ้านผาขวาง';
    expect(found(station, [modelEntity(station, 'สถานีวัดน้ำแม่น้ำน่าน', 'FACILITY')])).toEqual([['FACILITY', 'สถานีวัดน้ำแม่น้ำน่าน']]);
  });
});
