import { CodePointIndex } from '../../src/core/code-points.js';
import { loadSpanWeights, loadWordStats } from '../../src/parentheticals/shipped-data.js';
import { EDGE_FEATURES } from '../../src/parentheticals/span-weights.js';
import { findThaiSpan, thaiSpanCandidates } from '../../src/parentheticals/thai-span.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { segment } from '../../src/segmenter/index.js';
import { annotate } from './annotate.js';

/** The Thai term of the English parenthetical of `text` (Thai short forms in brackets are paired too). */
const thaiOf = (text: string): string | undefined => annotate(text).find((p) => p.english ?? /[A-Za-z]/u.test(p.acronym ?? ''))?.thai;

describe('the Thai span of a parenthetical', () => {
  it('leaves out a noun of the clause joined by ของ to a body whose English has an of of its own (คำร้อง|ของ|กรม…, Department of …)', () => {
    expect(thaiOf('ผู้ต้องหาถูกส่งตัวตามหมายจับของกรมสอบสวนคดีพิเศษ (Department of Special Investigation) เมื่อวานนี้')).toBe('กรมสอบสวนคดีพิเศษ');
    expect(thaiOf('ศาลรับฟ้องตามคำร้องของกรมสอบสวนคดีพิเศษ (DSI) ในคดีหุ้นกู้')).toBe('กรมสอบสวนคดีพิเศษ');
    // A name's own ของ stays where no body's head noun follows it (Journey of Change).
    expect(thaiOf('ผู้เข้าร่วมเสวนาเรื่องเส้นทางของการเปลี่ยนแปลง (Journey of Change) ในวันนี้')).toBe('เส้นทางของการเปลี่ยนแปลง');
  });

  it('leaves out a head noun of the clause whose English a head noun nearer the parenthesis claims (หลักสูตร…|โครงการ…, Programme)', () => {
    expect(thaiOf('โรงเรียนในภาคใต้ปรับหลักสูตรเพื่อยกคะแนนโครงการประเมินผลนักเรียนนานาชาติ (Programme for International Student Assessment: PISA) ของนักเรียนชั้นมัธยม')).toBe(
      'โครงการประเมินผลนักเรียนนานาชาติ',
    );
    // The same noun said twice around one word is one name (Sister City), not a clause's noun and the name's.
    expect(thaiOf('จังหวัดเชียงใหม่ลงนามสถาปนาความสัมพันธ์เมืองพี่เมืองน้อง (Sister City) กับเมืองในญี่ปุ่น')).toBe('เมืองพี่เมืองน้อง');
  });

  it('takes no clause whose verb takes a warning, an order or a clause after it, unless the English translates the verb', () => {
    expect(thaiOf('นักวิทยาศาสตร์เตือนภาวะโลกเดือด (Global Boiling) จะรุนแรงขึ้น')).toBe('ภาวะโลกเดือด');
    expect(thaiOf('กรมป้องกันและบรรเทาสาธารณภัยติดตั้งระบบเตือนภัยล่วงหน้า (Early Warning System) ในพื้นที่เสี่ยง')).toBe('ระบบเตือนภัยล่วงหน้า');
  });

  it('keeps a bound prefix with the word after it', () => {
    expect(thaiOf('ในปีนี้มีผู้บริหารฝ่ายการตลาด (Chief Marketing Officer: CMO) ลาออก')).toBe('ผู้บริหารฝ่ายการตลาด');
  });

  it('leaves out a verb before the term that the English does not translate', () => {
    expect(thaiOf('บริษัทแต่งตั้งผู้บริหารฝ่ายการตลาด (Chief Marketing Officer: CMO) คนใหม่')).toBe('ผู้บริหารฝ่ายการตลาด');
  });

  it('keeps a verb before the term that the English translates, in any of its forms (เสนอ, Offering)', () => {
    expect(thaiOf('สตาร์ทอัพด้านอาหารได้รับอนุมัติให้เสนอขายหุ้นต่อประชาชนเป็นครั้งแรก (Initial Public Offering: IPO) ในไตรมาสหน้า')).toBe('เสนอขายหุ้นต่อประชาชนเป็นครั้งแรก');
  });

  it('ends before หรือ written apart before the parenthesis, which names the same thing again', () => {
    expect(thaiOf('ตัวชี้วัดหลักคือรายได้ประชาชาติ หรือ (Gross National Income) ของปีนี้')).toBe('รายได้ประชาชาติ');
    expect(thaiOf('สถานการณ์โรคระบาดไวรัสโคโรนา หรือ (COVID-19) ทำให้ร้านค้าปิด')).toBe('โรคระบาดไวรัสโคโรนา');
  });

  it("takes a registered company's whole name, (มหาชน) included", () => {
    expect(thaiOf('ลูกค้าของบริษัท ไทยรุ่งเรือง เน็ตเวิร์ค จำกัด (TRN) ร้องเรียนเรื่องค่าบริการ')).toBe('บริษัท ไทยรุ่งเรือง เน็ตเวิร์ค จำกัด');
    expect(thaiOf('ผู้บริหารบริษัท สยามพัฒนา จำกัด (มหาชน) (Siam Pattana Public Company Limited) แถลง')).toBe('บริษัท สยามพัฒนา จำกัด (มหาชน)');
  });

  it('keeps a public organisation’s legal form in brackets with its name', () => {
    expect(thaiOf('ระบบนี้พัฒนาโดยสำนักงานส่งเสริมเมืองอัจฉริยะ (องค์การมหาชน) (Smart City Promotion Agency: SCPA) ร่วมกับเอกชน')).toBe(
      'สำนักงานส่งเสริมเมืองอัจฉริยะ (องค์การมหาชน)',
    );
  });

  it('takes one legal form, not a run of brackets (20,000 of them overflowed the stack)', () => {
    const text = `สำนักงานส่งเสริมเมืองอัจฉริยะ${' (มหาชน)'.repeat(20_000)} (Smart City Promotion Agency: SCPA)`;
    expect((thaiOf(text) ?? '').length).toBeLessThan(40);
  });

  it('keeps เป็น that ความ makes a noun of (ความเป็นส่วนตัว, privacy; ความเป็นจริงเสมือน, VR)', () => {
    expect(thaiOf('ผู้ใช้กังวลเรื่องความเป็นส่วนตัวบนโลกออนไลน์ (Online Privacy) มากขึ้น')).toBe('ความเป็นส่วนตัวบนโลกออนไลน์');
    expect(thaiOf('นักเรียนทดลองสวมชุดความเป็นจริงเสมือน (VR) ในห้องเรียน')).toBe('ความเป็นจริงเสมือน');
  });

  it('keeps the noun that makes a noun of the bare verb after it, which translates the English head (Reader, Savings, Initiative)', () => {
    expect(thaiOf('ห้างสรรพสินค้าติดตั้งเครื่องอ่านบัตรเครดิตแบบไร้สัมผัส (Contactless Card Reader) ทุกสาขา')).toBe('เครื่องอ่านบัตรเครดิตแบบไร้สัมผัส');
    expect(thaiOf('ธนาคารแนะนำให้ลูกค้าวางแผนเงินออมหลังเกษียณ (Retirement Savings) ตั้งแต่อายุน้อย')).toBe('เงินออมหลังเกษียณ');
    expect(thaiOf('รัฐบาลเปิดตัวมาตรการริเริ่มลดขยะพลาสติก (Plastic Reduction Initiative) เมื่อวานนี้')).toBe('มาตรการริเริ่มลดขยะพลาสติก');
  });

  it('keeps โรค, อาการ and ภาวะ, which name a disease, a symptom or a condition, and สำนักงาน before a commission (its office)', () => {
    expect(thaiOf('ผู้ป่วยโรคไข้เลือดออก (Dengue Fever) เพิ่มขึ้นในฤดูฝน')).toBe('โรคไข้เลือดออก');
    expect(thaiOf('ผู้ป่วยมีอาการไอเรื้อรัง (Chronic Cough) นานกว่าสามสัปดาห์')).toBe('อาการไอเรื้อรัง');
    expect(thaiOf('ผู้ป่วยหลายรายมีภาวะหัวใจล้มเหลว (Heart Failure) หลังติดเชื้อ')).toBe('ภาวะหัวใจล้มเหลว');
    expect(thaiOf('นักลงทุนได้รับอนุมัติจากสำนักงานคณะกรรมการส่งเสริมการลงทุน (BOI) แล้ว')).toBe('สำนักงานคณะกรรมการส่งเสริมการลงทุน');
    // After the verb it makes a compound with (ควบคุม|โรค), too.
    expect(thaiOf('ทีมวิจัยศึกษาการป้องกันควบคุมโรคอหิวาต์แอฟริกาในสุกร (African swine fever) ในฟาร์ม')).toBe('โรคอหิวาต์แอฟริกาในสุกร');
  });

  it('reads a mixed-case short form alone by the common ones (Fed, the Federal Reserve)', () => {
    expect(thaiOf('ตลาดหุ้นปรับตัวขึ้นหลังธนาคารกลางสหรัฐ (Fed) ส่งสัญญาณลดดอกเบี้ย')).toBe('ธนาคารกลางสหรัฐ');
  });

  it('leaves out the emission before what is emitted (การปล่อย|ก๊าซเรือนกระจก)', () => {
    expect(thaiOf('บริษัทต้องลดการปล่อยก๊าซเรือนกระจก (GHG) ลงครึ่งหนึ่ง')).toBe('ก๊าซเรือนกระจก');
  });

  it('takes a measure with decimals inside the term, but no other number with decimals', () => {
    expect(thaiOf('เด็กเล็กเสี่ยงต่อฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM2.5) มากที่สุด')).toBe('ฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน');
    expect(thaiOf('ธนาคารรายงานว่าร้อยละ 19.32 อัตราส่วนสินเชื่อด้อยคุณภาพ (NPL Ratio) ลดลง')).toBe('อัตราส่วนสินเชื่อด้อยคุณภาพ');
  });

  it('takes no clause from the start of a paragraph whose subject is written onto its verb, but keeps a name whose head noun a verb follows', () => {
    expect(thaiOf('กองทัพเรือส่งเรือตรวจการณ์ไร้คนขับ (Unmanned Surface Vehicle) ลาดตระเวนชายฝั่ง')).toBe('เรือตรวจการณ์ไร้คนขับ');
    expect(thaiOf('องค์การบริหารการพัฒนาพื้นที่พิเศษ (Designated Areas Administration) แถลงผลงาน')).toBe('องค์การบริหารการพัฒนาพื้นที่พิเศษ');
  });

  it('takes no clause from the start of a paragraph when a preposition or a number follows the parenthesis: the term is no subject', () => {
    expect(thaiOf('บริษัทเปิดตัวแพลตฟอร์มซื้อขายออนไลน์ (E-Marketplace) ในไทยเมื่อวานนี้')).toBe('แพลตฟอร์มซื้อขายออนไลน์');
    expect(thaiOf('ทีมชาติไทยชนะการดวลจุดโทษ (Penalty Shoot-out) 5-4')).toBe('การดวลจุดโทษ');
    // A subject, before its verb, keeps the paragraph's start.
    expect(thaiOf('สำนักงานส่งเสริมการค้าดิจิทัล (Digital Trade Promotion Office) ประกาศผลการคัดเลือก')).toBe('สำนักงานส่งเสริมการค้าดิจิทัล');
  });

  it('does not start right after และ written onto a word when the English joins two words with and', () => {
    // Both words the English joins are in the term (the head noun before them is another matter).
    expect(thaiOf('โรงไฟฟ้าลงทุนในเทคโนโลยีการดักจับและกักเก็บคาร์บอน (Carbon Capture and Storage: CCS) เพื่อลดมลพิษ')).toMatch(/การดักจับและกักเก็บคาร์บอน$/u);
  });

  it('leaves out a head noun whose English the head noun after it claims (งาน|เทศกาล…, Festival)', () => {
    expect(thaiOf('ผู้กำกับหนุ่มได้รับรางวัลจากงานเทศกาลภาพยนตร์นานาชาติเชียงใหม่ (Chiang Mai International Film Festival: CMIFF) เมื่อคืน')).toBe(
      'เทศกาลภาพยนตร์นานาชาติเชียงใหม่',
    );
  });

  it('leaves out a measure, a method or a contest that the English does not name (ค่า|ฝุ่น…, วิธี|…, การแข่งขัน|…), and keeps one it names', () => {
    expect(thaiOf('เช้านี้ค่าฝุ่นละอองขนาดเล็ก (Fine Particulate Matter) ในเมืองสูงขึ้น')).toBe('ฝุ่นละอองขนาดเล็ก');
    expect(thaiOf('ห้องแล็บใช้วิธีตรวจแบบแอนติเจน (Antigen Test) คัดกรองผู้ป่วย')).toBe('ตรวจแบบแอนติเจน');
    expect(thaiOf('นักกีฬาไทยเตรียมลงสนามการแข่งขันจักรยานทางไกล (Road Cycling) สัปดาห์หน้า')).toBe('จักรยานทางไกล');
    expect(thaiOf('นักลงทุนจับตาดัชนีตลาดหุ้นเอเชีย (Asian Stock Market Index) วันนี้')).toBe('ดัชนีตลาดหุ้นเอเชีย');
    expect(thaiOf('ผู้โดยสารต้องจ่ายค่าบริการผู้โดยสารขาออก (Passenger Service Charge) ที่สนามบิน')).toBe('ค่าบริการผู้โดยสารขาออก');
  });

  it('leaves out the case, the phenomenon, the contest or the gas news puts before a name the English does not (คดี, ปรากฏการณ์, ศึก, ก๊าซ)', () => {
    expect(thaiOf('ตำรวจจับกุมผู้ต้องหาคดีฟอกเงิน (money laundering) ได้ที่ชายแดน')).toBe('ฟอกเงิน');
    expect(thaiOf('กรมอุตุนิยมวิทยาเตือนว่าปรากฏการณ์ลานีญา (La Niña) จะทำให้ฝนตกชุก')).toBe('ลานีญา');
    expect(thaiOf('แฟนบอลเตรียมชมศึกยูฟ่าแชมเปียนส์ลีก (UEFA Champions League) คืนนี้')).toBe('ยูฟ่าแชมเปียนส์ลีก');
    expect(thaiOf('โรงงานปล่อยก๊าซคาร์บอนไดออกไซด์ (CO2) ลดลง')).toBe('คาร์บอนไดออกไซด์');
    expect(thaiOf('ทีมวิจัยตรวจวัดก๊าซเรือนกระจก (Greenhouse Gas) ในนาข้าว')).toBe('ก๊าซเรือนกระจก');
    expect(thaiOf('ทนายยื่นฟ้องคดีแพ่ง (civil case) ต่อศาล')).toBe('คดีแพ่ง');
  });

  it('leaves out a generic head noun (มาตรการ, อัตรา, ระบบ) that a one-word English does not name, and keeps one it names', () => {
    expect(thaiOf('รัฐบาลหลายประเทศร่วมกันออกมาตรการคว่ำบาตร (Sanctions) ต่อผู้ส่งออกอาวุธ')).toBe('คว่ำบาตร');
    expect(thaiOf('นักวิเคราะห์คาดว่าอัตราเงินเฟ้อ (Inflation) ปีหน้าจะชะลอลง')).toBe('เงินเฟ้อ');
    expect(thaiOf('ผู้บริหารโรงเรียนประชุมกันผ่านระบบประชุมทางไกล (Teleconference) ทุกสัปดาห์')).toBe('ประชุมทางไกล');
    expect(thaiOf('ธนาคารกลางปรับขึ้นอัตราดอกเบี้ยนโยบาย (Policy Rate) อีกครั้ง')).toBe('อัตราดอกเบี้ยนโยบาย');
  });

  it('starts after ผู้จัดการ (the manager of) glued before a body, unless the English has the manager', () => {
    expect(thaiOf('ผู้จัดการธนาคารกลางยุโรป (European Central Bank: ECB) เตือนเรื่องเงินเฟ้อ')).toBe('ธนาคารกลางยุโรป');
    expect(thaiOf('บริษัทแต่งตั้งผู้จัดการฝ่ายขาย (Sales Manager) คนใหม่')).toBe('ผู้จัดการฝ่ายขาย');
  });

  it('takes no verb of an act into the term, written onto its subject (ประกาศ|จ่าย, ชี้), nor a compound that holds one (ตัวชี้วัด)', () => {
    expect(thaiOf('บริษัทประกาศจ่ายเงินปันผลพิเศษ (Special Dividend) หุ้นละ 1 บาท')).toBe('เงินปันผลพิเศษ');
    expect(thaiOf('กรรมการชี้ลูกโทษ (Penalty Kick) ในนาทีสุดท้าย')).toBe('ลูกโทษ');
    const words = (text: string) => new WordBoundaries(text, segment(text), new CodePointIndex(text));
    const indicator = 'เมืองนี้ใช้ตัวชี้วัดความยั่งยืน (Sustainability Indicators) ทุกปี';
    const found = thaiSpanCandidates(
      indicator,
      indicator.indexOf('('),
      words(indicator),
      { english: 'Sustainability Indicators' },
      loadSpanWeights().thaiPerLatin,
    );
    const spans = 'candidates' in found ? found.candidates : [];
    const inside = (span: string) => spans.find((c) => indicator.slice(...c.span) === span)?.features[EDGE_FEATURES.indexOf('auxiliaryInside')];
    expect(inside('ตัวชี้วัดความยั่งยืน')).toBe(0);
  });

  it('starts after ผู้ติดเชื้อ (those infected) glued before a disease, as after ผู้ป่วย', () => {
    expect(thaiOf('นักวิจัยติดตามผู้ติดเชื้อโรคไข้หวัดใหญ่สายพันธุ์ใหม่ (Novel Influenza) ในฮ่องกง')).toBe('โรคไข้หวัดใหญ่สายพันธุ์ใหม่');
  });

  it('keeps ผู้มี with the noun after it (ผู้มีอิทธิพล, one who has influence)', () => {
    expect(thaiOf('ปีนี้ แบรนด์เครื่องสำอางหันมาจ้างผู้มีอิทธิพลทางความคิด (Key Opinion Leader: KOL) มากขึ้น')).toBe('ผู้มีอิทธิพลทางความคิด');
  });

  it('starts after the people of a body glued before its name (อัยการ|ศาล…), not inside a noun they make with a modifier', () => {
    expect(thaiOf('ทนายความยื่นคำร้องต่ออัยการศาลปกครองสูงสุด (Supreme Administrative Court) เมื่อวานนี้')).toBe('ศาลปกครองสูงสุด');
    expect(thaiOf('เจ้าหน้าที่กรมศุลกากร (Customs Department) ตรวจยึดสินค้าหนีภาษีที่ท่าเรือ')).toBe('กรมศุลกากร');
    expect(thaiOf('ตัวแทนสโมสรเดินทางเข้าพบผู้บริหารสหพันธ์ฟุตบอลนานาชาติ (Fédération Internationale de Football Association: FIFA) ที่สวิตเซอร์แลนด์')).toBe(
      'สหพันธ์ฟุตบอลนานาชาติ',
    );
    expect(thaiOf('ที่ประชุมเจ้าหน้าที่อาวุโสด้านพลังงานอาเซียน (SOME) จัดขึ้นที่กรุงเทพฯ')).toBe('เจ้าหน้าที่อาวุโสด้านพลังงานอาเซียน');
  });

  it('starts after the head or an officer of a body glued before its name (อธิบดี, นายก, พนักงานสอบสวน)', () => {
    expect(thaiOf('อธิบดีกรมสอบสวนคดีพิเศษ (Department of Special Investigation: DSI) ลงพื้นที่ตรวจสอบโกดังสินค้า')).toBe('กรมสอบสวนคดีพิเศษ');
    expect(thaiOf('นายกสมาคมแบดมินตันแห่งประเทศไทย (BAT) แถลงรายชื่อนักกีฬา')).toBe('สมาคมแบดมินตันแห่งประเทศไทย');
    expect(thaiOf('พนักงานสอบสวนกองบังคับการปราบปรามการค้ามนุษย์ (Anti-Trafficking in Persons Division: ATPD) รับแจ้งความ')).toBe('กองบังคับการปราบปรามการค้ามนุษย์');
  });

  it('does not start inside a head noun the segmenter cut before its last part (ทบวง|การ, กอง|บัญชา|การ, กอง|กำลัง)', () => {
    expect(thaiOf('คณะผู้ตรวจการจากทบวงการพลังงานปรมาณูระหว่างประเทศ (International Atomic Energy Agency: IAEA) จะเข้าตรวจโรงงาน')).toBe(
      'ทบวงการพลังงานปรมาณูระหว่างประเทศ',
    );
    expect(thaiOf('ตำรวจจากกองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี (Cyber Crime Investigation Bureau: CCIB) จับกุมผู้ต้องหา')).toBe(
      'กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี',
    );
    expect(thaiOf('ทหารไทยหมุนเวียนไปร่วมกองกำลังรักษาสันติภาพแห่งสหประชาชาติ (United Nations Peacekeeping Force) ทุกปี')).toBe('กองกำลังรักษาสันติภาพแห่งสหประชาชาติ');
  });

  it('opens with a common word of news that names the English head, but not with the subject of a clause', () => {
    expect(thaiOf('แอปธนาคารจะส่งรหัสผ่านใช้ครั้งเดียว (One-Time Password: OTP) ทางข้อความ')).toBe('รหัสผ่านใช้ครั้งเดียว');
    expect(thaiOf('บริษัทยื่นแบบคำขออนุญาตเสนอขายหุ้นต่อประชาชนครั้งแรก (Initial Public Offering: IPO) ต่อสำนักงาน ก.ล.ต.')).toBe('เสนอขายหุ้นต่อประชาชนครั้งแรก');
    // A word before it that translates the English too opens the Thai head (ผู้ช่วย, Assistant).
    expect(thaiOf('กรรมการตัดสินใจใช้ผู้ช่วยผู้ตัดสินวิดีโอ (Video Assistant Referee) ในนัดชิงชนะเลิศ')).toBe('ผู้ช่วยผู้ตัดสินวิดีโอ');
    expect(thaiOf('ผู้ตัดสินใช้ระบบช่วยตัดสินด้วยวิดีโอ (VAR) ก่อนให้ประตู')).toBe('ระบบช่วยตัดสินด้วยวิดีโอ');
  });

  it('does not cut a name after a word written before its next word in a large share of the news (สำนักงาน|ข้าหลวง)', () => {
    expect(thaiOf('ครอบครัวผู้อพยพได้รับถุงยังชีพจากเจ้าหน้าที่สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ (UNHCR) เมื่อวันจันทร์')).toBe('สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ');
  });

  it('starts after ผู้ที่ (those who), glued to the term', () => {
    expect(thaiOf('แพทย์แนะนำว่าผู้ที่มีภาวะหยุดหายใจขณะหลับ (OSA) ควรพบแพทย์')).toBe('ภาวะหยุดหายใจขณะหลับ');
  });

  it('leaves out ประชุม and ด้าน when the English has no meeting', () => {
    expect(thaiOf('ผู้แทนไทยเข้าร่วมประชุมด้านความมั่นคงทางอาหาร (Food Security) ที่กรุงโรม')).toBe('ความมั่นคงทางอาหาร');
  });

  it("takes in every title written before a person's name, glued to the word before or apart", () => {
    expect(thaiOf('คณบดีแสดงความยินดีกับศาสตราจารย์ ดร. สุดา ทองดี (Professor Dr. Suda Thongdee) ในงานเลี้ยง')).toBe('ศาสตราจารย์ ดร. สุดา ทองดี');
    expect(thaiOf('เมื่อวานนี้ รศ. ดร. สมชาย ใจดี (Assoc. Prof. Dr. Somchai Jaidee) กล่าว')).toBe('รศ. ดร. สมชาย ใจดี');
    expect(thaiOf('ที่ประชุมมี ดร. สมชาย ใจดี (Dr. Somchai Jaidee) เป็นประธาน')).toBe('ดร. สมชาย ใจดี');
  });

  it('gives no term for a name after an honorific when a role or a body, not a name, comes before it', () => {
    const [minister] = annotate('นายกรัฐมนตรีหารือกับรัฐมนตรีว่าการกระทรวงพาณิชย์มาเลเซีย (H.E. Mr. Ahmad Rahman) ที่ทำเนียบรัฐบาล');
    expect([minister.english, minister.thai]).toEqual(['H.E. Mr. Ahmad Rahman', undefined]);
    const [prince] = annotate('คณะผู้แทนเข้าเฝ้ามกุฎราชกุมารแห่งรัฐปะหัง (His Highness Tengku Hassan) เมื่อวานนี้');
    expect([prince.english, prince.thai]).toEqual(['His Highness Tengku Hassan', undefined]);
    // Protocol lists write the courtesy title in capitals.
    const [envoy] = annotate('คณะผู้แทนหารือกับรัฐมนตรีว่าการกระทรวงการต่างประเทศ (MR. John Smith) ที่ทำเนียบรัฐบาล');
    expect([envoy.english, envoy.thai]).toEqual(['MR. John Smith', undefined]);
    // The name written in Thai, with or without its title, is the term; so is a body whose English is no name.
    expect(thaiOf('นายกรัฐมนตรีหารือกับนายอาห์หมัด ราห์มาน (H.E. Mr. Ahmad Rahman) ที่ทำเนียบรัฐบาล')).toBe('นายอาห์หมัด ราห์มาน');
    expect(thaiOf('ผู้แทนจากสมัชชาใหญ่แห่งสหประชาชาติ (General Assembly) กล่าวว่า')).toBe('สมัชชาใหญ่แห่งสหประชาชาติ');
  });

  it('gives no term when no word of the best one translates or aligns with the English and it scores low', () => {
    const [, numbered] = annotate('มาตรการประกอบด้วย (i) การลดภาษี (ii) การขยายเวลาชำระหนี้ และ (iii) การให้สินเชื่อ');
    expect([numbered.english, numbered.thai]).toEqual(['iii', undefined]);
    const [initiatives] = annotate('ผู้แทนไทยร่วมงานในปี พ.ศ. 2565 (WHO centenary initiatives) ที่กรุงเจนีวา');
    expect([initiatives.english, initiatives.thai]).toEqual(['WHO centenary initiatives', undefined]);
    const [area] = annotate('ปีนี้ก็ต้องเจรจาต่อ (Free Trade Area) กับคู่ค้า');
    expect([area.english, area.thai]).toEqual(['Free Trade Area', undefined]);
    // A term the English translates stays whatever its score; so does a loose translation that scores higher.
    expect(thaiOf('ปีนี้รัฐบาลเร่งเจรจาเขตการค้าเสรี (Free Trade Area) กับคู่ค้า')).toBe('เขตการค้าเสรี');
    expect(thaiOf('นักพัฒนาใช้ช่องทางการเชื่อมต่อ (Application Programming Interface) ของระบบ')).toBe('ช่องทางการเชื่อมต่อ');
    // A disease or a condition named with โรค or ภาวะ is a term, though its English is long and unknown to the lexicon.
    expect(thaiOf('กุมารแพทย์ระบุว่า เด็กวัยเรียนราวร้อยละ 5 มีภาวะสมาธิสั้น (Attention Deficit Hyperactivity Disorder – ADHD)')).toBe('ภาวะสมาธิสั้น');
  });

  it('takes in a Latin word of the term that the English has too', () => {
    expect(thaiOf('ร่วมกับสมาคม SMEs ไทย (Thai SMEs Association) เมื่อปีที่แล้ว')).toBe('สมาคม SMEs ไทย');
  });

  it('starts after Latin text glued to the Thai', () => {
    expect(thaiOf('ตามแนวทาง Smart Cityการพัฒนาเมืองอัจฉริยะ (Smart City Development) ของรัฐบาล')).toBe('การพัฒนาเมืองอัจฉริยะ');
  });

  it('leaves out a verb of the sentence that the English does not translate (บรรลุ, achieve)', () => {
    expect(thaiOf('ทุกภาคส่วนร่วมมือกันเพื่อบรรลุเป้าหมายการจัดการขยะพลาสติก (Plastic Waste Management Goals) ภายในปีหน้า')).toBe('เป้าหมายการจัดการขยะพลาสติก');
  });

  it('does not take in a clause: a name head followed by an auxiliary is its subject', () => {
    expect(thaiOf('บริษัทได้ติดตั้งแผงเซลล์แสงอาทิตย์ลอยน้ำ (Floating Solar Panels) บนอ่างเก็บน้ำ')).toBe('แผงเซลล์แสงอาทิตย์ลอยน้ำ');
  });

  it('sees no stop word in a word that holds one', () => {
    expect(thaiOf('จังหวัดจัดตั้งหน่วยเคลื่อนที่เร็ว (Rapid Response Unit) ประจำอำเภอ')).toBe('หน่วยเคลื่อนที่เร็ว');
  });

  it('leaves out a nominalised verb before the term', () => {
    expect(thaiOf('นักเรียนทั้งสองโรงเรียนร่วมชมการลงนามบันทึกความเข้าใจ(Memorandum of Understanding) อย่างตั้งใจ')).toBe('บันทึกความเข้าใจ');
  });

  it('takes in the titles of other countries (Sir, Datuk Seri) and a name opening with a vowel sign after นาง', () => {
    expect(thaiOf('ครบรอบ 100 ปี ที่เซอร์ จอห์น สมิธ (Sir John Smith) ก่อตั้งเมือง')).toBe('เซอร์ จอห์น สมิธ');
    expect(thaiOf('เวลา 10.30 น. ดาโต๊ะ ซรี อาหมัด บิน ยูซอฟ (Datuk Seri Ahmad bin Yusof) เดินทางมาถึง')).toBe('ดาโต๊ะ ซรี อาหมัด บิน ยูซอฟ');
    expect(thaiOf('ได้รับเงินบริจาคจากนางเอลซ่า เบิร์ก (Mrs. Elsa Berg) แล้ว')).toBe('นางเอลซ่า เบิร์ก');
  });

  it('takes in a Sheikh’s title written apart, and an Arabic name joined by bin of up to eight parts; not the title’s letters inside a surname', () => {
    expect(thaiOf('เมื่อวันที่ 3 มีนาคม ชีค ฮามัด อัล ซาบาห์ (Sheikh Hamad Al-Sabah) ประธานสภาโอลิมปิกแห่งเอเชีย เดินทางถึงกรุงเทพฯ')).toBe('ชีค ฮามัด อัล ซาบาห์');
    expect(thaiOf('รัฐมนตรีหารือกับเชค คาลิด บิน ฮามัด บิน ซายิด อัล นาห์ยาน (Sheikh Khalid bin Hamad bin Zayed Al Nahyan) ที่ทำเนียบรัฐบาล')).toBe(
      'เชค คาลิด บิน ฮามัด บิน ซายิด อัล นาห์ยาน',
    );
    expect(thaiOf('นายโทมัส ชีคโลวา (Mr. Tomas Chiklova) เดินทางถึงสนามบิน')).toBe('นายโทมัส ชีคโลวา');
  });

  it('crosses a colon when the English has one: a title and its subtitle', () => {
    expect(thaiOf('เปิดการสัมมนาเรื่อง การท่องเที่ยวชุมชน : โอกาสและความท้าทาย (Community Tourism : Opportunities and Challenges) ที่เชียงใหม่')).toBe(
      'การท่องเที่ยวชุมชน : โอกาสและความท้าทาย',
    );
  });

  it('takes a reading of the short form or of the English name that the segmenter ran the stop word before it into (ของบริกส์ cut ขอ|งบ|ริกส์)', () => {
    expect(thaiOf('อินโดนีเซียเข้าเป็นหุ้นส่วนของบริกส์ (BRICS) อย่างเป็นทางการ')).toBe('บริกส์');
    expect(thaiOf('ผู้บริหารของบริดจสโตน (Bridgestone) เปิดเผย')).toBe('บริดจสโตน');
  });

  it('counts no space beside a colon or a dash the English writes too, nor a number before the colon that the English has', () => {
    expect(thaiOf('พิพิธภัณฑ์จัดนิทรรศการสุโขทัย : รุ่งอรุณแห่งความสุข (Sukhothai: Dawn of Happiness) ให้ประชาชนเข้าชม')).toBe('สุโขทัย : รุ่งอรุณแห่งความสุข');
    expect(thaiOf('เมื่อวานนี้ มหาวิทยาลัยจัดงานประชุมวิชาการข้าวโลก 2026: นวัตกรรมเพื่อเกษตรกร (World Rice Forum 2026: Innovation for Farmers) ที่ขอนแก่น')).toBe(
      'ประชุมวิชาการข้าวโลก 2026: นวัตกรรมเพื่อเกษตรกร',
    );
    expect(thaiOf('เจ้าหน้าที่ตรวจพบสารกัมมันตรังสีโคบอลต์ - 60 (Co-60) ในโกดังร้าง')).toBe('โคบอลต์ - 60');
    // Without a colon in the English, the number and the colon still end the stretch.
    expect(thaiOf('เมื่อวานนี้ มหาวิทยาลัยจัดงานประชุมวิชาการข้าวโลก 2026: นวัตกรรมเพื่อเกษตรกร (Innovation for Farmers) ที่ขอนแก่น')).toBe('นวัตกรรมเพื่อเกษตรกร');
  });

  it('sees the word in a word glued to a year (Conference2026)', () => {
    expect(thaiOf('สมาคมจัดการประชุมวิชาการกาแฟโลก (World Coffee Conference2026) ที่เชียงราย')).toBe('การประชุมวิชาการกาแฟโลก');
  });

  it('reads an English title written without a space', () => {
    expect(annotate('รัฐมนตรีต้อนรับนายจอห์น สมิธ (Mr.John Smith) ที่ทำเนียบรัฐบาล')[0]).toMatchObject({ thai: 'นายจอห์น สมิธ', english: 'Mr.John Smith' });
  });
});

