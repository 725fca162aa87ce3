import { CodePointIndex } from '../../src/core/code-points.js';
import { isThaiShortForm, onsetStrength, shortFormLetters, thaiShortFormDefinition } from '../../src/parentheticals/thai-short-form.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { segment } from '../../src/segmenter/index.js';
import { annotate } from './annotate.js';

const pairs = (text: string) => annotate(text).filter((p) => p.pattern === 'TH-ACR' || p.pattern === 'ACR-TH');

describe('Thai short forms', () => {
  it.each(['กกต.', 'ก.ล.ต.', 'ส.อ.ท.', 'รพ.สต.', 'รมว.พม.', 'ปณท', 'อย.', 'ธ.ก.ส.'])('takes %s', (s) => expect(isThaiShortForm(s)).toBe(true));
  it.each(['โดยสพฐ.', 'รอยเตอร์', 'สอบสวน', 'ก', 'ก..ข.', 'มคก./ลบ.ม.', 'ตามเวลาสหรัฐฯ'])('refuses %s', (s) => expect(isThaiShortForm(s)).toBe(false));

  it('reads the letters as consonants', () => {
    expect(shortFormLetters('ก.ล.ต.')).toEqual(['ก', 'ล', 'ต']);
    expect(shortFormLetters('รมว.พม.')).toEqual(['ร', 'ม', 'ว', 'พ', 'ม']);
  });

  it('tells syllable onsets from finals', () => {
    const text = 'เลือกตั้ง';
    const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
    // ล opens เลือก after its leading vowel, the ก closing it is no onset, ต opens ตั้ง.
    expect([onsetStrength(text, 1, words), onsetStrength(text, 4, words), onsetStrength(text, 5, words)]).toEqual([3, 0, expect.any(Number)]);
    expect(onsetStrength(text, 5, words)).toBeGreaterThanOrEqual(2);
  });
});

