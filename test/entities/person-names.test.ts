import { nicknameEdges, pseudonymsArePeople, quotedNicknames, refinePersons, trimPersonEdges } from '../../src/entities/person-names.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const at = (text: string, part: string, label: Candidate['label'] = 'PERSON'): Candidate => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, label, source: 'model' };
};
const shown = (text: string, entities: Candidate[]) => entities.map((e) => [e.label, e.start, e.end, text.slice(e.start, e.end)]);

describe('refinePersons', () => {
  it('makes two people of two names joined by a word of their own', () => {
    const text = 'เซเรนา วิลเลียมส์ ควง วีนัส วิลเลียมส์ ลงสนาม';
    expect(shown(text, refinePersons(text, [at(text, 'เซเรนา วิลเลียมส์ ควง วีนัส วิลเลียมส์')]))).toEqual([
      ['PERSON', 0, 17, 'เซเรนา วิลเลียมส์'],
      ['PERSON', 22, 38, 'วีนัส วิลเลียมส์'],
    ]);
    const pair = 'นายก้องภพ ศรีเมือง กับ นางสาวพิมพ์ใจ ดวงแก้ว';
    expect(shown(pair, refinePersons(pair, [at(pair, pair)])).map((e) => e[3])).toEqual(['นายก้องภพ ศรีเมือง', 'นางสาวพิมพ์ใจ ดวงแก้ว']);
  });

  it('makes two people of two names where the word joining them is glued to the second, not of a surname that opens so', () => {
    const text = 'นำแสดงโดย มาลินี ศรีเมือง และภูผา วิศวกุล ในละคร';
    expect(shown(text, refinePersons(text, [at(text, 'มาลินี ศรีเมือง และภูผา วิศวกุล')]))).toEqual([
      ['PERSON', 10, 25, 'มาลินี ศรีเมือง'],
      ['PERSON', 29, 41, 'ภูผา วิศวกุล'],
    ]);
    const surname = 'นายสมชาย ควงพันธ์ กล่าว';
    expect(shown(surname, refinePersons(surname, [at(surname, 'นายสมชาย ควงพันธ์')])).map((e) => e[3])).toEqual(['นายสมชาย ควงพันธ์']);
  });

  it('takes in the other part of a name joined by a hyphen, when a surname says it is a name', () => {
    const titled = 'นายฌ็อง-ปีแยร์ ดูบัว เข้าพบ';
    expect(shown(titled, refinePersons(titled, [at(titled, 'นายฌ็อง')])).map((e) => e[3])).toEqual(['นายฌ็อง-ปีแยร์ ดูบัว']);
    const nickname = 'นักร้องสาว โบว์-เมลดา สุศรี ขึ้นเวที';
    expect(shown(nickname, refinePersons(nickname, [at(nickname, 'เมลดา สุศรี')])).map((e) => e[3])).toEqual(['โบว์-เมลดา สุศรี']);
    // a headline joins words with a hyphen: no surname, no name
    const headline = 'หวัดลาม สมชาย-โทษนก';
    expect(shown(headline, refinePersons(headline, [at(headline, 'สมชาย')])).map((e) => e[3])).toEqual(['สมชาย']);
    const before = 'ข่าวเด่น-สมชาย';
    expect(shown(before, refinePersons(before, [at(before, 'สมชาย')])).map((e) => e[3])).toEqual(['สมชาย']);
    // a list of names joined by hyphens: each keeps its own
    const list = 'นักแสดง สมชาย ใจเย็นมาก-สมหญิง รักษ์ดี-โน้ต เชิญยิ้ม มาร่วมงาน';
    expect(shown(list, refinePersons(list, [at(list, 'สมชาย ใจเย็นมาก'), at(list, 'สมหญิง รักษ์ดี'), at(list, 'โน้ต เชิญยิ้ม')])).map((e) => e[3])).toEqual([
      'สมชาย ใจเย็นมาก',
      'สมหญิง รักษ์ดี',
      'โน้ต เชิญยิ้ม',
    ]);
  });

  it('joins a transliterated given name the model took for something else to the surname after it', () => {
    const text = 'เซเรนา วิลเลียมส์ ลงสนาม';
    expect(shown(text, refinePersons(text, [at(text, 'เซเรนา', 'ORGANIZATION'), at(text, 'วิลเลียมส์')]))).toEqual([['PERSON', 0, 17, 'เซเรนา วิลเลียมส์']]);
    // a headed name (a province, a titled person) before a person stays what it is
    const headed = 'จังหวัดน่าน วิลเลียมส์ ลงสนาม';
    expect(shown(headed, refinePersons(headed, [at(headed, 'จังหวัดน่าน', 'LOCATION'), at(headed, 'วิลเลียมส์')]))).toEqual([
      ['LOCATION', 0, 11, 'จังหวัดน่าน'],
      ['PERSON', 12, 22, 'วิลเลียมส์'],
    ]);
  });

  it('adds the surname to a titled given name, but not a verb or a role', () => {
    const text = 'นายก้องภพ ศรีเมือง เดินทางถึงสนามบิน';
    expect(shown(text, refinePersons(text, [at(text, 'นายก้องภพ')]))).toEqual([['PERSON', 0, 18, 'นายก้องภพ ศรีเมือง']]);
    const spoke = 'นายก้องภพ กล่าวว่า จะไม่ลงสมัคร';
    expect(shown(spoke, refinePersons(spoke, [at(spoke, 'นายก้องภพ')]))).toEqual([['PERSON', 0, 9, 'นายก้องภพ']]);
    const glued = 'พ.ต.อ.ก้องภพ ศรีเมืองผกก.สภ.เมืองใหม่ แถลง';
    expect(shown(glued, refinePersons(glued, [at(glued, 'พ.ต.อ.ก้องภพ')]))).toEqual([['PERSON', 0, 21, 'พ.ต.อ.ก้องภพ ศรีเมือง']]);
    const aged = 'นางสาวพิมพ์ใจ อายุ 32 ปี';
    expect(shown(aged, refinePersons(aged, [at(aged, 'นางสาวพิมพ์ใจ')]))).toEqual([['PERSON', 0, 13, 'นางสาวพิมพ์ใจ']]);
    // a long chunk after the name is the rest of the clause, not a surname
    const clause = 'พ.ต.ท.ก้องภพ ออกรายการวิทยุยืนยันอีกครั้ง';
    expect(shown(clause, refinePersons(clause, [at(clause, 'พ.ต.ท.ก้องภพ')]))).toEqual([['PERSON', 0, 12, 'พ.ต.ท.ก้องภพ']]);
  });

  it('ends a name the model stopped inside its surname at the end of that surname, not before a verb', () => {
    const text = 'นายก้องภพ ศรีเมืองทองคำ เดินทางถึงสนามบิน';
    expect(shown(text, refinePersons(text, [at(text, 'นายก้องภพ ศรีเมือง')]))).toEqual([['PERSON', 0, 23, 'นายก้องภพ ศรีเมืองทองคำ']]);
    const atEnd = 'ผู้ชนะคือนางสาวพิมพ์ใจ รัตนวงศ์';
    expect(shown(atEnd, refinePersons(atEnd, [at(atEnd, 'นางสาวพิมพ์ใจ รัตน')]))).toEqual([['PERSON', 9, 31, 'นางสาวพิมพ์ใจ รัตนวงศ์']]);
    const role = 'นายก้องภพ ศรีเมืองผกก.สภ.เมืองใหม่ เปิดเผย';
    expect(shown(role, refinePersons(role, [at(role, 'นายก้องภพ ศรีเมือง')]))).toEqual([['PERSON', 0, 18, 'นายก้องภพ ศรีเมือง']]);
    const spoke = 'นายก้องภพ ศรีเมืองกล่าวว่า จะไม่ลงสมัคร';
    expect(shown(spoke, refinePersons(spoke, [at(spoke, 'นายก้องภพ ศรีเมือง')]))).toEqual([['PERSON', 0, 18, 'นายก้องภพ ศรีเมือง']]);
    const untitled = 'ก้องภพ ศรีเมืองทองคำ เดินทางถึงสนามบิน';
    expect(shown(untitled, refinePersons(untitled, [at(untitled, 'ก้องภพ ศรีเมือง')]))).toEqual([['PERSON', 0, 15, 'ก้องภพ ศรีเมือง']]);
    // an untitled name takes a syllable the segmenter cut off its surname, not a verb glued on
    const cut = 'ก้องภพ แสงจันทร์ทัน ลงเล่นครบเกม';
    expect(shown(cut, refinePersons(cut, [at(cut, 'ก้องภพ แสงจันทร์')]))).toEqual([['PERSON', 0, 19, 'ก้องภพ แสงจันทร์ทัน']]);
    const verb = 'ก้องภพ แสงจันทร์ยิง 2 ประตู';
    expect(shown(verb, refinePersons(verb, [at(verb, 'ก้องภพ แสงจันทร์')]))).toEqual([['PERSON', 0, 16, 'ก้องภพ แสงจันทร์']]);
  });

  it('takes back a surname the model tagged as a place, a building or another name', () => {
    for (const label of ['FACILITY', 'LOCATION', 'PERSON'] as const) {
      const text = 'นายก้องภพ ด่านศรีเมือง ถูกจับกุม';
      expect(shown(text, refinePersons(text, [at(text, 'นายก้องภพ'), at(text, 'ด่านศรีเมือง', label)]))).toEqual([['PERSON', 0, 22, 'นายก้องภพ ด่านศรีเมือง']]);
    }
    // a head word opens a place of its own; a monk's temple is his, not his surname
    const place = 'นายก้องภพ จังหวัดน่าน';
    expect(shown(place, refinePersons(place, [at(place, 'นายก้องภพ'), at(place, 'จังหวัดน่าน', 'LOCATION')]))).toEqual([
      ['PERSON', 0, 9, 'นายก้องภพ'],
      ['LOCATION', 10, 21, 'จังหวัดน่าน'],
    ]);
    const monk = 'พระครูสมชาย วัดใหม่ทอง';
    expect(shown(monk, refinePersons(monk, [at(monk, 'พระครูสมชาย'), at(monk, 'วัดใหม่ทอง', 'FACILITY')]))).toEqual([
      ['PERSON', 0, 11, 'พระครูสมชาย'],
      ['FACILITY', 12, 22, 'วัดใหม่ทอง'],
    ]);
  });

  it('leaves other labels alone', () => {
    const text = 'นายก้องภพ ศรีเมือง';
    const org = at(text, 'นายก้องภพ', 'ORGANIZATION');
    expect(shown(text, refinePersons(text, [org]))).toEqual([['ORGANIZATION', 0, 9, 'นายก้องภพ']]);
    const date = 'นายก้องภพ พรุ่งนี้';
    expect(shown(date, refinePersons(date, [at(date, 'นายก้องภพ'), at(date, 'พรุ่งนี้', 'DATE')]))).toEqual([
      ['PERSON', 0, 9, 'นายก้องภพ'],
      ['DATE', 10, 18, 'พรุ่งนี้'],
    ]);
  });
});

