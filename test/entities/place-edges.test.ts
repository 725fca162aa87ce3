import { placeEdges } from '../../src/entities/place-edges.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, labelled } from './rule-inputs.js';

const at = (text: string, part: string, label: Candidate['label'] = 'LOCATION'): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source: 'model' };
};
const edged = (text: string, entities: Candidate[]) => labelled(text, placeEdges(text, entities, boundariesOf(text)));

describe('placeEdges', () => {
  it('takes the head of a lake, a river or a bay glued before the place the model tagged alone', () => {
    const text = 'ชาวประมงริมทะเลสาบสงขลา และชาวนาริมแม่น้ำน่าน ออกเรือในอ่าวไทย';
    expect(edged(text, [at(text, 'สงขลา'), at(text, 'น่าน'), at(text, 'ไทย')])).toEqual(['LOCATION:ทะเลสาบสงขลา', 'LOCATION:แม่น้ำน่าน', 'LOCATION:อ่าวไทย']);
  });

  it('leaves the sea of a place, a place with a head of its own, other kinds and what another entity holds', () => {
    const text = 'อาหารทะเลไทย ชายฝั่งทะเลภาคใต้ กลางอ่าวประเทศโซมาเลีย';
    const entities = [at(text, 'ไทย'), at(text, 'ภาคใต้'), at(text, 'ประเทศโซมาเลีย')];
    expect(edged(text, entities)).toEqual(['LOCATION:ไทย', 'LOCATION:ภาคใต้', 'LOCATION:ประเทศโซมาเลีย']);
    const taken = 'ริมแม่น้ำน่าน';
    expect(edged(taken, [at(taken, 'ริมแม่น้ำ', 'FACILITY'), at(taken, 'น่าน')])).toEqual(['FACILITY:ริมแม่น้ำ', 'LOCATION:น่าน']);
  });

  it('takes จังหวัด glued before a province the model tagged alone, not before Bangkok, a region or what is no province', () => {
    const text = 'นายสมหมาย ผู้ว่าราชการจังหวัดน่าน และประชาชนจังหวัดพะเยา';
    expect(edged(text, [at(text, 'น่าน'), at(text, 'พะเยา')])).toEqual(['LOCATION:จังหวัดน่าน', 'LOCATION:จังหวัดพะเยา']);
    const others = 'รองผู้ว่าราชการจังหวัดกรุงเทพมหานคร กลุ่มจังหวัดภาคเหนือ ในจังหวัด ภูเก็ต ทุกจังหวัดริมโขง';
    const entities = [at(others, 'กรุงเทพมหานคร'), at(others, 'ภาคเหนือ'), at(others, 'ภูเก็ต'), at(others, 'ริมโขง')];
    expect(edged(others, entities)).toEqual(['LOCATION:กรุงเทพมหานคร', 'LOCATION:ภาคเหนือ', 'LOCATION:ภูเก็ต', 'LOCATION:ริมโขง']);
    const body = 'สำนักงานอุตสาหกรรมจังหวัดน่าน';
    expect(edged(body, [at(body, 'น่าน', 'ORGANIZATION')])).toEqual(['ORGANIZATION:น่าน']);
  });

  it('gives a road or a lane its number, not a distance or a count after it', () => {
    const text = 'สำนักงานเลขที่ 63 ถนนพระราม 9 ห้วยขวาง และซอยสุขุมวิท 101 แต่ห่างจากถนนบางนา 2 กิโลเมตร ถนนเพชร 2,500 คัน';
    const entities = [at(text, 'ถนนพระราม'), at(text, 'ซอยสุขุมวิท'), at(text, 'ถนนบางนา'), at(text, 'ถนนเพชร')];
    expect(edged(text, entities)).toEqual(['LOCATION:ถนนพระราม 9', 'LOCATION:ซอยสุขุมวิท 101', 'LOCATION:ถนนบางนา', 'LOCATION:ถนนเพชร']);
  });

  it('gives Washington the ดี.ซี. after it, in place of what the model made of it', () => {
    const text = 'แถลงที่ทำเนียบขาว กรุงวอชิงตัน ดี.ซี. เมื่อวาน และที่วอชิงตันดีซี';
    const entities = [at(text, 'กรุงวอชิงตัน'), at(text, 'ซี.', 'ORGANIZATION'), at(text, 'วอชิงตันดี')];
    expect(edged(text, entities)).toEqual(['LOCATION:กรุงวอชิงตัน ดี.ซี.', 'LOCATION:วอชิงตันดี']);
  });

  it('starts a place after ย่าน (quarter)', () => {
    const text = 'ร้านดังย่านประตูน้ำ';
    expect(edged(text, [at(text, 'ย่านประตูน้ำ')])).toEqual(['LOCATION:ประตูน้ำ']);
  });
});
