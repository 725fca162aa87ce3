import type { Candidate } from '../../src/entities/resolve.js';
import { sportNames } from '../../src/entities/sport-names.js';
import { boundariesOf } from './rule-inputs.js';

const at = (text: string, part: string, label: Candidate['label']): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source: 'model' };
};
const shown = (text: string, entities: Candidate[]) => entities.map((e) => [e.label, text.slice(e.start, e.end)]);
/** Countries as the gazetteer would find them: here only ไทย and ญี่ปุ่น. */
const countriesIn = (text: string) => ({
  endOfCountryAt: (start: number) => {
    for (const name of ['ไทย', 'ญี่ปุ่น']) if (text.startsWith(name, start)) return start + name.length;
    return -1;
  },
});
const sport = (text: string, entities: Candidate[]) => shown(text, sportNames(text, entities, countriesIn(text), boundariesOf(text)));

describe('sportNames', () => {
  it('drops a person that is a tournament’s name', () => {
    const text = 'เธอเข้ารอบสองของ ไทยแลนด์ โอเพ่น ได้สำเร็จ ต่อด้วยรายการ บริติช กรังด์ปรีซ์';
    expect(sport(text, [at(text, 'ไทยแลนด์ โอเพ่น', 'PERSON'), at(text, 'บริติช กรังด์ปรีซ์', 'PERSON')])).toEqual([]);
    // nor is the first word of one, a person or a place
    const first = 'เธอคว้าแชมป์ยูเอส โอเพ่น และ ออสเตรเลียน โอเพ่นส์ สมัยแรก';
    expect(sport(first, [at(first, 'ยูเอส', 'LOCATION'), at(first, 'ออสเตรเลียน', 'PERSON')])).toEqual([['PERSON', 'ออสเตรเลียน']]);
    // a surname that merely contains such a word stays
    const name = 'สมหญิง โอเพ่นวงศ์ ลงแข่ง';
    expect(sport(name, [at(name, 'สมหญิง โอเพ่นวงศ์', 'PERSON')])).toEqual([['PERSON', 'สมหญิง โอเพ่นวงศ์']]);
  });

  it('makes a ground the model called a place a facility, not the square สนามหลวง nor an airport', () => {
    const text = 'แข่งที่สนามช้าง ก่อนชุมนุมที่สนามหลวง แล้วบินจากสนามบินดอนเมือง';
    expect(sport(text, [at(text, 'สนามช้าง', 'LOCATION'), at(text, 'สนามหลวง', 'LOCATION'), at(text, 'สนามบินดอนเมือง', 'LOCATION')])).toEqual([
      ['FACILITY', 'สนามช้าง'],
      ['LOCATION', 'สนามหลวง'],
      ['LOCATION', 'สนามบินดอนเมือง'],
    ]);
  });

  it('cuts a score’s first number off the name before it, not a number that names', () => {
    const text = 'บุรีรัมย์ ยูไนเต็ด ถล่ม การท่าเรือ 4-0 ส่วนทีมเยือน ชลบุรี เอฟซี 2 – 1 ออกอากาศทางช่อง 3 ไม่มีเกมของ ตำรวจปราบปรามยาเสพติด 5';
    const entities = ['การท่าเรือ 4', 'ชลบุรี เอฟซี 2', 'ช่อง 3', 'ตำรวจปราบปรามยาเสพติด 5'].map((part) => at(text, part, 'ORGANIZATION'));
    expect(sport(text, entities)).toEqual([
      // a club's ending (ยูไนเต็ด) makes the name before it a club of its own
      ['ORGANIZATION', 'บุรีรัมย์ ยูไนเต็ด'],
      ['ORGANIZATION', 'การท่าเรือ'],
      ['ORGANIZATION', 'ชลบุรี เอฟซี'],
      ['ORGANIZATION', 'ช่อง 3'],
      ['ORGANIZATION', 'ตำรวจปราบปรามยาเสพติด 5'],
    ]);
  });

  it('cuts a player’s position off the club after it and the player before it', () => {
    const club = 'เขาเป็นกองหน้าแมนเชสเตอร์ ซิตี้ มาสามฤดูกาล';
    expect(sport(club, [at(club, 'กองหน้าแมนเชสเตอร์ ซิตี้', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'แมนเชสเตอร์ ซิตี้']]);
    const of = 'ลูกโหม่งของกองหลังของชลบุรี เอฟซี';
    expect(sport(of, [at(of, 'กองหลังของชลบุรี', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'ชลบุรี เอฟซี']]);
    const player = 'สโมสรคว้าตัวโรดริโก ปาเชโก กองกลาง วัย 24 ปี';
    expect(sport(player, [at(player, 'โรดริโก ปาเชโก กองกลาง', 'PERSON')])).toEqual([['PERSON', 'โรดริโก ปาเชโก']]);
    // the position glued to the club after it, the model's person running over both
    const glued = 'เกมนี้ มาเตโอ ซานโตส กองหลังเรอัล เบติส ได้ใบเหลือง';
    expect(sport(glued, [at(glued, 'มาเตโอ ซานโตส กองหลังเรอัล', 'PERSON')])).toEqual([['PERSON', 'มาเตโอ ซานโตส']]);
  });

  it('makes one club or venue of a name ending with a club’s or a venue’s word', () => {
    // the model's place and the word after it
    const club = 'เกมนี้ ราชบุรี ยูไนเต็ด เปิดบ้านรับ ลำพูน เอฟซี';
    expect(sport(club, [at(club, 'ราชบุรี', 'LOCATION'), at(club, 'ยูไนเต็ด', 'ORGANIZATION'), at(club, 'ลำพูน', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'ราชบุรี ยูไนเต็ด'],
      ['ORGANIZATION', 'ลำพูน เอฟซี'],
    ]);
    // an entity already over the word takes its kind; a bare chunk before it becomes the name's start
    const venue = 'คอนเสิร์ตจัดที่ ธันเดอร์ โดมอารีน่า และ ริเวอร์ ฮอลล์ ส่วนทีม เมืองทอง ยูไนเต็ด ซ้อมต่อ';
    expect(sport(venue, [at(venue, 'เมืองทอง ยูไนเต็ด', 'LOCATION')])).toEqual([
      ['FACILITY', 'ริเวอร์ ฮอลล์'],
      ['ORGANIZATION', 'เมืองทอง ยูไนเต็ด'],
    ]);
    // a report glues the verb to the club's word (not to ซิตี้, which opens longer names)
    const verb = 'ทำให้ชลบุรี เอฟซีไล่ตีเสมอได้ ส่วนลำปาง เอฟซีบุกไปแพ้';
    expect(sport(verb, [at(verb, 'ชลบุรี', 'LOCATION'), at(verb, 'เอฟซี', 'ORGANIZATION'), at(verb, 'ลำปาง', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'ชลบุรี เอฟซี'],
      ['ORGANIZATION', 'ลำปาง เอฟซี'],
    ]);
    const hall = 'งานจัดที่ ซิตี้ฮอลล์ ของเมือง';
    expect(sport(hall, [])).toEqual([]);
    // a name the model cut inside a word is joined again
    const cut = 'นัดนี้เล่นที่สนามไวท์เฮเวน โรเวอร์ส อารีน่า';
    expect(sport(cut, [at(cut, 'สนามไวท์', 'LOCATION'), at(cut, 'เฮเวน โรเวอร์ส', 'ORGANIZATION')])).toEqual([['FACILITY', 'สนามไวท์เฮเวน โรเวอร์ส อารีน่า']]);
    // no chunk glued to a word before it (`ที่ฮอลล์`), nor one starting inside a longer word
    const glued = 'จัดงานที่ฮอลล์ 9 ชั้นสาม';
    expect(sport(glued, [])).toEqual([]);
    const long = 'เมื่อวานนี้ทีมฟุตบอลเลสเตอร์ ซิตี้ ชนะ';
    expect(sport(long, [])).toEqual([]);
    // nothing past an entity that runs on beyond the word, however many start inside it
    const runsOn = 'แฟนบอลร้อง ยูไนเต็ด แชมป์ ดังทั้งสนาม';
    expect(sport(runsOn, [at(runsOn, 'ยูไนเต็ด แชมป์', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'ยูไนเต็ด แชมป์']]);
    const twoInside = 'แฟน ยูไนเต็ด แชมป์ ดัง';
    const pieces = [at(twoInside, 'ยูไน', 'ORGANIZATION'), at(twoInside, 'เต็ด แชมป์', 'ORGANIZATION')];
    expect(sport(twoInside, pieces)).toEqual([
      ['ORGANIZATION', 'ยูไน'],
      ['ORGANIZATION', 'เต็ด แชมป์'],
    ]);
  });

  it('starts a club’s name after the words of a report glued before it, and reads ซิตี้ with a word glued after it', () => {
    const beaten = 'นครพนม ยูไนเต็ด บุกไปแพ้ลำพูน ซิตี้ 0-1';
    expect(sport(beaten, [at(beaten, 'นครพนม', 'LOCATION'), at(beaten, 'บุกไปแพ้ลำพูน', 'ORGANIZATION')])).toEqual([
      ['ORGANIZATION', 'นครพนม ยูไนเต็ด'],
      ['ORGANIZATION', 'ลำพูน ซิตี้'],
    ]);
    const coach = 'เฮดโค้ชยโสธร เอฟซี ลาออก';
    expect(sport(coach, [])).toEqual([['ORGANIZATION', 'ยโสธร เอฟซี']]);
    // เปิดรัง, to play at home ("open the nest"), before the home ground's name
    const home = 'สุรินทร์ เอฟซี เปิดรังศรีณรงค์ อารีน่า รับการมาเยือน';
    expect(sport(home, [at(home, 'สุรินทร์', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'สุรินทร์ เอฟซี'],
      ['FACILITY', 'ศรีณรงค์ อารีน่า'],
    ]);
    const led = 'เขายิงพาสตูล ซิตี้ขึ้นนำ และขอบคุณแฟนบอลสตูล ซิตี้ที่มาเชียร์';
    expect(sport(led, [])).toEqual([
      ['ORGANIZATION', 'สตูล ซิตี้'],
      ['ORGANIZATION', 'สตูล ซิตี้'],
    ]);
    // และ joins the words of a longer name: no cut there
    const and = 'โครงการศูนย์วิจัยและพัฒนา ซิตี้ เปิดตัว';
    expect(sport(and, [at(and, 'โครงการศูนย์วิจัยและพัฒนา', 'ORGANIZATION')])).toEqual([['ORGANIZATION', 'โครงการศูนย์วิจัยและพัฒนา ซิตี้']]);
    // a longer word after ซิตี้ is no club's
    const mall = 'นัดกันที่ ลำพูน ซิตี้มอลล์';
    expect(sport(mall, [])).toEqual([]);
  });

  it('never takes a date, a time or a person before the word into the name', () => {
    const date = 'เกมเมื่อวันเสาร์ที่ 5 ตุลาคม ซิตี้ บุกไปชนะ';
    const day = at(date, 'วันเสาร์ที่ 5 ตุลาคม', 'DATE');
    expect(sport(date, [day])).toEqual([['DATE', 'วันเสาร์ที่ 5 ตุลาคม']]);
    const player = 'ลูกยิงของ บรูโน่ แฟร์นันเดส ยูไนเต็ด ขึ้นนำ';
    expect(sport(player, [at(player, 'บรูโน่ แฟร์นันเดส', 'PERSON')])).toEqual([['PERSON', 'บรูโน่ แฟร์นันเดส']]);
    // a PERSON the model ran over the club's word is the club
    const club = 'บีจี ปทุม ยูไนเต็ด แต่งตั้งโค้ชใหม่';
    expect(sport(club, [at(club, 'บีจี ปทุม ยูไนเต็ด', 'PERSON')])).toEqual([['ORGANIZATION', 'บีจี ปทุม ยูไนเต็ด']]);
  });

  it('finds no team inside the team just found', () => {
    const text = 'ทีมชาติทีมชาติไทย ชนะ';
    expect(sport(text, [at(text, 'ทีมชาติไทย', 'LOCATION')])).toEqual([['ORGANIZATION', 'ทีมชาติทีมชาติไทย']]);
  });

  it('takes the country back from a player the model ran it into after ทีมชาติ', () => {
    const text = 'นักเตะทีมชาติไทย ศักดิ์ชัย ดีงาม ยิงประตูชัย';
    expect(sport(text, [at(text, 'ไทย ศักดิ์ชัย ดีงาม', 'PERSON')])).toEqual([
      ['ORGANIZATION', 'ทีมชาติไทย'],
      ['PERSON', 'ศักดิ์ชัย ดีงาม'],
    ]);
    // a person that is the country alone, or with no space after it, is left to the other rules
    const glued = 'นักเตะทีมชาติไทยศักดิ์ชัย ลงสนาม';
    expect(sport(glued, [at(glued, 'ไทยศักดิ์ชัย', 'PERSON')])).toEqual([['PERSON', 'ไทยศักดิ์ชัย']]);
  });

  it('makes ทีมชาติ and its country one organisation, and a league no place or person (ThaiNER leaves leagues unlabelled)', () => {
    const text = 'ทีมชาติไทย พบ ทีมชาติญี่ปุ่น ในศึกไทยลีก ก่อนเปิดฤดูกาลลาลีกา';
    expect(sport(text, [at(text, 'ไทย', 'LOCATION'), at(text, 'ไทยลีก', 'LOCATION'), at(text, 'ลาลีกา', 'PERSON')])).toEqual([
      ['ORGANIZATION', 'ทีมชาติไทย'],
      ['ORGANIZATION', 'ทีมชาติญี่ปุ่น'],
    ]);
  });
});