describe('pseudonymsArePeople', () => {
  it('makes a person of a name the pseudonym mark follows, and of nothing else', () => {
    const text = 'ต้นน้ำ (นามแฝง) และเมฆา(นามสมมติ) ทำงานที่ชมรมรักษ์ป่า (ชื่อเดิม)';
    const found = pseudonymsArePeople(text, [at(text, 'ต้นน้ำ', 'ORGANIZATION'), at(text, 'เมฆา', 'LOCATION'), at(text, 'ชมรมรักษ์ป่า', 'ORGANIZATION')]);
    expect(shown(text, found).map(([label, , , name]) => [label, name])).toEqual([
      ['PERSON', 'ต้นน้ำ'],
      ['PERSON', 'เมฆา'],
      ['ORGANIZATION', 'ชมรมรักษ์ป่า'],
    ]);
  });

  it('leaves a school or a company named so, and what a pattern found, as they were', () => {
    const text = 'โรงเรียนบ้านหนองแก (นามสมมติ) และบริษัท เอ จำกัด (นามสมมติ)';
    const school = at(text, 'โรงเรียนบ้านหนองแก', 'ORGANIZATION');
    const company: Candidate = { ...at(text, 'บริษัท เอ จำกัด', 'ORGANIZATION'), source: 'pattern' };
    expect(pseudonymsArePeople(text, [school, company])).toEqual([school, company]);
    expect(company.label).toBe('ORGANIZATION');
  });
});