describe('Thai short forms paired with their full names', () => {
  it.each([
    ['ผู้สมัครยื่นเอกสารต่อคณะกรรมการการเลือกตั้ง (กกต.) เมื่อวานนี้', 'คณะกรรมการการเลือกตั้ง', 'กกต.'],
    ['นักลงทุนร้องเรียนสำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ (ก.ล.ต.) ให้ตรวจสอบ', 'สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์', 'ก.ล.ต.'],
    ['ประธานสภาอุตสาหกรรมแห่งประเทศไทย (ส.อ.ท.) กล่าวว่ายอดผลิตลดลง', 'สภาอุตสาหกรรมแห่งประเทศไทย', 'ส.อ.ท.'],
    // The head noun is kept though the short form has no letter of it.
    ['โฆษกพรรคเพื่อไทย (พท.) แถลงข่าวเมื่อเช้า', 'พรรคเพื่อไทย', 'พท.'],
    // A quoted name, its quotation marks left out.
    ['ผลสำรวจของ “สำนักงานสถิติแห่งชาติ” (สสช.) ระบุว่าคนว่างงานลดลง', 'สำนักงานสถิติแห่งชาติ', 'สสช.'],
    ["ล่าสุด 'กรมควบคุมโรค' (คร.) เตือนให้ระวังไข้หวัดใหญ่", 'กรมควบคุมโรค', 'คร.'],
    ['ข้าราชการเข้าอบรมหลักสูตร "นักบริหารการคลังระดับสูง" (นบค.) รุ่นแรก', 'นักบริหารการคลังระดับสูง', 'นบค.'],
    ['หัวหน้าคณะรักษาความสงบแห่งชาติ (คสช.) ออกคำสั่ง', 'คณะรักษาความสงบแห่งชาติ', 'คสช.'],
    // A title before the name is not part of it.
    ['ผู้ว่าการธนาคารแห่งประเทศไทย (ธปท.) เปิดเผยว่า', 'ธนาคารแห่งประเทศไทย', 'ธปท.'],
    ['อดีตผู้บัญชาการตำรวจแห่งชาติ (ผบ.ตร.) ให้สัมภาษณ์', 'ผู้บัญชาการตำรวจแห่งชาติ', 'ผบ.ตร.'],
    ['บริษัท การบินไทย จำกัด (มหาชน) (บกท.) แจ้งว่าเที่ยวบินล่าช้า', 'บริษัท การบินไทย จำกัด (มหาชน)', 'บกท.'],
    // Sport and business news.
    ['นายกสมาคมกีฬาฟุตบอลแห่งประเทศไทย (ส.บ.ท.) ประกาศรายชื่อนักเตะ', 'สมาคมกีฬาฟุตบอลแห่งประเทศไทย', 'ส.บ.ท.'],
    ['หุ้นของบริษัท ปตท. จำกัด (มหาชน) ขึ้นในตลาดหลักทรัพย์แห่งประเทศไทย (ตลท.) วันนี้', 'ตลาดหลักทรัพย์แห่งประเทศไทย', 'ตลท.'],
    // A name's list written with spaces, whose last item after และ the short form skips.
    ['ชาวบ้านแจ้งเจ้าหน้าที่กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช (อส.) ให้ช่วยจับงูเหลือม', 'กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช', 'อส.'],
    // One name holds at most four chunks: the letters are not read back into the place and the person before it.
    [
      'เมื่อวันที่ 5 มีนาคม ที่โรงแรมแห่งหนึ่ง กรุงเทพมหานคร พลเอก สมชาย ใจดี รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (รมว.พม.) เป็นประธานเปิดงาน',
      'รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์',
      'รมว.พม.',
    ],
    // Police units: the short form skips กอง.
    ['ตำรวจกองบังคับการปราบปรามการค้ามนุษย์ (บก.ปคม.) จับกุมผู้ต้องหา', 'กองบังคับการปราบปรามการค้ามนุษย์', 'บก.ปคม.'],
    // …and the commander's title before the unit is no part of it, though its บังคับการ reads บก. too.
    ['พล.ต.ต.สมพงษ์ ผู้บังคับการกองบังคับการปราบปรามการค้ามนุษย์ (บก.ปคม.) แถลงผลการจับกุม', 'กองบังคับการปราบปรามการค้ามนุษย์', 'บก.ปคม.'],
    ['นายแพทย์สมศักดิ์ ผู้อำนวยการสำนักงานคณะกรรมการอาหารและยา (อย.) เตือนผู้บริโภค', 'สำนักงานคณะกรรมการอาหารและยา', 'อย.'],
    // …and so are the people of a body written onto its name, whose word may give the first letter too
    ['ทหารกองทัพบก (ทบ.) ช่วยขนย้ายผู้ประสบภัย', 'กองทัพบก', 'ทบ.'],
    ['พนักงานการไฟฟ้านครหลวง (กฟน.) ซ่อมสายไฟ', 'การไฟฟ้านครหลวง', 'กฟน.'],
    ['เจ้าหน้าที่กองบัญชาการตำรวจนครบาล (บช.น.) ตั้งด่านตรวจ', 'กองบัญชาการตำรวจนครบาล', 'บช.น.'],
    // The การ that opens a state enterprise's name, after a stop word written onto it, not after ผู้ว่า.
    ['รัฐบาลมอบหมายให้การรถไฟแห่งประเทศไทย (รฟท.) เร่งก่อสร้าง', 'การรถไฟแห่งประเทศไทย', 'รฟท.'],
    ['ยอดจองที่พักสูงขึ้นตามข้อมูลของการท่องเที่ยวแห่งประเทศไทย (ททท.) ปีนี้', 'การท่องเที่ยวแห่งประเทศไทย', 'ททท.'],
    ['ผู้ว่าการการไฟฟ้าส่วนภูมิภาค (กฟภ.) แถลงข่าว', 'การไฟฟ้าส่วนภูมิภาค', 'กฟภ.'],
    // …and after จาก or ใน, which make a name link with การ (จากการ, ในการ) but are stop words all the same.
    ['นักท่องเที่ยวเพิ่มขึ้นตามตัวเลขจากการท่องเที่ยวแห่งประเทศไทย (ททท.) ล่าสุด', 'การท่องเที่ยวแห่งประเทศไทย', 'ททท.'],
    ['ช่างไฟฟ้าในการไฟฟ้านครหลวง (กฟน.) ได้รับโบนัส', 'การไฟฟ้านครหลวง', 'กฟน.'],
    // ให้กู้ (to lend) is one word: its ให้ makes no clause.
    ['ผู้กู้ยืมเงินจากกองทุนเงินให้กู้ยืมเพื่อการศึกษา (กยศ.) ต้องชำระคืน', 'กองทุนเงินให้กู้ยืมเพื่อการศึกษา', 'กยศ.'],
    // A head noun written apart before a name that opens with its own head is the body before it in a list or a heading…
    ['ผู้แทนจากคุรุสภา สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.) ร่วมประชุม', 'สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ', 'สสส.'],
    ['ติดต่อฝ่ายสื่อสารองค์กร สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (สวทช.) ได้ทุกวัน', 'สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ', 'สวทช.'],
    ['เจ้าหน้าที่สำนักงานปลัดกระทรวง กระทรวงวัฒนธรรม (วธ.) ลงพื้นที่', 'กระทรวงวัฒนธรรม', 'วธ.'],
    // …but a company's legal head opens its name whatever that opens with, and a head before a name without one is its own.
    ['ผู้บริหารบริษัท ท่าอากาศยานไทย จำกัด (มหาชน) (ทอท.) แถลงผลประกอบการ', 'บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)', 'ทอท.'],
    ['รายงานของสำนักงาน การตรวจเงินแผ่นดิน (สตง.) พบว่ามีการทุจริต', 'สำนักงาน การตรวจเงินแผ่นดิน', 'สตง.'],
    // A title is the name of its own short form…
    ['พล.ต.อ.สมหมาย ผู้บัญชาการตำรวจแห่งชาติ (ผบ.ตร.) สั่งการ', 'ผู้บัญชาการตำรวจแห่งชาติ', 'ผบ.ตร.'],
    // …even written onto a body's name, when nothing after it reads the letters
    ['พล.ร.อ.สมชาย ผู้บัญชาการกองทัพเรือ (ผบ.ทร.) ตรวจเยี่ยมหน่วย', 'ผู้บัญชาการกองทัพเรือ', 'ผบ.ทร.'],
    // the people's word opening a name of no head noun
    ['ทหารพราน (ทพ.) ปะทะกับคนร้าย', 'ทหารพราน', 'ทพ.'],
    // a title whose short form leaves out its ผู้ or นัก, as a course's name does
    ['ผู้พิพากษาเข้าอบรมหลักสูตรผู้บริหารงานยุติธรรมระดับกลาง (บธก.) รุ่นที่ 5', 'ผู้บริหารงานยุติธรรมระดับกลาง', 'บธก.'],
  ])('%s', (text, thai, acronym) => {
    expect(pairs(text)).toEqual([{ paren: `(${acronym})`, pattern: 'TH-ACR', thai, acronym }]);
  });

  it('finds a name of 111 units whose first syllable opens with a leading vowel just before the region it searches', () => {
    const name = 'โครงการส่งเสริมการเรียนรู้ของเยาวชนไทยในพื้นที่ห่างไกลลดความเหลื่อมล้ำทางการศึกษาและพัฒนาคุณภาพชีวิตอย่างยืนยาว';
    expect(name.length).toBe(111);
    const text = `ณ ${name} (คสย.)`;
    const open = text.indexOf('(');
    expect(thaiShortFormDefinition(text, open, 'คสย.', new WordBoundaries(text, segment(text), new CodePointIndex(text)))).toEqual([2, 2 + name.length]);
  });

  it('pairs a name clipped with ฯ with the name it opens, written before it', () => {
    expect(pairs('จุฬาลงกรณ์มหาวิทยาลัย (จุฬาฯ) เปิดรับสมัครนักศึกษาใหม่')).toEqual([{ paren: '(จุฬาฯ)', pattern: 'TH-ACR', thai: 'จุฬาลงกรณ์มหาวิทยาลัย', acronym: 'จุฬาฯ' }]);
    expect(pairs('เจ้าหน้าที่กระทรวงเกษตรและสหกรณ์ (กระทรวงเกษตรฯ) ลงพื้นที่')).toEqual([
      { paren: '(กระทรวงเกษตรฯ)', pattern: 'TH-ACR', thai: 'กระทรวงเกษตรและสหกรณ์', acronym: 'กระทรวงเกษตรฯ' },
    ]);
    // Not the same name with ฯ after it, nor one the letters do not open, nor ฯลฯ (and so on).
    expect(pairs('นายกรัฐมนตรี (นายกรัฐมนตรีฯ) กล่าว')).toEqual([]);
    expect(pairs('สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ (สภาพัฒน์ฯ) รายงาน')).toEqual([]);
    expect(pairs('ผลไม้ เช่น มะม่วง ทุเรียน (ฯลฯ) ส่งออก')).toEqual([]);
    expect(pairs('ได้รับการสนับสนุนจากภายนอก เช่น มูลนิธิเพื่อนพึ่ง (ภาฯ) ทุกปี')).toEqual([]);
  });

  it('pairs a full name in the parenthesis after the short form', () => {
    expect(pairs('ทั้งนี้ กกต. (คณะกรรมการการเลือกตั้ง) จะประกาศผลภายในสัปดาห์')).toEqual([
      { paren: '(คณะกรรมการการเลือกตั้ง)', pattern: 'ACR-TH', thai: 'คณะกรรมการการเลือกตั้ง', acronym: 'กกต.' },
    ]);
  });

  it('pairs a full name in the parenthesis whose letters also read later on (กิจการ twice)', () => {
    expect(pairs('ผู้ประกอบการยื่นเรื่องต่อ กสท. (คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์) แล้ว')).toEqual([
      { paren: '(คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์)', pattern: 'ACR-TH', thai: 'คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์', acronym: 'กสท.' },
    ]);
  });

  it.each([
    ['a unit', 'ค่าฝุ่นวัดได้ 50 (มคก./ลบ.ม.) ในวันนี้'],
    ['a word in brackets', 'นักเรียนได้รับอาหารเสริม (นม) ทุกวัน'],
    ['a rank and a division', 'ร.ต.อ.สมชาย รองสว. (สอบสวน) สน.บางซื่อ'],
    ['a department under the ministry before it', 'ต่อมา ทส. (กรมควบคุมมลพิษ) แจ้งว่า'],
    ['a date', 'เมื่อ 29 ม.ค. (รอยเตอร์) รายงานว่า'],
    ['a unit after a number', 'สร้างแนวป้องกันตลิ่งยาว 2.5 กม. (กรมโยธาธิการและผังเมือง) เสร็จแล้ว'],
    ['two bodies joined by และ', 'งานนี้มีหน่วยงานภายใต้ พน. (กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงานและสำนักงานนโยบายและแผนพลังงาน) ร่วมด้วย'],
  ])('leaves %s unpaired', (_, text) => {
    expect(pairs(text)).toEqual([]);
  });
});
