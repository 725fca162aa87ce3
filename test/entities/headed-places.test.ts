import { headedPlaces } from '../../src/entities/headed-places.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf, modelEntity } from './rule-inputs.js';

const found = (text: string, entities: Candidate[] = []) =>
  headedPlaces(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end), e.source]);

describe('headedPlaces', () => {
  it('reads a federation state after รัฐ as one LOCATION with its head, glued to the words around it', () => {
    expect(found('ชาวบ้านนับพันหนีการสู้รบในรัฐคะฉิ่นเมื่อคืนนี้')).toEqual([['LOCATION', 'รัฐคะฉิ่น', 'pattern']]);
    expect(found('น้ำท่วมหนักในรัฐทมิฬนาฑู ทางใต้ของอินเดีย')).toEqual([['LOCATION', 'รัฐทมิฬนาฑู', 'pattern']]);
    expect(found('ผู้ว่าการมลรัฐโอไฮโอแถลงว่า')).toEqual([['LOCATION', 'มลรัฐโอไฮโอ', 'pattern']]);
  });

  it('takes the place of what the model made of a state inside it', () => {
    const text = 'ไฟป่าลุกลามในรัฐควีนส์แลนด์ ออสเตรเลีย';
    expect(found(text, [modelEntity(text, 'รัฐควีนส์แลนด์', 'FACILITY'), modelEntity(text, 'ออสเตรเลีย', 'LOCATION')])).toEqual([
      ['LOCATION', 'รัฐควีนส์แลนด์', 'pattern'],
      ['LOCATION', 'ออสเตรเลีย', 'model'],
    ]);
  });

  it('leaves the end of a country long name, a body named after a state, and a state the list lacks', () => {
    expect(found('นายกรัฐมนตรีแห่งเครือรัฐออสเตรเลียตะวันตก')).toEqual([]);
    const text = 'ทหารกองทัพรัฐฉานใต้ปะทะกัน';
    expect(found(text, [modelEntity(text, 'กองทัพรัฐฉานใต้', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'กองทัพรัฐฉานใต้', 'model']]);
    expect(found('รัฐจะช่วยเหลือเกษตรกร')).toEqual([]);
  });

  it('reads a known road after ถนน or ถ. as one LOCATION, glued or cut short by the model', () => {
    expect(found('รถติดยาวบนถนนพหลโยธินขาออกตั้งแต่เช้า')).toEqual([['LOCATION', 'ถนนพหลโยธิน', 'pattern']]);
    expect(found('รถบรรทุกเสียหลักบนถ.เพชรเกษม ขาล่อง')).toEqual([['LOCATION', 'ถ.เพชรเกษม', 'pattern']]);
    const text = 'ผู้ชุมนุมปักหลักบนถนนราชดำเนินนอกทั้งคืน';
    expect(found(text, [modelEntity(text, 'ถนนราชดำเนิน', 'LOCATION')])).toEqual([['LOCATION', 'ถนนราชดำเนินนอก', 'pattern']]);
  });

  it('gives a Rama road its number, and keeps the model own LOCATION over the same span', () => {
    expect(found('คอนโดใหม่ติดถนนพระราม 3 ขายหมดแล้ว')).toEqual([['LOCATION', 'ถนนพระราม 3', 'pattern']]);
    expect(found('สำนักงานตั้งอยู่ที่ถนนพระรามที่ 4 แขวงคลองเตย')).toEqual([['LOCATION', 'ถนนพระรามที่ 4', 'pattern']]);
    const text = 'อุบัติเหตุบนถนนสุขุมวิท เมื่อเช้า';
    expect(found(text, [modelEntity(text, 'ถนนสุขุมวิท', 'LOCATION')])).toEqual([['LOCATION', 'ถนนสุขุมวิท', 'model']]);
  });

  it('leaves a road the list lacks and a name that runs on into a longer word', () => {
    expect(found('ชาวบ้านร่วมกันซ่อมถนนสายหลักของหมู่บ้าน')).toEqual([]);
    expect(found('ถนนพระราม 12 เลน')).toEqual([]);
  });
});