describe('quotedNicknames', () => {
  it('makes a person of a quoted informal title and name, between the marks', () => {
    const text = '“โค้ชเบียร์” ยืนยันว่าทีมพร้อม ส่วน "เสี่ยโต" ไม่มา และ “พี่ช่วยน้อง” เป็นชื่อโครงการ';
    expect(shown(text, quotedNicknames(text, []))).toEqual([
      ['PERSON', 1, 11, 'โค้ชเบียร์'],
      ['PERSON', 37, 44, 'เสี่ยโต'],
    ]);
  });

  it('makes a person of any short quoted word right before or after a name, alone or with หรือ', () => {
    const before = 'นักแสดงสาว “มะปราง” จิราพร ทองสุข ร่วมงาน';
    expect(shown(before, quotedNicknames(before, [at(before, 'จิราพร ทองสุข')]))).toEqual([
      ['PERSON', 12, 18, 'มะปราง'],
      ['PERSON', 20, 33, 'จิราพร ทองสุข'],
    ]);
    const after = 'นายสุรเชษฐ์ ดวงดี หรือ "เอ็ม" ถูกจับ';
    expect(shown(after, quotedNicknames(after, [at(after, 'นายสุรเชษฐ์ ดวงดี')])).map((e) => e[3])).toEqual(['นายสุรเชษฐ์ ดวงดี', 'เอ็ม']);
    const younger = '"น้องข้าวหอม" ด.ญ.ปิยดา แสงทอง';
    expect(shown(younger, quotedNicknames(younger, [at(younger, 'ด.ญ.ปิยดา แสงทอง')])).map((e) => e[3])).toEqual(['น้องข้าวหอม', 'ด.ญ.ปิยดา แสงทอง']);
    const either = 'ตำรวจจับ “ไอ้แบงก์” หรือนายวิทยา ใจเย็น ได้';
    expect(shown(either, quotedNicknames(either, [at(either, 'นายวิทยา ใจเย็น')])).map((e) => e[3])).toEqual(['ไอ้แบงก์', 'นายวิทยา ใจเย็น']);
  });

  it('leaves a quoted word with no name beside it, or the quoted title of a work', () => {
    const alone = 'ชาวบ้านเรียกว่า “ทางด่วน” ตั้งแต่นั้น';
    expect(quotedNicknames(alone, [])).toEqual([]);
    const work = 'ละคร “ดวงดาว” สมศรี มีสุข รับบทนำ';
    const model = at(work, 'สมศรี มีสุข');
    expect(quotedNicknames(work, [model])).toEqual([model]);
    const talk = 'บรรยายหัวข้อ “รักษ์โลก” นายชาตรี มั่นคง เป็นวิทยากร';
    const speaker = at(talk, 'นายชาตรี มั่นคง');
    expect(quotedNicknames(talk, [speaker])).toEqual([speaker]);
    // a place beside it is no name
    const place = '“ปาย” จังหวัดแม่ฮ่องสอน';
    const province = at(place, 'จังหวัดแม่ฮ่องสอน', 'LOCATION');
    expect(quotedNicknames(place, [province])).toEqual([province]);
  });

  it('adds nothing where a person or a pattern’s entity already stands, and takes the place of a place the model read inside the marks', () => {
    const text = '“บิ๊กป้อม” ลงพื้นที่';
    const model = at(text, 'บิ๊กป้อม');
    expect(quotedNicknames(text, [model])).toEqual([model]);
    const place = '“โปรจีน” ณิชาภา ทองดี ขึ้นนำ';
    expect(shown(place, quotedNicknames(place, [at(place, 'จีน', 'LOCATION'), at(place, 'ณิชาภา ทองดี')])).map((e) => e[3])).toEqual(['โปรจีน', 'ณิชาภา ทองดี']);
  });
});