describe('thaiSpanCandidates', () => {
  const text = 'ความร่วมมือกับธนาคารโลก (World Bank)';
  const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
  const found = thaiSpanCandidates(text, text.indexOf('('), words, { english: 'World Bank' }, loadSpanWeights().thaiPerLatin);
  const candidates = 'candidates' in found ? found.candidates : [];
  const feature = (i: number, name: (typeof EDGE_FEATURES)[number]) => candidates[i].features[EDGE_FEATURES.indexOf(name)];

  it('offers every word start back to the last boundary, nearest first', () => {
    expect(candidates.map((c) => text.slice(...c.span))).toEqual(['โลก', 'ธนาคารโลก', 'ความร่วมมือกับธนาคารโลก']);
  });

  it('describes each edge by its neighbours and what the English translates', () => {
    expect([feature(1, 'afterStopWord'), feature(1, 'nameHead'), feature(1, 'firstWordTranslated'), feature(1, 'translatedInside')]).toEqual([1, 1, 1, 1]);
    expect([feature(2, 'hardBoundary'), feature(2, 'stopWordInside'), feature(2, 'translatedInside')]).toEqual([1, 1, 2]);
    expect(feature(0, 'leftWordTranslated')).toBe(1);
  });

  it('marks the edge whose first word translates the head of the English', () => {
    expect(candidates.map((_, i) => feature(i, 'firstWordIsHead'))).toEqual([0, 1, 0]);
  });

  it('tells how much of the English the term and the words left of its edge explain', () => {
    // โลก explains World and ธนาคาร explains Bank: the first edge leaves Bank to the word on its left.
    expect(feature(0, 'alignedInside')).toBeGreaterThan(0.3);
    expect(feature(0, 'alignedLeft')).toBeGreaterThan(0.3);
    expect(feature(1, 'alignedInside')).toBeGreaterThan(0.75);
    expect(feature(1, 'alignedLeft')).toBeLessThan(0.05);
    expect(feature(2, 'alignedInside')).toBeCloseTo(feature(1, 'alignedInside') + feature(1, 'alignedLeft'));
    expect(feature(2, 'alignedLeft')).toBe(0);
  });

  it('lets the weights choose among them', () => {
    expect(findThaiSpan(text, text.indexOf('('), words, { english: 'World Bank' })).toEqual([14, 23]);
    const lengthOnly = {
      thaiPerLatin: 2.5,
      features: { ...loadSpanWeights().features, stopWordInside: 0, afterStopWord: 0, translatedInside: 0, firstWordIsHead: 0 },
    };
    expect(findThaiSpan(text, text.indexOf('('), words, { english: 'World Bank' }, lengthOnly)).toEqual([0, 23]);
  });

  it('settles a Thai spelling of the short form without scoring', () => {
    const spelled = 'เด็กได้รับวัคซีนบีซีจี (BCG) ครบ';
    const spelledWords = new WordBoundaries(spelled, segment(spelled), new CodePointIndex(spelled));
    expect(thaiSpanCandidates(spelled, spelled.indexOf('('), spelledWords, { acronym: 'BCG' }, loadSpanWeights().thaiPerLatin)).toEqual({ settled: [16, 22] });
  });
});

