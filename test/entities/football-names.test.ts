import { footballNames } from '../../src/entities/football-names.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const at = (text: string, part: string, label: Candidate['label'], source: Candidate['source'] = 'model'): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source };
};
const found = (text: string, entities: Candidate[] = []) => footballNames(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('footballNames', () => {
  it('finds clubs and their nicknames glued to the words around them; a league is no entity', () => {
    const text = 'เมื่อคืนนี้เชลซีบุกไปเอาชนะอาร์เซนอล 2-1 ส่วนปีศาจแดงเสมอกับไก่เดือยทอง ในศึกพรีเมียร์ลีก';
    expect(found(text, [at(text, 'พรีเมียร์ลีก', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'เชลซี'],
      ['ORGANIZATION', 'อาร์เซนอล'],
      ['ORGANIZATION', 'ปีศาจแดง'],
      ['ORGANIZATION', 'ไก่เดือยทอง'],
    ]);
    // a league says the text is about football
    const league = 'ลิเวอร์พูลนำเป็นจ่าฝูงพรีเมียร์ลีก';
    expect(found(league)).toEqual([['ORGANIZATION', 'ลิเวอร์พูล']]);
  });

  it('takes the longest name (ท็อตแนม ฮ็อทสเปอร์), with or without its space', () => {
    const text = 'ท็อตแนม ฮ็อทสเปอร์ พบ แอสตันวิลล่า';
    expect(found(text)).toEqual([
      ['ORGANIZATION', 'ท็อตแนม ฮ็อทสเปอร์'],
      ['ORGANIZATION', 'แอสตันวิลล่า'],
    ]);
  });

  it('reads a city’s or a word’s name as the club only where the text is about football', () => {
    const match = 'นักเตะลิเวอร์พูล ต้อนรับ บาร์เซโลนา ในเกมอุ่นเครื่อง ก่อนที่ม้าลายจะบุกไปเยือนพรุ่งนี้';
    expect(found(match, [at(match, 'ลิเวอร์พูล', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'ลิเวอร์พูล'],
      ['ORGANIZATION', 'บาร์เซโลนา'],
      ['ORGANIZATION', 'ม้าลาย'],
    ]);
    const trip = 'คณะผู้แทนการค้าเดินทางต่อไปยังลิเวอร์พูล แล้วจึงไปบาร์เซโลนา เพื่อดูงานด้านท่าเรือ';
    expect(found(trip, [at(trip, 'ลิเวอร์พูล', 'LOCATION')])).toEqual([['LOCATION', 'ลิเวอร์พูล']]);
    const army = 'กองทัพใช้ปืนใหญ่ยิงถล่มที่มั่นของฝ่ายตรงข้าม';
    expect(found(army)).toEqual([]);
    // nor near words other news uses as much (to stand for election, a half-year) or for a nickname that is a word
    const election = 'นายกรัฐมนตรีเตรียมลงสนามเลือกตั้งอีกครั้ง ขณะที่นักลงทุนจากลิเวอร์พูลสนใจลงทุนในไทยในครึ่งแรกของปี';
    expect(found(election)).toEqual([]);
    const cockfight = 'ตำรวจบุกจับบ่อนไก่ชน พบไก่เดือยทองหลายตัว';
    expect(found(cockfight)).toEqual([]);
  });

  it('knows the J1 League’s clubs by their full names and nicknames, and the national team where the text is about football', () => {
    const text = 'ชนาธิป สรงกระสินธ์ ช่วยให้คาวาซากิ ฟรอนตาเล่ เอาชนะมารินอส 2-1 ก่อนกลับมาเล่นให้ "ช้างศึก" ในศึกอาเซียนคัพ';
    expect(found(text, [at(text, 'ชนาธิป สรงกระสินธ์', 'PERSON')])).toEqual([
      ['PERSON', 'ชนาธิป สรงกระสินธ์'],
      ['ORGANIZATION', 'คาวาซากิ ฟรอนตาเล่'],
      ['ORGANIZATION', 'มารินอส'],
      ['ORGANIZATION', 'ช้างศึก'],
    ]);
    // a war elephant of history, and a city alone, are no team
    expect(found('กองทัพส่งช้างศึกออกรบในสมัยอยุธยา')).toEqual([]);
    expect(found('นายกเทศมนตรีเมืองโยโกฮาม่าเยือนไทย')).toEqual([]);
  });

  it('replaces a person another rule guessed on the club’s name alone, not one that runs beyond it', () => {
    const quoted = 'แมนเชสเตอร์ ยูไนเต็ด หรือ "ปีศาจแดง" พ่ายคาบ้าน 0-2';
    expect(found(quoted, [at(quoted, 'ปีศาจแดง', 'PERSON', 'pattern')])).toEqual([
      ['ORGANIZATION', 'แมนเชสเตอร์ ยูไนเต็ด'],
      ['ORGANIZATION', 'ปีศาจแดง'],
    ]);
    const person = 'เลสเตอร์ เฮย์ส นักเตะดาวรุ่ง ยิงประตูชัย';
    expect(found(person, [at(person, 'เลสเตอร์ เฮย์ส', 'PERSON', 'pattern')])).toEqual([['PERSON', 'เลสเตอร์ เฮย์ส']]);
  });

  it('reads a result with its score as football: the clubs are the cities before and after the verb', () => {
    const result = 'เซบีย่าพ่ายลียง 1-3 ในเกมเมื่อคืนนี้';
    expect(found(result, [at(result, 'ลียง', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'เซบีย่า'],
      ['ORGANIZATION', 'ลียง'],
    ]);
    const glued = 'บาเลนเซียเอาชนะบาร์เซโลน่า 2-0 ในเกมอุ่นเครื่อง';
    expect(found(glued)).toEqual([
      ['ORGANIZATION', 'บาเลนเซีย'],
      ['ORGANIZATION', 'บาร์เซโลน่า'],
    ]);
    // a range of dates, ranks or days after the verb is no score
    const dates = 'ผู้ชนะจะได้ไปดูงานที่ลิเวอร์พูลและบาร์เซโลนา ระหว่างวันที่ 12-18 มีนาคม';
    expect(found(dates)).toEqual([]);
    const days = 'ทีมที่ชนะจะได้ไปเที่ยวบาเลนเซีย 5-7 วัน';
    expect(found(days)).toEqual([]);
  });

  it('makes a ground a facility, with the word for a ground before it, in place of the model’s person', () => {
    const text = 'เกมนัดนี้เตะที่สนามโอลด์ แทรฟฟอร์ด ต่อหน้าแฟนบอลเจ้าบ้าน';
    expect(found(text, [at(text, 'สนามโอลด์', 'LOCATION'), at(text, 'แทรฟฟอร์ด', 'PERSON')])).toEqual([['FACILITY', 'สนามโอลด์ แทรฟฟอร์ด']]);
  });

  it('leaves a person the model found across the name’s edge', () => {
    const text = 'นายสมชาย แมนยู ยืนยันว่าจะไม่ขายนักเตะ';
    expect(found(text, [at(text, 'นายสมชาย แม', 'PERSON')])).toEqual([['PERSON', 'นายสมชาย แม']]);
  });

  it('leaves a name inside a longer entity, inside a longer word, or over a date or an English name', () => {
    const club = 'ทางสโมสรเชลซีแถลงว่าจะไม่ขายนักเตะ';
    expect(found(club, [at(club, 'สโมสรเชลซี', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'สโมสรเชลซี']]);
    const country = 'นักท่องเที่ยวจากโรมาเนียเพิ่มขึ้น แม้ทีมฟุตบอลจะไม่ได้มา';
    expect(found(country)).toEqual([]);
    const pattern = 'แมนยู';
    expect(found(pattern, [at(pattern, 'แมนยู', 'URL', 'pattern')])).toEqual([['URL', 'แมนยู']]);
  });
});