describe('nicknameEdges', () => {
  it('parts a quoted nickname from the name the model ran it into', () => {
    const text = '“น้องฝน” ศิริพร ทองมา คว้าเหรียญทอง';
    expect(shown(text, nicknameEdges(text, [at(text, 'น้องฝน” ศิริพร ทองมา')]))).toEqual([
      ['PERSON', 1, 7, 'น้องฝน'],
      ['PERSON', 9, 21, 'ศิริพร ทองมา'],
    ]);
    const marked = '"เอ็ม" สมชาย ใจดี';
    expect(shown(marked, nicknameEdges(marked, [at(marked, '"เอ็ม" สมชาย ใจดี')])).map((e) => e[3])).toEqual(['เอ็ม', 'สมชาย ใจดี']);
  });

  it('ends a person before the หรือ the model ran it into, and leaves other names whole', () => {
    const text = 'ตำรวจควบคุมตัวนายเอกชัย หรือ “เอ็ม” ไว้';
    expect(shown(text, nicknameEdges(text, [at(text, 'นายเอกชัย หรือ')])).map((e) => e[3])).toEqual(['นายเอกชัย']);
    const whole = 'นายสมชาย หรือชัย ใจดี กล่าว';
    const model = at(whole, 'นายสมชาย หรือชัย ใจดี');
    expect(nicknameEdges(whole, [model])).toEqual([model]);
  });
});