describe('a Thai reading of the short form before the parenthesis', () => {
  it('is the term when the short form is read as a word, with a head noun only when the English has it', () => {
    expect(thaiOf('เรือสำรวจใช้เครื่องมือแบบโซนาร์ (Sound Navigation and Ranging: SONAR) หาซากเรือ')).toBe('โซนาร์');
    expect(thaiOf('โรงพยาบาลส่งทีมแคสท์ (Community Aid Support Team: CAST) ไปช่วยผู้ประสบภัย')).toBe('ทีมแคสท์');
  });

  it('takes in the โรค that Thai writes before the name of a disease', () => {
    expect(thaiOf('พนักงานออฟฟิศเสี่ยงเป็นโรคเดฟส์ (Dry Eye Fatigue Syndrome: DEFS) มากขึ้น')).toBe('โรคเดฟส์');
    expect(thaiOf('โรงพยาบาลรับผู้ป่วยโรคโควิด (COVID) เพิ่มขึ้น')).toBe('โรคโควิด');
  });

  it('takes in the name written before it with หรือ, which the English translates too', () => {
    expect(thaiOf('ไทยร่วมมือกับสมาคมผู้ผลิตเครื่องดื่มแห่งภูมิภาคอาเซียน หรือ เอสบีเอ (Southeast Beverage Association: SBA) ในปีนี้')).toBe(
      'สมาคมผู้ผลิตเครื่องดื่มแห่งภูมิภาคอาเซียน หรือ เอสบีเอ',
    );
  });

  it('keeps to the reading when a bracket or a line break comes between it and the name', () => {
    expect(thaiOf('สมาคมผู้ผลิตเครื่องดื่ม (สผด.) หรือ เอสบีเอ (Southeast Beverage Association: SBA)')).toBe('เอสบีเอ');
    expect(thaiOf('สมาคมผู้ผลิตเครื่องดื่ม\nหรือ เอสบีเอ (Southeast Beverage Association: SBA)')).toBe('เอสบีเอ');
  });
});

