import { namesAfterPersonKinds } from '../../src/entities/person-kinds.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const names = (text: string, entities: Candidate[] = []) =>
  namesAfterPersonKinds(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('namesAfterPersonKinds', () => {
  it('finds a known given name and a surname right after a word saying what the person is', () => {
    expect(names('ภาพยนตร์ของผู้กำกับชาติชาย มั่นคง ได้เข้าฉายที่คานส์')).toEqual([['PERSON', 'ชาติชาย มั่นคง']]);
    expect(names('นักร้องสาว ธนาธิป วงศ์ทองดี ขึ้นเวที')).toEqual([['PERSON', 'ธนาธิป วงศ์ทองดี']]);
  });

  it('finds a name in Latin script after a kind, not a short form in capitals nor a longer run', () => {
    expect(names('แร็ปเปอร์สาว KAYNA ขึ้นโชว์บนเวที')).toEqual([['PERSON', 'KAYNA']]);
    expect(names('นายกรัฐมนตรี Modi เยือนไทย')).toEqual([['PERSON', 'Modi']]);
    expect(names('ศิลปิน OTOP นำสินค้ามาจำหน่าย')).toEqual([]);
    expect(names('นักแสดง CEO Wiseline Corporation Ltd มาร่วมงาน')).toEqual([]);
  });

  it('finds a name in Latin script after a coach’s or a player’s word of sport news, and after a position', () => {
    expect(names('กุนซือ Diego Ferreira ยอมรับว่าทีมเล่นไม่ดี')).toEqual([['PERSON', 'Diego Ferreira']]);
    expect(names('ดาวยิง Marco Bellini ทำสองประตู')).toEqual([['PERSON', 'Marco Bellini']]);
    expect(names('กองหน้า Tomas Novak ยิงประตูชัย')).toEqual([['PERSON', 'Tomas Novak']]);
    expect(names('กองกลาง FC Porto ลงสนาม')).toEqual([]);
    expect(names('ผู้กำกับ Park Chan-wook เดินทางถึงไทย')).toEqual([['PERSON', 'Park Chan-wook']]);
  });

  it('takes no genre of music for a name, a hyphen and Latin letters inside a name for one', () => {
    expect(names('ไอดอล K-POP ขึ้นแสดงที่กรุงเทพฯ')).toEqual([]);
    expect(names('นักร้อง T-Pop ออกอัลบั้มใหม่')).toEqual([]);
    expect(names('ศิลปิน K-ป๊อป มาเยือนไทย')).toEqual([]);
    expect(names('ศิลปิน Kป๊อป มาเยือนไทย')).toEqual([]);
    expect(names('ผู้กำกับ Bong Joon-ho ได้รับรางวัล')).toEqual([['PERSON', 'Bong Joon-ho']]);
    expect(names('แร็ปเปอร์ J-HOPE ขึ้นเวที')).toEqual([['PERSON', 'J-HOPE']]);
  });

  it('takes a club’s name after a position or a coach’s word for no person: one word, or a club it knows', () => {
    expect(names('กุนซือ Chelsea ยอมรับว่าทีมเล่นไม่ดี')).toEqual([]);
    expect(names('กองหน้า Liverpool ยิงสองประตู')).toEqual([]);
    expect(names('เฮดโค้ช Aston Villa แถลงข่าว')).toEqual([]);
    expect(names('กองหลัง Crystal Palace บาดเจ็บ')).toEqual([]);
    expect(names('เฮดโค้ช Jonas Berg แถลงข่าว')).toEqual([['PERSON', 'Jonas Berg']]);
    // a player's word other than a position still takes one word
    expect(names('ดาวยิง Ronaldo ทำสองประตู')).toEqual([['PERSON', 'Ronaldo']]);
  });

  it('takes no verb, no common word and no place for a name', () => {
    expect(names('นักเตะ ชุดใหญ่ ลงซ้อมเมื่อวานนี้')).toEqual([]);
    expect(names('ศิลปินชาย ทั้งหมดขึ้นเวที')).toEqual([]);
    expect(names('นายกรัฐมนตรีญี่ปุ่น เดินทางถึงไทย')).toEqual([]);
    expect(names('นายกรัฐมนตรี ปรุงอาหาร สวมถุงมือ')).toEqual([]);
  });

  it('finds a given name the lists do not know after a kind standing alone, when neither chunk is in the dictionary', () => {
    expect(names('นักแสดงหนุ่ม ธีรเดชน์ คูโมโตะ ร่วมงานเปิดตัว')).toEqual([['PERSON', 'ธีรเดชน์ คูโมโตะ']]);
    // glued to the kind, or a chunk that is a word: no name
    expect(names('นักแสดงหนุ่มธีรเดชน์ คูโมโตะ ร่วมงาน')).toEqual([]);
    expect(names('นักร้องสาว ภาวิดา ลูกทุ่ง ขึ้นเวที')).toEqual([]);
  });

  it('replaces what the model found inside the name, not a person nor an entity across its edge', () => {
    const text = 'ผู้กำกับชาติชาย มั่นคง ได้รับรางวัล';
    const inside: Candidate = { start: text.indexOf('มั่นคง'), end: text.indexOf('มั่นคง') + 6, label: 'LOCATION', source: 'model' };
    expect(names(text, [inside])).toEqual([['PERSON', 'ชาติชาย มั่นคง']]);
    const across: Candidate = { start: text.indexOf('มั่นคง'), end: text.indexOf('มั่นคง') + 10, label: 'ORGANIZATION', source: 'model' };
    expect(names(text, [across])).toEqual([['ORGANIZATION', 'มั่นคง ได้']]);
  });
});