describe('quotedNicknames with a title', () => {
  it('takes a quoted nickname with ไอ้ for a person, as crime news names suspects', () => {
    const text = 'ตำรวจรวบ “ไอ้ต้น” วัยรุ่นอายุ 19 ปี';
    expect(shown(text, quotedNicknames(text, [])).map((e) => e[3])).toEqual(['ไอ้ต้น']);
  });

  it('gives the whole quoted nickname where the model stopped after its title, not where it left the title out', () => {
    const text = '“เสี่ยบุญ” นายบุญชัย พงศ์พาณิช ทุ่มเงินสร้างห้าง';
    const titleOnly = at(text, 'เสี่ย');
    expect(shown(text, quotedNicknames(text, [titleOnly, at(text, 'นายบุญชัย พงศ์พาณิช')])).map((e) => e[3])).toEqual(['เสี่ยบุญ', 'นายบุญชัย พงศ์พาณิช']);
    const younger = '“น้องเต้” ด.ช.ภาคิน ใจดี';
    const name = at(younger, 'เต้');
    expect(shown(younger, quotedNicknames(younger, [name, at(younger, 'ด.ช.ภาคิน ใจดี')])).map((e) => e[3])).toEqual(['เต้', 'ด.ช.ภาคิน ใจดี']);
  });
});

describe('quotedNicknames after a kind of person', () => {
  it('takes a short quoted word right after a word saying what a person is for a nickname', () => {
    const text = 'นางเอกสาว “มิ้นท์” โพสต์ภาพคู่แฟน';
    expect(shown(text, quotedNicknames(text, [], boundariesOf(text))).map((e) => e[3])).toEqual(['มิ้นท์']);
    const glued = 'พระเอกหนุ่ม“โตโน่”เปิดตัวแฟน';
    expect(shown(glued, quotedNicknames(glued, [], boundariesOf(glued))).map((e) => e[3])).toEqual(['โตโน่']);
    // a quoted word after other words is no nickname
    const other = 'ร้านกาแฟ “มิ้นท์” เปิดสาขาใหม่';
    expect(quotedNicknames(other, [], boundariesOf(other))).toEqual([]);
  });
});