describe('a head noun inside a longer head noun', () => {
  // งาน (an event) is an optional head noun; in หน่วย|งาน (an agency) it only ends the word.
  const candidatesOf = (text: string, english: string) => {
    const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
    const found = thaiSpanCandidates(text, text.indexOf('('), words, { english }, loadSpanWeights().thaiPerLatin);
    return new Map(('candidates' in found ? found.candidates : []).map((c) => [text.slice(...c.span), c.features]));
  };

  it('is not an untranslated head before the word after it', () => {
    const candidates = candidatesOf('ผู้แทนจากหน่วยงานความปลอดภัยอาหาร (Food Safety Bureau) เข้าร่วม', 'Food Safety Bureau');
    expect(candidates.get('ความปลอดภัยอาหาร')?.[EDGE_FEATURES.indexOf('afterUntranslatedHead')]).toBe(0);
  });

  it('and a modifier written onto it opens no candidate', () => {
    const candidates = candidatesOf('ผู้แทนจากหน่วยงานกลางด้านความปลอดภัยอาหาร (Central Food Safety Bureau) เข้าร่วม', 'Central Food Safety Bureau');
    expect(candidates.has('หน่วยงานกลางด้านความปลอดภัยอาหาร')).toBe(true);
    expect(candidates.has('กลางด้านความปลอดภัยอาหาร')).toBe(false);
  });
});

describe('a head noun the segmenter cut up', () => {
  // หน่วย|งาน is one word, an agency: its งาน (work) opens no term for Work from Home.
  it('holds no left edge', () => {
    expect(thaiOf('จังหวัดขอความร่วมมือหน่วยงานทุกแห่งปฏิบัติงานที่บ้าน (Work from Home) ในช่วงนี้')).toBe('ปฏิบัติงานที่บ้าน');
  });
});

