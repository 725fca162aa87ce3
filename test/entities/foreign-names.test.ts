import { foreignPeople, givenNamesArePeople } from '../../src/entities/foreign-names.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const at = (text: string, part: string, label: Candidate['label'] = 'PERSON'): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source: 'model' };
};
const shown = (text: string, entities: Candidate[]) => entities.map((e) => [e.label, e.source, text.slice(e.start, e.end)]);
/** Token starts and ends as the pipeline gives them (UTF-16; these texts are all in the BMP). */
const found = (text: string, entities: Candidate[] = []) => foreignPeople(text, entities, boundariesOf(text));

describe('foreignPeople', () => {
  it('reads a foreign given name and the surname after it as one person, in place of what lay inside', () => {
    const text = 'ลิโอเนล เมสซี่ ยิงสองประตูให้ทีม';
    const result = found(text, [at(text, 'ลิโอเนล', 'ORGANIZATION')]);
    expect(shown(text, result.entities)).toEqual([['PERSON', 'pattern', 'ลิโอเนล เมสซี่']]);
    expect(result.names).toEqual(['ลิโอเนล เมสซี่', 'เมสซี่']);
  });

  it('keeps a title glued before the name, a surname particle, and a name glued to a preposition', () => {
    const titled = 'ผู้สื่อข่าวสัมภาษณ์นายคาร์ลอส อัลวาเรซ เมื่อวานนี้';
    expect(shown(titled, found(titled).entities)).toEqual([['PERSON', 'pattern', 'นายคาร์ลอส อัลวาเรซ']]);
    expect(found(titled).names).toEqual(['คาร์ลอส อัลวาเรซ', 'อัลวาเรซ']);
    const particle = 'ลูกโหม่งของเวอร์จิล ฟาน เดเบิร์ก ทำให้ทีมนำ';
    expect(shown(particle, found(particle).entities)).toEqual([['PERSON', 'pattern', 'เวอร์จิล ฟาน เดเบิร์ก']]);
    const glued = 'ประตูชัยมาจากลูกยิงโดยมาร์โค ตอร์เรสซี ในนาทีที่ 80';
    expect(shown(glued, found(glued).entities)).toEqual([['PERSON', 'pattern', 'มาร์โค ตอร์เรสซี']]);
  });

  it("knows the given names of the Thai League's Brazilian players and of coaches", () => {
    const text = 'ประตูแรกมาจาก กิลเยร์เม บิสโซลี่ ช่วยให้ทีมของโค้ชโอซาม่า ฟิลาร์โด้ ชนะ';
    expect(shown(text, found(text, [at(text, 'กิลเยร์เม', 'ORGANIZATION')]).entities)).toEqual([
      ['PERSON', 'pattern', 'กิลเยร์เม บิสโซลี่'],
      ['PERSON', 'pattern', 'โอซาม่า ฟิลาร์โด้'],
    ]);
  });

  it('reads two words that sound Japanese, or a Korean family and given name, as one person', () => {
    const japanese = 'ทีมของกุนซือ มาซาทาดะ อิชิอิ เปิดบ้านรับ';
    expect(shown(japanese, found(japanese, [at(japanese, 'อิชิอิ', 'ORGANIZATION')]).entities)).toEqual([['PERSON', 'pattern', 'มาซาทาดะ อิชิอิ']]);
    const korean = 'นักแสดง อี จุนฮยอก และ คิม ซูฮยอน มาร่วมงาน';
    expect(shown(korean, found(korean, [at(korean, 'จุนฮยอก', 'LOCATION')]).entities)).toEqual([
      ['PERSON', 'pattern', 'อี จุนฮยอก'],
      ['PERSON', 'pattern', 'คิม ซูฮยอน'],
    ]);
    expect(found(korean).names).toEqual(['อี จุนฮยอก', 'จุนฮยอก', 'คิม ซูฮยอน', 'ซูฮยอน']);
  });

  it('reads a Japanese or Korean pair glued to a word before it or after it', () => {
    const japanese = 'แชมป์เก่าแพ้น็อกเคนจิ ฮายาชิจากญี่ปุ่นในยกแรก';
    const result = found(japanese, [at(japanese, 'ฮายาชิ', 'ORGANIZATION')]);
    expect(shown(japanese, result.entities)).toEqual([['PERSON', 'pattern', 'เคนจิ ฮายาชิ']]);
    expect(result.names).toEqual(['เคนจิ ฮายาชิ', 'ฮายาชิ']);
    const korean = 'ศาลสั่งจำคุกคิม ซองมิน อดีตนักการเมือง';
    expect(shown(korean, found(korean, [at(korean, 'ซองมิน', 'LOCATION')]).entities)).toEqual([['PERSON', 'pattern', 'คิม ซองมิน']]);
  });

  it('takes no Thai words run together on both sides of a space, nor a family name that is a word, for a glued pair', () => {
    for (const text of ['ยอดขายลดลงบางอัน บางอันก็เพิ่มขึ้น', 'ทะเลาะตีกันมา พันกันไปหมด', 'ลูกค้าต้องจอง มินซูได้ก่อน']) {
      expect([text, found(text).entities]).toEqual([text, []]);
    }
  });

  it('takes no Thai words, Thai places, spelt letters or two entities of the model for a Japanese name', () => {
    for (const text of ['ใช้เวลา 5 นาที ราคา 20 บาท', 'ห้าง เมกา บางนา เปิดแล้ว', 'การแข่งขัน โมโต จีพี ที่บุรีรัมย์', 'ตรวจพบ ยาอี ยาเค ในรถ']) {
      expect([text, found(text).entities]).toEqual([text, []]);
    }
    const places = 'เดินทางไป ฮิโรชิมะ เอฮิเมะ แล้ว';
    const model = [at(places, 'ฮิโรชิมะ', 'LOCATION'), at(places, 'เอฮิเมะ', 'LOCATION')];
    expect(shown(places, found(places, model).entities)).toEqual([
      ['LOCATION', 'model', 'ฮิโรชิมะ'],
      ['LOCATION', 'model', 'เอฮิเมะ'],
    ]);
  });

  it('takes no verb, role, Thai phrase or short piece for a surname', () => {
    for (const text of [
      'เนย์มาร์ ยิงประตูชัยในนาทีสุดท้าย',
      'แดเนียล กล่าวว่า พร้อมลงสนาม',
      'แดเนียล นักเตะชาวอังกฤษ',
      '“เจมส์ ดีใจมากครับ ที่ได้มาเล่นที่นี่”',
      'ช่วงท้ายเกม หลุยส์ ที ลงสนาม',
    ]) {
      expect(found(text).entities).toEqual([]);
    }
  });

  it('ends the surname where a verb or a role written onto it opens a clause, not at a verb that may be its last syllable', () => {
    const glued = 'โดยโมฮาเหม็ด ซาลาห์ทำได้หนึ่งประตูกับอีกหนึ่งแอสซิสต์ ในเกมเมื่อคืน';
    expect(shown(glued, found(glued).entities)).toEqual([['PERSON', 'pattern', 'โมฮาเหม็ด ซาลาห์']]);
    // sport pages' verbs of a goal and of a table too
    const slang = 'โดยโมฮาเหม็ด ซาลาห์ซัดคนเดียวสองประตู';
    expect(shown(slang, found(slang).entities)).toEqual([['PERSON', 'pattern', 'โมฮาเหม็ด ซาลาห์']]);
    const short = 'คาร์ลอส อัลคาราซคว้าแชมป์ ที่ลอนดอน';
    expect(shown(short, found(short).entities)).toEqual([['PERSON', 'pattern', 'คาร์ลอส อัลคาราซ']]);
    const president = 'บารัค โอบามา กล่าวว่า';
    expect(shown(president, found(president).entities)).toEqual([['PERSON', 'pattern', 'บารัค โอบามา']]);
    // a run of letters longer than any surname, with no clause to end it, is none
    expect(found('ลิโอเนล เมสซี่อาร์เจนตินาแชมป์โลกสมัยที่สามของประเทศ ').entities).toEqual([]);
  });

  it("takes a country's or a city's name for the surname after a given name the lists know, not after one that is a place", () => {
    const country = 'ตำนานบาสเกตบอล ไมเคิล จอร์แดน เดินทางมาเยือน';
    expect(shown(country, found(country, [at(country, 'ไมเคิล'), at(country, 'จอร์แดน', 'LOCATION')]).entities)).toEqual([['PERSON', 'pattern', 'ไมเคิล จอร์แดน']]);
    const city = 'นักร้อง เจมส์ ปารีส เปิดตัวอัลบั้มใหม่';
    expect(shown(city, found(city, [at(city, 'ปารีส', 'ORGANIZATION')]).entities)).toEqual([['PERSON', 'pattern', 'เจมส์ ปารีส']]);
    const countries = 'ตัวแทนจากอังกฤษ จอร์เจีย ยูเครน เข้าร่วม';
    const places = [at(countries, 'จอร์เจีย', 'LOCATION'), at(countries, 'ยูเครน', 'LOCATION')];
    expect(shown(countries, found(countries, places).entities)).toEqual([
      ['LOCATION', 'model', 'จอร์เจีย'],
      ['LOCATION', 'model', 'ยูเครน'],
    ]);
  });

  it('leaves a given name inside another word, and a name inside a longer entity', () => {
    const inside = 'โปรเจค อีอีซี เดินหน้าต่อ';
    expect(found(inside).entities).toEqual([]);
    const longer = 'สัญญากับบริษัท จอห์น เดียร์ จำกัด';
    const company = at(longer, 'บริษัท จอห์น เดียร์ จำกัด', 'ORGANIZATION');
    expect(shown(longer, found(longer, [company]).entities)).toEqual([['ORGANIZATION', 'model', 'บริษัท จอห์น เดียร์ จำกัด']]);
  });

  it('looks for no title inside the name found before', () => {
    const text = 'จอห์น สมิธพล.ต.อ.ลิโอเนล เมสซี่ ชนะ';
    const people = found(text).entities.map((e) => [e.start, e.end]);
    expect(people.length).toBeGreaterThan(0);
    for (let i = 1; i < people.length; i++) expect(people[i][0]).toBeGreaterThanOrEqual(people[i - 1][1]);
  });

  it('keeps the model’s own entity when it is the same name', () => {
    const text = 'ราฟาเอล นาดาล คว้าแชมป์';
    const model = at(text, 'ราฟาเอล นาดาล');
    const result = found(text, [model]);
    expect(result.entities).toEqual([model]);
    expect(result.names).toEqual(['ราฟาเอล นาดาล', 'นาดาล']);
  });
});

describe('givenNamesArePeople', () => {
  it('makes a foreign given name the model called something else a person, unless it is part of a word', () => {
    const text = 'เนย์มาร์ ยิงประตู ส่วนทีมเยือนมาจากเซาเปาโล';
    const entities = givenNamesArePeople(text, [at(text, 'เนย์มาร์', 'ORGANIZATION'), at(text, 'เปาโล', 'LOCATION')]);
    expect(shown(text, entities)).toEqual([
      ['PERSON', 'model', 'เนย์มาร์'],
      ['LOCATION', 'model', 'เปาโล'],
    ]);
  });
});