describe('trimPersonEdges', () => {
  const trimmed = (text: string, part: string) => shown(text, trimPersonEdges(text, [at(text, part)], boundariesOf(text)));

  it('ends a three-chunk name before a role, a position or a verb that opens its last chunk', () => {
    expect(trimmed('พล.ต.อ.ก้องภพ ศรีเมือง ผบ.ตร. ลงพื้นที่', 'พล.ต.อ.ก้องภพ ศรีเมือง ผบ.ตร.')).toEqual([['PERSON', 0, 22, 'พล.ต.อ.ก้องภพ ศรีเมือง']]);
    expect(trimmed('ก้องภพ ศรีเมือง กล่าวว่า พร้อมแล้ว', 'ก้องภพ ศรีเมือง กล่าวว่า')).toEqual([['PERSON', 0, 15, 'ก้องภพ ศรีเมือง']]);
  });

  it('starts a name after a word glued before it that no name opens with, or a kind of person', () => {
    expect(trimmed('ล่าสุดธนากร สุขเจริญ ออกมาขอโทษ', 'ล่าสุดธนากร สุขเจริญ')).toEqual([['PERSON', 6, 20, 'ธนากร สุขเจริญ']]);
    expect(trimmed('หลังน็อกฮวน การ์เซีย ในยกที่ 7', 'น็อกฮวน การ์เซีย').map((e) => e[3])).toEqual(['ฮวน การ์เซีย']);
    expect(trimmed('ขณะที่พระเอกภูผา วิศวกุล โพสต์ขอบคุณแฟน', 'พระเอกภูผา วิศวกุล').map((e) => e[3])).toEqual(['ภูผา วิศวกุล']);
    expect(trimmed('ประธานาธิบดีโดนัลด์ ทรัมป์ ประกาศขึ้นภาษี', 'ประธานาธิบดีโดนัลด์ ทรัมป์').map((e) => e[3])).toEqual(['โดนัลด์ ทรัมป์']);
    // ชนะ opens names as well: cut off only before a given name the lists know
    expect(trimmed('ชนะชัย มีสุข ขึ้นรับรางวัล', 'ชนะชัย มีสุข').map((e) => e[3])).toEqual(['ชนะชัย มีสุข']);
    expect(trimmed('ทีมไทยชนะธนากร สุขเจริญ', 'ชนะธนากร สุขเจริญ').map((e) => e[3])).toEqual(['ธนากร สุขเจริญ']);
  });

  it('starts a name after the chunk that introduces the person, however long the name', () => {
    expect(trimmed('ไม่มีใครคาดคิด เธอคือ มาลัย ทองดี ผู้ก่อตั้งร้าน', 'เธอคือ มาลัย ทองดี')).toEqual([['PERSON', 22, 33, 'มาลัย ทองดี']]);
    expect(trimmed('ผู้ชนะปีนี้ เขาคือ ปกรณ์ ใจงาม', 'เขาคือ ปกรณ์ ใจงาม').map((e) => e[3])).toEqual(['ปกรณ์ ใจงาม']);
    expect(trimmed('ผู้ชนะปีนี้ ได้แก่ ปกรณ์', 'ได้แก่ ปกรณ์').map((e) => e[3])).toEqual(['ปกรณ์']);
  });

  it('starts a name after a word no name opens with standing alone, an adverb opening the sentence, and a match report’s minute', () => {
    expect(trimmed('ก่อนหมดเวลาเมื่อ ธนากร แสงอรุณ ยิงจุดโทษ', 'เมื่อ ธนากร แสงอรุณ').map((e) => e[3])).toEqual(['ธนากร แสงอรุณ']);
    expect(trimmed('เมื่อวานนี้ ไมเคิล ให้สัมภาษณ์ว่า', 'เมื่อวานนี้ ไมเคิล').map((e) => e[3])).toEqual(['ไมเคิล']);
    expect(trimmed('ทั้งนี้ ปกรณ์ ใจงาม ยืนยันว่า', 'ทั้งนี้ ปกรณ์ ใจงาม').map((e) => e[3])).toEqual(['ปกรณ์ ใจงาม']);
    expect(trimmed('นาที 57 ปกรณ์ ใจงาม ยิงไกล', 'นาที 57 ปกรณ์ ใจงาม').map((e) => e[3])).toEqual(['ปกรณ์ ใจงาม']);
    expect(trimmed('ในนาทีที่ 88 ปกรณ์ ใจงาม ยิงไกล', 'นาทีที่ 88 ปกรณ์ ใจงาม').map((e) => e[3])).toEqual(['ปกรณ์ ใจงาม']);
  });

  it('starts a three-chunk name after a word saying what the person is like', () => {
    expect(trimmed('นักร้องดัง วรเชษฐ์ ทองมาก ขึ้นเวที', 'ดัง วรเชษฐ์ ทองมาก')).toEqual([['PERSON', 11, 25, 'วรเชษฐ์ ทองมาก']]);
    // หนุ่ม and สาว are nicknames as well
    expect(trimmed('หนุ่ม วรเชษฐ์ ทองมาก ขึ้นเวที', 'หนุ่ม วรเชษฐ์ ทองมาก')).toEqual([['PERSON', 0, 20, 'หนุ่ม วรเชษฐ์ ทองมาก']]);
  });

  it('starts a three-chunk name after the common word it took off the end of the word before', () => {
    expect(trimmed('คู่ผสมมือ 3 ของโลก ชยพล สุขประเสริฐ คว้าแชมป์', 'โลก ชยพล สุขประเสริฐ').map((e) => e[3])).toEqual(['ชยพล สุขประเสริฐ']);
    expect(trimmed('กัปตันทีม ธนากร บุญมาทัน ยิงประตู', 'ทีม ธนากร บุญมาทัน').map((e) => e[3])).toEqual(['ธนากร บุญมาทัน']);
    // a given name glued to a word, a nickname standing alone and a title stay
    expect(trimmed('ประตูโดยเวอร์จิล ฟาน ไดค์ ในนาทีสุดท้าย', 'เวอร์จิล ฟาน ไดค์').map((e) => e[3])).toEqual(['เวอร์จิล ฟาน ไดค์']);
    expect(trimmed('แฟนคลับ เบียร์ ธีราทร บุญมาทัน มาแล้ว', 'เบียร์ ธีราทร บุญมาทัน').map((e) => e[3])).toEqual(['เบียร์ ธีราทร บุญมาทัน']);
    expect(trimmed('ตามรอยพระบาทของในหลวง รัชกาลที่ 9 ต่อไป', 'ในหลวง รัชกาลที่ 9').map((e) => e[3])).toEqual(['ในหลวง รัชกาลที่ 9']);
    expect(trimmed('นักแสดงหญิงชื่อซอง จี ฮยอน มาไทย', 'ซอง จี ฮยอน').map((e) => e[3])).toEqual(['ซอง จี ฮยอน']);
  });

  it('starts a three-chunk name after a kind or a position the word it took off ends, whatever the given name', () => {
    expect(trimmed('กัปตันทีม ธีราทร ทองประเสริฐ ลงสนามครบ', 'ทีม ธีราทร ทองประเสริฐ')).toEqual([['PERSON', 10, 28, 'ธีราทร ทองประเสริฐ']]);
    expect(trimmed('ผู้รักษาประตู ธีราทร ทองประเสริฐ เซฟได้', 'ประตู ธีราทร ทองประเสริฐ').map((e) => e[3])).toEqual(['ธีราทร ทองประเสริฐ']);
  });

  it('starts a three-chunk name after a phrase of common words before a given name the lists know', () => {
    expect(trimmed('เจ้าของสถิติ ธนพล พรหมลัย คว้าเหรียญทอง', 'เจ้าของสถิติ ธนพล พรหมลัย')).toEqual([['PERSON', 13, 25, 'ธนพล พรหมลัย']]);
    // one word before the name is a nickname as often (`หนุ่ม`, above); an unknown given name keeps the phrase
    expect(trimmed('เจ้าของสถิติ ธีราทร ทองประเสริฐ คว้าเหรียญทอง', 'เจ้าของสถิติ ธีราทร ทองประเสริฐ').map((e) => e[3])).toEqual(['เจ้าของสถิติ ธีราทร ทองประเสริฐ']);
  });

  it('leaves a given name and a surname whole though the surname opens with a verb, double spaces or not', () => {
    expect(trimmed('นายก้องภพ มีเพียร กล่าวว่า', 'นายก้องภพ มีเพียร')).toEqual([['PERSON', 0, 17, 'นายก้องภพ มีเพียร']]);
    expect(trimmed('นายก้องภพ  มีเพียร กล่าวว่า', 'นายก้องภพ  มีเพียร')).toEqual([['PERSON', 0, 18, 'นายก้องภพ  มีเพียร']]);
  });

  it('ends a name before a verb and ว่า, however many chunks it has', () => {
    expect(trimmed('ต่อมานายวีระ ยอมรับว่าทำจริง', 'นายวีระ ยอมรับว่าทำจริง')).toEqual([['PERSON', 5, 12, 'นายวีระ']]);
    expect(trimmed('นางสาวพิมพ์ ทองดี เผยว่า', 'นางสาวพิมพ์ ทองดี เผยว่า')).toEqual([['PERSON', 0, 17, 'นางสาวพิมพ์ ทองดี']]);
    // ว่า alone after a name is no verb's: ว่าที่ (elect) and a surname that holds ว่า stay
    expect(trimmed('นายวีระ ว่องไว ชนะ', 'นายวีระ ว่องไว')).toEqual([['PERSON', 0, 14, 'นายวีระ ว่องไว']]);
  });

  it('never ends a name inside the role or verb that opens its last chunk', () => {
    // the model stopped at หัว of หัวหน้าพรรค: no surname ends there
    expect(trimmed('นายธีรวัฒน์ หัวหน้าพรรคใหม่ แถลง', 'นายธีรวัฒน์ หัว')).toEqual([['PERSON', 0, 11, 'นายธีรวัฒน์']]);
    // a surname that opens with a verb (มี) and ends where its chunk ends stays
    expect(trimmed('นายก้องภพ มีเพียร กล่าว', 'นายก้องภพ มีเพียร')).toEqual([['PERSON', 0, 17, 'นายก้องภพ มีเพียร']]);
  });
});