describe('the Thai span on adversarial text', () => {
  // The span finder takes the last short word; one word of three letters is then no term for two English words.
  it.each([
    ['a long run of Latin words the English has', 'กระทรวง' + ' SME'.repeat(20000) + ' ไทย (SME Ministry)', [undefined]],
    // Longer than a gloss may be: the parenthesis is not taken at all.
    ['a long English title', 'นายสมชาย (' + 'Mr '.repeat(20000) + 'x)', []],
    ['a long English title that fits in a gloss', 'นายสมชาย (' + 'Mr '.repeat(130) + 'x)', ['นายสมชาย']],
    ['Thai glued to a long Latin run', 'ก'.repeat(3000) + 'Ab'.repeat(20000) + 'ข (Abc Def)', [undefined]],
  ])('takes linear time on %s', (_, text, thai) => {
    const started = Date.now();
    expect(annotate(text).map((p) => p.thai)).toEqual(thai);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('the candidate terms', () => {
  const spansOf = (text: string, english: string) => {
    const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
    const found = thaiSpanCandidates(text, text.indexOf('('), words, { english }, loadSpanWeights().thaiPerLatin);
    return ('candidates' in found ? found.candidates : []).map((c) => ({ text: text.slice(...c.span), features: c.features }));
  };
  const has = (name: (typeof EDGE_FEATURES)[number]) => (c: { features: Float64Array }) => c.features[EDGE_FEATURES.indexOf(name)] === 1;

  it('keep an untranslated head noun as an alternative, marked, and never an untranslated verb', () => {
    const centre = spansOf('เมืองนี้เปิดศูนย์รวมสินค้าเกษตร (Agricultural Goods Yard) แห่งใหม่', 'Agricultural Goods Yard');
    // เมือง (a city) is a head noun too, kept from the edge at the start of the stretch.
    expect(centre.filter(has('opensWithUntranslatedHead')).map((c) => c.text)).toEqual(['ศูนย์รวมสินค้าเกษตร', 'เมืองนี้เปิดศูนย์รวมสินค้าเกษตร']);
    expect(centre.some((c) => c.text === 'รวมสินค้าเกษตร' && !has('opensWithUntranslatedHead')(c))).toBe(true);
    const unit = spansOf('ผู้ว่าฯ กล่าวว่าจังหวัดจัดตั้งหน่วยเคลื่อนที่เร็ว (Rapid Response Unit)', 'Rapid Response Unit');
    expect(unit.filter((c) => c.text.startsWith('จัดตั้ง') || c.text.startsWith('จังหวัด'))).toEqual([]);
  });

  it('do not see a short head noun in a longer word it begins (ค่า of ค่าย, a record label)', () => {
    const spans = spansOf('ยอดฟังเพลงของค่ายเพลงอิสระ (Independent Label) เพิ่มขึ้น', 'Independent Label');
    expect(spans.filter(has('nameHead')).map((c) => c.text)).toEqual([]);
    const dust = spansOf('วันนี้ค่าฝุ่นละอองขนาดเล็ก (Fine Particulate Matter) สูง', 'Fine Particulate Matter');
    expect(dust.filter(has('nameHead')).map((c) => c.text)).toContain('ค่าฝุ่นละอองขนาดเล็ก');
  });

  it('do not take a head noun off a word seldom written without it (ค่า|ใช้จ่าย, expenses; ค่า|ธรรมเนียม, a fee)', () => {
    const spans = spansOf('ผู้ประกอบการแบกรับค่าใช้จ่ายด้านพลังงาน (Energy Expenses) สูงขึ้น', 'Energy Expenses');
    // One term from the edge before ค่า, whole and not marked as keeping a head noun; none from ใช้จ่าย, which bonds with ค่า.
    expect(spans.filter((c) => c.text === 'ค่าใช้จ่ายด้านพลังงาน').map(has('opensWithUntranslatedHead'))).toEqual([false]);
    expect(spans.filter((c) => c.text === 'ใช้จ่ายด้านพลังงาน')).toHaveLength(0);
  });

  it('never start with a stop word left after the head nouns are taken off', () => {
    const spans = spansOf('แผนงานนี้มุ่งการผลักดันการส่งเสริมให้เกิดความร่วมมือระดับภูมิภาค (Regional Cooperation)', 'Regional Cooperation');
    expect(spans.map((c) => c.text)).toContain('ความร่วมมือระดับภูมิภาค');
    expect(spans.filter((c) => c.text.startsWith('ให้'))).toEqual([]);
  });

  it('may open with a relational noun the English translates', () => {
    const text = 'นายเอ ผู้อำนวยการใหญ่องค์การอนามัยโลก (Director-General of the World Health Organization) กล่าวว่า';
    expect(spansOf(text, 'Director-General of the World Health Organization').map((c) => c.text)).toContain('ผู้อำนวยการใหญ่องค์การอนามัยโลก');
    expect(spansOf(text, 'World Health Organization').map((c) => c.text)).not.toContain('ผู้อำนวยการใหญ่องค์การอนามัยโลก');
  });

  it('start a name after the การ of the word before it (ว่าการ|กระทรวง), and never with การที่', () => {
    const spans = spansOf('นายบี รัฐมนตรีว่าการกระทรวงการคลัง (Ministry of Finance)', 'Ministry of Finance').map((c) => c.text);
    expect(spans).toContain('กระทรวงการคลัง');
    expect(spans.filter((s) => s.startsWith('การกระทรวง'))).toEqual([]);
    expect(thaiOf('นายบี รัฐมนตรีว่าการกระทรวงการคลัง (Ministry of Finance)')).toBe('กระทรวงการคลัง');
    const that = spansOf('เป็นการที่กรมศุลกากรปรับระบบ (Customs Department)', 'Customs Department').map((c) => c.text);
    expect(that.filter((s) => s.startsWith('การที่'))).toEqual([]);
  });

  it('mark an edge right after a nominalised word, which Thai puts before its modifiers', () => {
    const spans = spansOf('ประเทศเข้าสู่ยุคการปฏิวัติอุตสาหกรรม ครั้งที่ 4 (the 4th Industrial Revolution)', 'the 4th Industrial Revolution');
    expect(spans.filter(has('afterNominalisedWord')).map((c) => c.text)).toEqual(['อุตสาหกรรม ครั้งที่ 4']);
  });
});

describe('doubled text before the parenthesis', () => {
  it('gives the second copy of a name a scraped page wrote twice', () => {
    expect(thaiOf('ในวันนี้ สมาคมผู้ส่งออกข้าวไทย สมาคมผู้ส่งออกข้าวไทย (Thai Rice Exporters Association) แถลงว่า')).toBe('สมาคมผู้ส่งออกข้าวไทย');
    expect(thaiOf('ในวันนี้ สมาคมผู้ส่งออกข้าวไทยสมาคมผู้ส่งออกข้าวไทย (Thai Rice Exporters Association) แถลงว่า')).toBe('สมาคมผู้ส่งออกข้าวไทย');
  });
});

describe('a head noun the English leaves out', () => {
  it.each([
    // Nouns that names keep (ระบบ, มาตรการ, ศูนย์) stay with the term, after a verb of the sentence too.
    ['กรมใช้มาตรการตอบโต้การทุ่มตลาด (Anti-Dumping: AD) กับสินค้าเหล็ก', 'มาตรการตอบโต้การทุ่มตลาด'],
    ['หน่วยงานต้องใช้ระบบจัดซื้อจัดจ้างภาครัฐ (e-Government Procurement) ต่อไป', 'ระบบจัดซื้อจัดจ้างภาครัฐ'],
    ['เทศบาลเปิดใช้ระบบติดตามรถโดยสาร (Bus Tracking) ในเมือง', 'ระบบติดตามรถโดยสาร'],
    ['กรมจะบริหารศูนย์ประสานงานการค้าชายแดน (Border Trade Coordination Center) ต่อไป', 'ศูนย์ประสานงานการค้าชายแดน'],
    // A term often starts after โครงการ, never at its การ.
    ['รัฐบาลอนุมัติโครงการพัฒนาทักษะแรงงาน (Workforce Skills Development) ปีนี้', 'พัฒนาทักษะแรงงาน'],
  ])('%s', (text, thai) => {
    expect(thaiOf(text)).toBe(thai);
  });

  it('scores the term without the noun by its own first word and the noun before it', () => {
    const text = 'กรมใช้มาตรการตอบโต้การทุ่มตลาด (Anti-Dumping: AD) กับสินค้าเหล็ก';
    const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
    const found = thaiSpanCandidates(text, text.indexOf('('), words, { english: 'Anti-Dumping', acronym: 'AD' }, 1.25);
    if (!('candidates' in found)) throw new Error('the term was settled without scoring');
    const without = found.candidates.find((c) => text.slice(...c.span) === 'ตอบโต้การทุ่มตลาด');
    const whole = found.candidates.find((c) => text.slice(...c.span) === 'มาตรการตอบโต้การทุ่มตลาด');
    expect([without?.firstWord, without?.leftWord]).toEqual(['ตอบโต้', 'มาตรการ']);
    expect([whole?.firstWord, whole?.leftWord]).toEqual(['มาตรการ', 'ใช้']);
  });
});

describe('terms of sport, business and entertainment news', () => {
  it.each([
    // Thai readings of every English word are the term, a number with them.
    ['ผู้จัดงานพันธมิตรร่วมกันจัดงาน ไทยแลนด์ สปอร์ต เอ็กซ์โป 2019 (Thailand Sport Expo 2019) ที่ศูนย์ประชุม', 'ไทยแลนด์ สปอร์ต เอ็กซ์โป 2019'],
    ['ทีมชาติไทยพบกับทีมเวียดนามในศึกซูซูกิ คัพ (Suzuki Cup) คืนนี้', 'ซูซูกิ คัพ'],
    ['ภาพยนตร์เรื่อง เดอะ ลาสต์ เอ็มเพอเรอร์ (The Last Emperor) ฉายอีกครั้ง', 'เดอะ ลาสต์ เอ็มเพอเรอร์'],
    ['นักร้องนำวงแบล็กพิงก์ (Blackpink) ขึ้นแสดงคอนเสิร์ต', 'แบล็กพิงก์'],
    ['ผู้บริหารของเน็ตฟลิกซ์ (Netflix) เปิดเผยยอดสมาชิก', 'เน็ตฟลิกซ์'],
    // A reading written onto the clause before it, of an English plural read as its singular,
    // of several English words written together, and with a consonant written twice.
    ['นักวิจัยตรวจพบไมโครพลาสติก (Microplastics) ในหอยแมลงภู่', 'ไมโครพลาสติก'],
    ['นักเทนนิสสาวคว้าแชมป์แกรนด์สแลม (Grand Slam) เป็นครั้งที่สาม', 'แกรนด์สแลม'],
    ['แก๊งมิจฉาชีพใช้วิธีฟิชชิง (Phishing) ส่งลิงก์ปลอม', 'ฟิชชิง'],
    ['ค่ายหนังเปิดบริการสตรีมมิง (Streaming) ของตัวเอง', 'สตรีมมิง'],
    // A term does not stop after a reading of one of the English words.
    ['รายงานของ นิกเคอิ เอเชีย (Nikkei Asia) ระบุว่าตลาดหุ้นฟื้นตัว', 'นิกเคอิ เอเชีย'],
    // Nor after a long reading written onto the Thai before it; the noun it is written onto comes along.
    ['ตามรายงานของสำนักข่าวนิกเคอิ เอเชีย (Nikkei Asia) เมื่อวันจันทร์', 'สำนักข่าวนิกเคอิ เอเชีย'],
    ['ตลาดหลักทรัพย์ประกาศดัชนีราคาหุ้น (Stock Price Index) ปรับตัวขึ้น', 'ดัชนีราคาหุ้น'],
    // A verb of the sentence before the term is left out.
    ['ผู้ถือหุ้นเห็นชอบให้ผลิตรถยนต์ไฟฟ้า (Electric Vehicle) ในประเทศ', 'รถยนต์ไฟฟ้า'],
    // So is a verb of what someone did in sport, entertainment or health news, with its subject.
    ['แพทย์ตรวจพบเชื้อดื้อยาหลายขนาน (Multidrug-Resistant Bacteria) ในผู้ป่วย', 'เชื้อดื้อยาหลายขนาน'],
    ['สโมสรเซ็นสัญญานักเตะดาวรุ่ง (Young Player) เพิ่มอีกราย', 'นักเตะดาวรุ่ง'],
    ['ทีมชาติไทยเตรียมลงแข่งขันฟุตบอลชิงแชมป์อาเซียน (ASEAN Championship) ที่เวียดนาม', 'ฟุตบอลชิงแชมป์อาเซียน'],
    ['นักกีฬาไทยเข้าแข่งขันกีฬามหาวิทยาลัยโลก (World University Games) ที่เยอรมนี', 'กีฬามหาวิทยาลัยโลก'],
    ['นักแสดงหนุ่มรับบทนักสืบเอกชน (Private Detective) ในซีรีส์เรื่องใหม่', 'นักสืบเอกชน'],
    // ที่ after a bare verb and before a noun is the preposition at: the place is the term.
    ['คณะทำงานจัดประชุมที่หอประชุมใหญ่มหาวิทยาลัย (University Auditorium) ในวันนี้', 'หอประชุมใหญ่มหาวิทยาลัย'],
    // Also after a verb the word statistics seldom see after an auxiliary (พัก, ยาว).
    ['นักท่องเที่ยวแวะพักที่หอชมเมืองริมแม่น้ำ (Riverside Observation Tower) ก่อนเดินทางต่อ', 'หอชมเมืองริมแม่น้ำ'],
    ['ผู้ชมต่อแถวยาวที่โรงละครแห่งชาติ (National Theatre) ตั้งแต่บ่าย', 'โรงละครแห่งชาติ'],
    // So is บน (on) there: `เดิน|บน|พรมแดง`; after a noun it stays (ความเป็นส่วนตัวบนโลกออนไลน์, above).
    ['นักแสดงสาวเดินบนพรมแดง (Red Carpet) ของงานประกาศรางวัล', 'พรมแดง'],
    // The charge of a crime story is left out: the English names the crime.
    ['ตำรวจแจ้งข้อหาผู้ต้องหาในความผิดฐานฉ้อโกงประชาชน (Public Fraud) และนำตัวส่งศาล', 'ฉ้อโกงประชาชน'],
  ])('%s', (text, thai) => {
    expect(thaiOf(text)).toBe(thai);
  });

  it('keeps ที่ inside a term where a relative clause goes on with an adjective, and out where it opens a clause', () => {
    expect(thaiOf('เกษตรกรขอรับรองมาตรฐานการผลิตที่ดี (Good Manufacturing Practice) จากกรม')).toBe('มาตรฐานการผลิตที่ดี');
    // and where ที่ opens a clause (that): the verb's object is the term.
    expect(thaiOf('บริษัทพร้อมที่จะทำการศึกษาเปรียบเทียบ (Comparative Study) ในปีหน้า')).toBe('การศึกษาเปรียบเทียบ');
  });

  it('gives no Thai term when the parenthesis comes after a stop word written apart: what it glosses follows', () => {
    expect(thaiOf('ดาราดังไมเคิล คีตัน จาก (Birdman) เบิร์ดแมน คว้ารางวัล')).toBeUndefined();
    // Written onto the word before, the stop word ends a compound (เชื่อม|ต่อ).
    expect(thaiOf('นักพัฒนาใช้ช่องทางการเชื่อมต่อ (Application Programming Interface) ของระบบ')).toBe('ช่องทางการเชื่อมต่อ');
  });
});

describe('a compound the segmenter cut in two', () => {
  const spansOf = (text: string, english: string) => {
    const words = new WordBoundaries(text, segment(text), new CodePointIndex(text));
    const found = thaiSpanCandidates(text, text.indexOf('('), words, { english }, loadSpanWeights().thaiPerLatin);
    return ('candidates' in found ? found.candidates : []).map((c) => text.slice(...c.span));
  };

  // ผล|กระทบ, ระบบ|นิเวศ: the second part is seldom written without the first and bonds with it.
  it('is not split by the term’s left edge', () => {
    expect(thaiOf('นักวิจัยศึกษาผลกระทบ (Impact) ของนโยบายภาษีต่อครัวเรือน')).toBe('ผลกระทบ');
    expect(thaiOf('หน่วยงานท้องถิ่นได้รับผลกระทบทางเศรษฐกิจ (Economic Impact) อย่างหนัก')).toBe('ผลกระทบทางเศรษฐกิจ');
    expect(thaiOf('เมืองนี้ต้องการสร้างระบบนิเวศสตาร์ทอัพ (Startup Ecosystem) ให้เข้มแข็ง')).toBe('ระบบนิเวศสตาร์ทอัพ');
    expect(spansOf('นักวิจัยศึกษาผลกระทบ (Impact) ของนโยบาย', 'Impact')).not.toContain('กระทบ');
  });

  // ลง|ตรา bonds, and ตรวจ comes before it in nearly all its sightings: one compound of three (a visa).
  it('of three words is not split either', () => {
    expect(thaiOf('ผู้เดินทางต้องขอรับการตรวจลงตรา (Visa) ก่อนเดินทาง')).toBe('การตรวจลงตรา');
    expect(spansOf('ผู้เดินทางต้องขอรับการตรวจลงตรา (Visa) ก่อนเดินทาง', 'Visa').filter((s) => s === 'ตรา' || s === 'ลงตรา')).toEqual([]);
  });

  it('is split after a verb, whose object the term is, and after the word that names a disease', () => {
    expect(thaiOf('ทั้งสองฝ่ายลงนามบันทึกข้อตกลง (MOU) ในวันนี้')).toBe('บันทึกข้อตกลง');
    expect(thaiOf('แพทย์เตือนเรื่องโรคหลอดเลือดสมอง (Stroke) ในผู้สูงอายุ')).toBe('โรคหลอดเลือดสมอง');
  });
});

describe('verbs of handing over and wearing', () => {
  // มอบ, รับมอบ, ส่งมอบ, สวม: what officials did, written onto the term, never a part of it.
  it('are left out of the term', () => {
    expect(thaiOf('นายกรัฐมนตรีเป็นประธานในพิธีมอบรางวัลรัฐวิสาหกิจดีเด่น (SOE Award) ประจำปี')).toBe('รางวัลรัฐวิสาหกิจดีเด่น');
    expect(thaiOf('ผู้ว่าราชการจังหวัดรับมอบหน้ากากอนามัย (Face Mask) จากภาคเอกชน')).toBe('หน้ากากอนามัย');
    expect(thaiOf('กำหนดให้ผู้โดยสารสวมหน้ากากอนามัย (Surgical Mask) ตลอดเวลา')).toBe('หน้ากากอนามัย');
    // Handing out, after the auxiliary ได้รับ (received, handed out).
    expect(thaiOf('แฟนคลับได้รับแจกแท่งไฟ (Light Stick) ก่อนคอนเสิร์ตเริ่ม')).toBe('แท่งไฟ');
  });

  it('stay in a noun made with a bound prefix', () => {
    expect(thaiOf('ผู้รับมอบอำนาจ (Attorney) ต้องแสดงบัตรประชาชน')).toBe('ผู้รับมอบอำนาจ');
  });
});

describe('verbs of acts of news outside government releases', () => {
  // ก้าวเข้าสู่ (stepping into), ติดตั้ง (installing), สังเกต (observing): what someone does with the term.
  it('are left out of the term', () => {
    expect(thaiOf('ไทยกำลังก้าวเข้าสู่สังคมสูงวัยระดับสุดยอด (Super-Aged Society) ในอีกไม่กี่ปี')).toBe('สังคมสูงวัยระดับสุดยอด');
  });

  it('stay in a term whose English translates them', () => {
    expect(thaiOf('ช่างแนะนำบริการติดตั้งอัตโนมัติ (Automatic Installation) ที่ช่วยลดเวลา')).toBe('ติดตั้งอัตโนมัติ');
  });
});

describe('a modifier written onto its noun', () => {
  // Thai puts a modifier after its head: a term never opens with one written onto a noun.
  it('is no start of the term: the term takes the noun too', () => {
    expect(thaiOf('ลูกค้าสามารถเติมเงินเข้ากระเป๋าเงินอิเล็กทรอนิกส์ (e-Money) ได้ทุกวัน')).toBe('กระเป๋าเงินอิเล็กทรอนิกส์');
    expect(thaiOf('สมาคมช่วยเหลือผู้ขับรถยนต์โดยสาร (Taxi) ที่ได้รับผลกระทบ')).toBe('รถยนต์โดยสาร');
    expect(thaiOf('สตาร์ทอัพนำเสนอนวัตกรรมการเงิน (FinTech) ต่อนักลงทุน')).toBe('นวัตกรรมการเงิน');
  });

  it('is the term where it translates the head of the English', () => {
    expect(thaiOf('ผู้สมัครยื่นเอกสารผ่านระบบออนไลน์ (Online) ได้ตลอดเวลา')).toBe('ออนไลน์');
  });

  it('may open a term after a verb, a relational word or as a number', () => {
    expect(thaiOf('ผู้โดยสารทุกคนตรวจไม่พบเชื้อไวรัสโคโรนา 2019 (COVID-19) เมื่อเดินทางถึง')).toBe('เชื้อไวรัสโคโรนา 2019');
    expect(thaiOf('นักวิจัยทั้งสองประเทศร่วมมือกันด้านชีวการแพทย์ (Biomedicine) มาหลายปี')).toBe('ชีวการแพทย์');
    expect(thaiOf('จีนเดินหน้านโยบายหนึ่งแถบหนึ่งเส้นทาง (One Belt One Road) ต่อเนื่อง')).toBe('หนึ่งแถบหนึ่งเส้นทาง');
  });

  it('is counted by the word statistics after nouns, not after a title or the head of a place name, which a name follows', () => {
    const { modifier } = loadWordStats();
    expect(modifier.get('อิเล็กทรอนิกส์')).toBeGreaterThanOrEqual(0.7);
    // Given names after นาย/นาง, provinces and districts after จังหวัด/อำเภอ: no modifiers.
    for (const name of ['จุรินทร์', 'ชัยวัฒน์', 'ลาดพร้าว', 'รัฐ']) expect(modifier.get(name) ?? 0).toBeLessThan(0.7);
    expect(thaiOf('ไทยเร่งส่งออกข้าวในรูปรัฐต่อรัฐ (G to G) มากขึ้น')).toBe('รัฐต่อรัฐ');
  });

  it('is no modifier after a verb the segmenter cut up (เชื่อม|โยง) or an adverb', () => {
    expect(thaiOf('กรมสรรพากรเชื่อมโยงฐานข้อมูลขนาดใหญ่ (Big Data) ของหลายหน่วยงาน')).toBe('ฐานข้อมูลขนาดใหญ่');
    expect(thaiOf('ธนาคารลงทุนด้านเทคโนโลยีโดยเฉพาะฐานข้อมูลขนาดใหญ่ (Big Data) ในปีนี้')).toBe('ฐานข้อมูลขนาดใหญ่');
    expect(thaiOf('ก๊าซชนิดนี้ทำให้โลกร้อนได้มากกว่าคาร์บอนไดออกไซด์ (CO2) หลายเท่า')).toBe('คาร์บอนไดออกไซด์');
  });
});

describe('an English head noun read in Thai', () => {
  // Loanwords open a term as a translation of the head would: Thai puts the head first.
  it('opens the term when more Thai follows the reading', () => {
    expect(thaiOf('แบบฟอร์มใหม่มีฟิลด์ข้อมูล (Data Field) เพิ่มอีกสามช่อง')).toBe('ฟิลด์ข้อมูล');
    expect(thaiOf('ผู้ชมซื้อบัตรชมคอนเสิร์ตออนไลน์ (Online Concert) ได้ทางเว็บไซต์')).toBe('คอนเสิร์ตออนไลน์');
  });

  it('is no sign where a name is read whole and ends with it', () => {
    expect(thaiOf('ผู้แทนจากไช่หนี่ยวเน็ตเวิร์ค (Cainiao Network) กล่าวว่าจะลงทุนเพิ่ม')).toBe('ไช่หนี่ยวเน็ตเวิร์ค');
  });
});

describe('English words read in Thai, every one of them', () => {
  // ออฟฟิศ and ออร์แกนิก write a vowel with อ after a consonant: the reading of Office and Organic.
  it('is the term when the readings start where the English does', () => {
    expect(thaiOf('พนักงานบริษัทจำนวนมากป่วยเป็นออฟฟิศซินโดรม (Office Syndrome) เพราะนั่งนานเกินไป')).toBe('ออฟฟิศซินโดรม');
    expect(thaiOf('เกษตรกรที่ได้ตราออร์แกนิกไทยแลนด์ (Organic Thailand) ขายข้าวได้ราคาดีขึ้น')).toBe('ออร์แกนิกไทยแลนด์');
  });

  it('is the term when one Thai word reads them all, written onto the clause before it', () => {
    expect(thaiOf('กองหน้าวัย 20 ปีซัดแฮตทริก (Hat-trick) ช่วยให้ทีมชนะ')).toBe('แฮตทริก');
    expect(thaiOf('ตำรวจเตือนภัยโรแมนซ์สแกม (Romance Scam) ที่ระบาดทางออนไลน์')).toBe('โรแมนซ์สแกม');
  });
});

describe('the causative ทำให้', () => {
  // A light verb as the auxiliaries are: what it makes happen is a clause, no part of the term.
  it('is left out of the term, as an auxiliary is', () => {
    expect(thaiOf('แพทย์เตือนว่าการนอนน้อยทำให้เกิดภาวะดื้อต่ออินซูลิน (Insulin Resistance) ได้')).toBe('ภาวะดื้อต่ออินซูลิน');
    expect(thaiOf('ธนาคารปล่อยกู้ใหม่ 5,200 ล้านบาท ทำให้เกิดปริมาณธุรกิจ (Business Turnover) รวมสูงขึ้น')).toBe('ปริมาณธุรกิจ');
  });
});

describe('an English title in quotation marks', () => {
  it('is read as the English, and the Thai title in its quotation marks as the term', () => {
    const found = annotate('ภาพยนตร์เรื่อง “รักนี้ไม่มีวันหมดอายุ” (“Love Never Expires”) ทำรายได้สูงสุด');
    expect(found.map((p) => [p.thai, p.english])).toEqual([['รักนี้ไม่มีวันหมดอายุ', 'Love Never Expires']]);
  });
});

describe('แบบ, the manner of an act or a thing', () => {
  it.each([
    ['ครูหลายโรงเรียนเริ่มใช้การสอนแบบห้องเรียนกลับด้าน (Flipped Classroom) ในชั้นมัธยม', 'ห้องเรียนกลับด้าน'],
    ['แฮกเกอร์ใช้การโจมตีแบบปฏิเสธการให้บริการ (Denial of Service) ถล่มเว็บไซต์', 'ปฏิเสธการให้บริการ'],
    ['แบรนด์เสื้อผ้าหันมาทำการตลาดแบบออมนิแชนแนล (Omnichannel) มากขึ้น', 'ออมนิแชนแนล'],
    ['ผู้ป่วยได้รับยาแบบออกฤทธิ์นาน (Extended Release) วันละครั้ง', 'ออกฤทธิ์นาน'],
  ])('is left out where the English names the manner alone: %s', (text, thai) => {
    expect(thaiOf(text)).toBe(thai);
  });

  it('opens the term where the English has its noun, a model or a form', () => {
    expect(thaiOf('นักวิทยาศาสตร์ใช้แบบจำลองภูมิอากาศโลก (Global Climate Model) คาดการณ์อุณหภูมิ')).toBe('แบบจำลองภูมิอากาศโลก');
  });

  it('is a noun before a verb where it is written onto no noun: a form, a model or a test for that act', () => {
    expect(thaiOf('พนักงานทุกคนต้องตอบแบบสำรวจความพึงพอใจ (Satisfaction Assessment) ภายในเดือนนี้')).toBe('แบบสำรวจความพึงพอใจ');
    expect(thaiOf('กรมได้จัดทำแบบประเมินความเสี่ยงด้วยตนเอง (Self Risk Checklist) ให้ประชาชน')).toBe('แบบประเมินความเสี่ยงด้วยตนเอง');
  });

  it('stays inside the term of a short form given alone, written onto the noun whose manner it gives', () => {
    const acronymTerm = (text: string) => annotate(text).find((p) => p.pattern === 'ACR')?.thai;
    expect(acronymTerm('ธนาคารแนะให้ลูกค้าเปิดการยืนยันตัวตนแบบหลายปัจจัย (MFA) ก่อนโอนเงินทุกครั้ง')).toBe('การยืนยันตัวตนแบบหลายปัจจัย');
    expect(acronymTerm('บริษัทติดตั้งเครื่องปรับอากาศแบบประหยัดพลังงาน (EEAC) ในอาคารสำนักงานทุกชั้น')).toBe('เครื่องปรับอากาศแบบประหยัดพลังงาน');
  });

  it('stays inside the term after a noun the English translates: the noun and its manner', () => {
    expect(thaiOf('กระทรวงยังคงดูแลธุรกิจแบบดั้งเดิม (Traditional Business) ต่อไป')).toBe('ธุรกิจแบบดั้งเดิม');
    expect(thaiOf('เกษตรกรหันมาทำการเกษตรแบบผสมผสาน (Integrated Farming) มากขึ้น')).toBe('การเกษตรแบบผสมผสาน');
  });
});

describe('a disease, a symptom or a condition named with โรค, อาการ or ภาวะ', () => {
  // The name runs from the opener to the parenthesis: no term starts inside it, though the
  // English translates only its end (`หยุด`, to stop, is a verb the lexicon gives no English for here).
  it.each([
    ['คนอ้วนเสี่ยงภาวะหยุดหายใจขณะหลับ (Sleep Apnea) มากกว่าคนทั่วไป', 'ภาวะหยุดหายใจขณะหลับ'],
    ['แพทย์พบว่าผู้ป่วยมีอาการปวดศีรษะเรื้อรัง (Chronic Headache) มานานหลายปี', 'อาการปวดศีรษะเรื้อรัง'],
    ['เด็กเล็กเสี่ยงป่วยเป็นโรคมือเท้าปาก (Hand, Foot and Mouth Disease) ในหน้าฝน', 'โรคมือเท้าปาก'],
  ])('%s', (text, thai) => {
    expect(thaiOf(text)).toBe(thai);
  });

  it('reads the edges of a short form given alone by the English of the common short forms (O-NET, SME, PrEP)', () => {
    expect(thaiOf('นักเรียนชั้นมัธยมทั่วประเทศเข้าสอบการทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน (O-NET) ในสัปดาห์นี้')).toBe('การทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน');
    expect(thaiOf('ธนาคารออกสินเชื่อใหม่ให้วิสาหกิจขนาดกลางและขนาดย่อม (SME) ที่ได้รับผลกระทบ')).toBe('วิสาหกิจขนาดกลางและขนาดย่อม');
    expect(thaiOf('ผู้ป่วยกลุ่มเสี่ยงควรได้รับยาป้องกันก่อนการสัมผัสเชื้อ (PrEP) จากโรงพยาบาล')).toBe('ยาป้องกันก่อนการสัมผัสเชื้อ');
  });

  it('reads the edges of more short forms of every field given alone (MPI, EAS, R&D)', () => {
    expect(thaiOf('ทั้งนี้ ในเดือนมีนาคมดัชนีผลผลิตอุตสาหกรรม (MPI) ขยายตัวร้อยละ 2 เมื่อเทียบกับปีก่อน')).toBe('ดัชนีผลผลิตอุตสาหกรรม');
    expect(thaiOf('ผู้แทนไทยร่วมการประชุมสุดยอดเอเชียตะวันออก (EAS) ที่กรุงจาการ์ตา')).toBe('การประชุมสุดยอดเอเชียตะวันออก');
    expect(thaiOf('บริษัทเพิ่มงบการวิจัยและพัฒนา (R&D) เป็นสองเท่า')).toBe('การวิจัยและพัฒนา');
  });

  it('keeps กลุ่มอาการ, which names a syndrome whether or not the English says so, whole though the segmenter cut it (กลุ่ม|อาการ)', () => {
    expect(thaiOf('แพทย์เตือนนักท่องเที่ยวระวังกลุ่มอาการทางเดินหายใจตะวันออกกลาง (Middle East Respiratory Syndrome: MERS) หลังกลับจากตะวันออกกลาง')).toBe(
      'กลุ่มอาการทางเดินหายใจตะวันออกกลาง',
    );
    expect(thaiOf('ผู้ป่วยเสี่ยงต่อกลุ่มอาการหายใจลำบากเฉียบพลัน (ARDS) สูงกว่าปกติ')).toBe('กลุ่มอาการหายใจลำบากเฉียบพลัน');
  });

  it('ends at a stop word: the name after it may start a term', () => {
    expect(thaiOf('คลินิกดูแลผู้ป่วยโรคเบาหวานและความดันโลหิตสูง (Hypertension) ฟรี')).toBe('ความดันโลหิตสูง');
  });

  // A disease's symptoms or condition (`อาการ|โรค…`, `ภาวะ|โรค…`): the English names the disease,
  // whose own โรค opens the term.
  it.each([
    ['เด็กที่มีอาการโรคมือเท้าปาก (Hand, Foot and Mouth Disease) ต้องหยุดเรียนหนึ่งสัปดาห์', 'โรคมือเท้าปาก'],
    ['แพทย์ชี้ว่าอาการโรคหัวใจขาดเลือด (Ischemic Heart Disease) มักเริ่มจากเจ็บแน่นหน้าอก', 'โรคหัวใจขาดเลือด'],
    ['ผู้สูงวัยที่เสี่ยงต่อภาวะโรคหลอดเลือดสมอง (Stroke) ควรตรวจความดันทุกเดือน', 'โรคหลอดเลือดสมอง'],
  ])('%s', (text, thai) => {
    expect(thaiOf(text)).toBe(thai);
  });
});

describe('an adverb opening the sentence before the term', () => {
  it.each([
    ['ล่าสุด ศาลรัฐธรรมนูญ (Constitutional Court) วินิจฉัยว่าร่างกฎหมายขัดรัฐธรรมนูญ', 'ศาลรัฐธรรมนูญ'],
    ['ขณะเดียวกัน ศาลรัฐธรรมนูญ (Constitutional Court) นัดอ่านคำวินิจฉัยสัปดาห์หน้า', 'ศาลรัฐธรรมนูญ'],
  ])('is no part of it: %s', (text, thai) => {
    expect(thaiOf(text)).toBe(thai);
  });

  it('stays in a term whose English has it', () => {
    expect(thaiOf('แอปแจ้งเตือนข่าวล่าสุด (Latest News) ของสำนักข่าว')).toBe('ข่าวล่าสุด');
  });
});

describe('a bill', () => {
  it('is a draft act: ร่าง stays in the term where the English says Bill', () => {
    expect(thaiOf('สภาผู้แทนราษฎรรับหลักการร่างพระราชบัญญัติอากาศสะอาด (Clean Air Bill) ในวาระแรก')).toBe('ร่างพระราชบัญญัติอากาศสะอาด');
    expect(thaiOf('สภาผู้แทนราษฎรรับหลักการร่างพระราชบัญญัติอากาศสะอาด (Clean Air Act) ในวาระแรก')).toBe('พระราชบัญญัติอากาศสะอาด');
  });
});

describe('a workshop or a seminar', () => {
  it('keeps การประชุม, its head, where the English says Workshop or Seminar', () => {
    expect(thaiOf('กรมพัฒนาที่ดินจัดการประชุมเชิงปฏิบัติการการจัดทำแผนฟื้นฟูดินเค็ม (Workshop on Saline Soil Restoration Plan Formulation) ที่จังหวัดขอนแก่น')).toBe(
      'การประชุมเชิงปฏิบัติการการจัดทำแผนฟื้นฟูดินเค็ม',
    );
    expect(thaiOf('สำนักงานจัดการประชุมสัมมนาวิชาการด้านความปลอดภัยทางถนน (Seminar on Road Safety) ขึ้นเป็นครั้งแรก')).toBe('การประชุมสัมมนาวิชาการด้านความปลอดภัยทางถนน');
  });
});

describe('ที่ประชุม, the meeting, and การจัดอันดับ, the ranking', () => {
  it('keeps ที่ประชุม where the English says Meeting, but not for a Convention, the treaty whose parties meet', () => {
    expect(thaiOf('ผู้แทนไทยเข้าร่วมที่ประชุมรัฐมนตรีพลังงานอาเซียน (ASEAN Energy Ministers Meeting) ที่กรุงเทพฯ')).toBe('ที่ประชุมรัฐมนตรีพลังงานอาเซียน');
    expect(thaiOf('ไทยส่งผู้แทนไปที่ประชุมรัฐภาคีอนุสัญญาว่าด้วยความหลากหลายทางชีวภาพ (Convention on Biological Diversity) ที่โรม')).toBe('อนุสัญญาว่าด้วยความหลากหลายทางชีวภาพ');
  });

  it('keeps การจัดอันดับ whole where the English says Rating or Ranking', () => {
    expect(thaiOf('ผลการจัดอันดับความน่าเชื่อถือ (Credit Rating) ของไทยคงที่')).toBe('การจัดอันดับความน่าเชื่อถือ');
  });
});

describe("a document's head noun that only the common words of news translate", () => {
  it('opens the term after the clause that issues, adopts or sets it up (คู่มือ, Manual; กฎบัตร, Charter; ชุดข้อมูล, Dataset; หน่วยเฉพาะกิจ, Task Force; ถ้อยแถลง, Statement)', () => {
    expect(thaiOf('กรมออกคู่มือการป้องกันโรคไข้เลือดออก (Dengue Prevention Manual) ให้โรงเรียน')).toBe('คู่มือการป้องกันโรคไข้เลือดออก');
    expect(thaiOf('ที่ประชุมรับรองกฎบัตรสมาคมผู้ผลิตยาอาเซียน (Charter of the ASEAN Pharmaceutical Association) แล้ว')).toBe('กฎบัตรสมาคมผู้ผลิตยาอาเซียน');
    expect(thaiOf('สำนักงานเปิดชุดข้อมูลคุณภาพอากาศรายชั่วโมง (Hourly Air Quality Dataset) ให้ประชาชน')).toBe('ชุดข้อมูลคุณภาพอากาศรายชั่วโมง');
    expect(thaiOf('ตำรวจตั้งหน่วยเฉพาะกิจปราบปรามยาเสพติด (Drug Suppression Task Force) ในพื้นที่')).toBe('หน่วยเฉพาะกิจปราบปรามยาเสพติด');
    expect(thaiOf('ผู้แทนไทยอ่านถ้อยแถลงร่วมว่าด้วยความมั่นคงทางอาหาร (Joint Statement on Food Security) ในที่ประชุม')).toBe('ถ้อยแถลงร่วมว่าด้วยความมั่นคงทางอาหาร');
  });
});

describe('the 3Rs of waste news and a prosecution', () => {
  it('reads ใช้ซ้ำ, ใช้ใหม่ and กลับมาใช้ใหม่ whole, though ใช้ alone is an auxiliary (Reuse, Recycle)', () => {
    const text = 'เทศบาลรณรงค์หลัก 3R ได้แก่ ลดการใช้ (Reduce) ใช้ซ้ำ (Reuse) และนำกลับมาใช้ใหม่ (Recycle) ในทุกชุมชน';
    const thaiFor = (english: string) => annotate(text).find((p) => p.english === english)?.thai;
    expect([thaiFor('Reuse'), thaiFor('Recycle')]).toEqual(['ใช้ซ้ำ', 'กลับมาใช้ใหม่']);
    expect(thaiOf('โรงเรียนสอนให้แยกขยะแล้วใช้ใหม่ (Recycle) ทุกสัปดาห์')).toBe('ใช้ใหม่');
  });

  it('keeps การดำเนิน of การดำเนินคดี where the English says Prosecution', () => {
    expect(thaiOf('ศูนย์ดังกล่าวทำงานสามด้าน ได้แก่ การป้องกัน การคุ้มครอง และการดำเนินคดี (Prosecution) กับผู้ค้ามนุษย์')).toBe('การดำเนินคดี');
  });
});

describe('a body after ที่', () => {
  it('starts the term: ที่ written onto a body is the relative word of a clause the body is the subject of', () => {
    expect(thaiOf('สโมสรผ่านเข้ารอบแบ่งกลุ่มของรายการที่สมาพันธ์ฟุตบอลแห่งเอเชีย (Asian Football Confederation) จัดขึ้นทุกปี')).toBe('สมาพันธ์ฟุตบอลแห่งเอเชีย');
    expect(thaiOf('นักวิ่งไทยลงแข่งในรายการที่สมาพันธ์กรีฑาแห่งเอเชีย (Asian Athletics Confederation) รับรอง')).toBe('สมาพันธ์กรีฑาแห่งเอเชีย');
  });
});

describe('บริษัท, a company', () => {
  it('is left out where the English has no word for a company, kept where it has', () => {
    expect(thaiOf('ผู้บริหารบริษัทแอร์บีเอ็นบี (Airbnb) เดินทางมาหารือกับกระทรวงการท่องเที่ยวเมื่อวานนี้')).toBe('แอร์บีเอ็นบี');
    expect(thaiOf('ผู้บริหารบริษัทการบินไทย (Thai Airways International) ชี้แจงแผนฟื้นฟูกิจการ')).toBe('การบินไทย');
    expect(thaiOf('ผู้บริหารบริษัทการบินไทย (Thai Airways International Public Company Limited) ชี้แจงแผนฟื้นฟูกิจการ')).toBe('บริษัทการบินไทย');
  });

  it('stays before a short form given alone, where no English says it is left out', () => {
    expect(annotate('กระทรวงเปิดให้บริษัทจัดการพลังงาน (ESCO) ยื่นข้อเสนอ')[0].thai).toBe('บริษัทจัดการพลังงาน');
    expect(annotate('ผู้ถือหุ้นอนุมัติให้บริษัทปูนซิเมนต์ไทย (SCC) ออกหุ้นกู้')[0].thai).toBe('บริษัทปูนซิเมนต์ไทย');
  });
});

describe('a clause before the term', () => {
  it('ends at หลังจาก (after) and at the verb เน้น (to stress) the English does not translate', () => {
    expect(thaiOf('ชาวบ้านเฮหลังจากศาลปกครองสูงสุด (Supreme Administrative Court) มีคำพิพากษาให้รื้อถอนโรงงาน')).toBe('ศาลปกครองสูงสุด');
    expect(thaiOf('หลักสูตรใหม่จะเน้นวิทยาศาสตร์ เทคโนโลยี วิศวกรรมศาสตร์ และคณิตศาสตร์ (Science, Technology, Engineering and Mathematics: STEM) มากขึ้น')).toBe(
      'วิทยาศาสตร์ เทคโนโลยี วิศวกรรมศาสตร์ และคณิตศาสตร์',
    );
  });

  it('keeps กองอำนวยการ, a directing centre, whole though the segmenter cut it (กอง|อำนวย|การ)', () => {
    expect(thaiOf('ผู้อำนวยการกองอำนวยการป้องกันและบรรเทาสาธารณภัยจังหวัด (Provincial Disaster Prevention and Mitigation Directing Centre) สั่งการ')).toBe(
      'กองอำนวยการป้องกันและบรรเทาสาธารณภัยจังหวัด',
    );
  });
});

describe('a term before a polite particle, a modifier after ที่, สำหรับ, a rank', () => {
  it("ends the term before a polite particle that closes the speaker's sentence", () => {
    expect(thaiOf('อาจารย์แนะนำให้อ่านหนังสือ “รู้ทันความเครียด” นะครับ (Know Your Stress) ทุกคน')).toBe('รู้ทันความเครียด');
    expect(thaiOf('วันนี้เราจะคุยเรื่องการบำบัดด้วยดนตรีค่ะ (Music Therapy) ซึ่งช่วยผู้ป่วยได้มาก')).toBe('การบำบัดด้วยดนตรี');
  });

  it('keeps a head noun that a clause after ที่ modifies, when the clause is one phrase', () => {
    expect(thaiOf('ประเทศไทยต้องเร่งสร้างการพัฒนาที่ทั่วถึง (Inclusive Growth) ในทุกภูมิภาค')).toBe('การพัฒนาที่ทั่วถึง');
  });

  it('starts no term at สำหรับ (for), which may sit inside one as ที่ does', () => {
    expect(thaiOf('ผู้ส่งออกระบุว่าใช้สำหรับอาหารสัตว์ (FEED WHEAT) ทั้งหมด')).toBe('อาหารสัตว์');
    expect(thaiOf('โรงพยาบาลเตรียมห้องสำหรับกักกันโรค (Quarantine Room) เพิ่ม')).toBe('ห้องสำหรับกักกันโรค');
  });

  it("opens with the word for the English head's modifier when Thai writes the compound in the English's order (กรอบ|อนุสัญญา, Framework Convention)", () => {
    expect(thaiOf('กระทรวงสาธารณสุขรายงานต่อที่ประชุมรัฐภาคีกรอบอนุสัญญาว่าด้วยการควบคุมยาสูบ (Framework Convention on Tobacco Control) ที่กรุงเจนีวา')).toBe(
      'กรอบอนุสัญญาว่าด้วยการควบคุมยาสูบ',
    );
  });

  it("opens with a police unit's head noun when the English names the unit (กองบังคับการ, Division)", () => {
    expect(thaiOf('ผู้กำกับการ 2 กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการคุ้มครองผู้บริโภค (Consumer Protection Police Division: CPPD) แถลงผลการจับกุม')).toBe(
      'กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการคุ้มครองผู้บริโภค',
    );
  });

  it('leaves กรอบ (framework) out of a cooperation the English names without it, and keeps it when the English says it', () => {
    expect(thaiOf('นายกรัฐมนตรีเดินทางไปร่วมประชุมผู้นำภายใต้กรอบความร่วมมือทางเศรษฐกิจเอเชีย-แปซิฟิก (Asia-Pacific Economic Cooperation: APEC) ที่กรุงลิมา')).toBe(
      'ความร่วมมือทางเศรษฐกิจเอเชีย-แปซิฟิก',
    );
    expect(thaiOf('ไทยเสนอให้ยกระดับกรอบความร่วมมือด้านพลังงาน (Energy Cooperation Framework) ในภูมิภาค')).toBe('กรอบความร่วมมือด้านพลังงาน');
  });

  it('opens with เครื่อง when the English names the instrument by its verb (Defibrillator)', () => {
    expect(thaiOf('ห้างสรรพสินค้าติดตั้งเครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ (Automated External Defibrillator) ไว้ทุกชั้น')).toBe('เครื่องกระตุกหัวใจไฟฟ้าอัตโนมัติ');
    expect(thaiOf('โรงพยาบาลจัดหาเครื่องช่วยหายใจ (Ventilator) เพิ่มอีก 20 เครื่อง')).toBe('เครื่องช่วยหายใจ');
  });

  it("reads a short form spelt by its letters' names as part of a name read whole (เคยู, KU)", () => {
    expect(thaiOf('มหาวิทยาลัยเตรียมจัดงานเคยู เฟสติวัล (KU Festival) ปลายปีนี้')).toBe('เคยู เฟสติวัล');
    expect(thaiOf('สนามแห่งใหม่ผ่านการรับรองมาตรฐานเอฟไอเอ เกรด 2 (FIA Grade 2) แล้ว')).toBe('เอฟไอเอ เกรด 2');
  });

  it("leaves a spokesman out of a seat of government's name (โฆษก|ทำเนียบขาว, White House)", () => {
    expect(thaiOf('โฆษกทำเนียบขาว (White House) ยืนยันว่าประธานาธิบดีจะเดินทางเยือนเอเชียเดือนหน้า')).toBe('ทำเนียบขาว');
  });

  it('finds the Thai name of a known short form of a capital and a number, which says the number', () => {
    expect(thaiOf('ผู้นำกลุ่มประเทศอุตสาหกรรมชั้นนำ 7 ประเทศ (G7) ประชุมกันที่ญี่ปุ่น')).toBe('กลุ่มประเทศอุตสาหกรรมชั้นนำ 7 ประเทศ');
    expect(thaiOf('ภาพยนตร์เรื่องนี้ฉายในระบบสามมิติ (3D) ทุกโรง')).toBe('สามมิติ');
    // A code of that shape no table knows glosses nothing (a grade, a model, a standard).
    expect(annotate('ผู้ผลิตเลือกใช้วัตถุดิบชนิดเอทู (A2) ในสูตรใหม่')).toEqual([]);
  });

  it("leaves out a meeting's head noun whose English a body's head after it says (การประชุม|สมัชชา…, … Assembly)", () => {
    expect(thaiOf('ผู้แทนไทยร่วมการประชุมสมัชชารัฐสภาอาเซียน (ASEAN Inter-Parliamentary Assembly) ครั้งที่ 45 ที่เวียงจันทน์')).toBe('สมัชชารัฐสภาอาเซียน');
    // a meeting of ministers is a meeting: no body's head claims the English's Meeting
    expect(thaiOf('รัฐมนตรีเข้าร่วมการประชุมรัฐมนตรีแรงงานอาเซียน (ASEAN Labour Ministers Meeting) ที่มะนิลา')).toBe('การประชุมรัฐมนตรีแรงงานอาเซียน');
  });

  it('keeps a word that ranks the office when the English says it (รอง, Deputy)', () => {
    expect(thaiOf('ที่ประชุมมีรองเลขาธิการ (Deputy Secretary General) เป็นประธาน')).toBe('รองเลขาธิการ');
    expect(thaiOf('โดยมีรองผู้อำนวยการ (Deputy Director) ร่วมด้วย')).toBe('รองผู้อำนวยการ');
    expect(thaiOf('ที่ประชุมมีรองเลขาธิการ (Secretary General) เป็นประธาน')).toBe('เลขาธิการ');
  });
});
