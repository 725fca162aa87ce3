// Generated Thai news text for benchmarks: made-up sentences of our own, no corpus text.
import { seededRandom } from '../../src/seeded-random.js';

/** Articles (2 to 6 paragraphs of 2 to 5 sentences) and single sentences, the same for the same seed. */
export function generatedNews(seed: number): { article(): string; sentence(): string } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const PEOPLE = ['นายสมชาย ใจดี', 'นางสาวพิมพ์ชนก แก้วมณี', 'พล.อ.ประยุทธ์ จันทร์เพ็ญ', 'ดร.วิชัย ศรีสุข', 'นายธนากร วงศ์ไทย', 'รศ.ดร.อรุณี ทองดี'];
  const ORGS = ['กระทรวงการคลัง', 'ธนาคารแห่งประเทศไทย', 'สำนักงานคณะกรรมการการเลือกตั้ง', 'กรมควบคุมโรค', 'บริษัท ไทยพัฒนา จำกัด (มหาชน)', 'สภาอุตสาหกรรมแห่งประเทศไทย'];
  const PLACES = ['กรุงเทพมหานคร', 'จ.เชียงใหม่', 'จังหวัดขอนแก่น', 'อ.หาดใหญ่ จ.สงขลา', 'ทำเนียบรัฐบาล', 'ประเทศญี่ปุ่น'];
  const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
  const PARENS = [
    '(Bank of Thailand: BOT)',
    '(Gross Domestic Product: GDP)',
    '(World Health Organization)',
    '(Electric Vehicle: EV)',
    '(Thailand Board of Investment)',
  ];
  const date = (): string => `วันที่ ${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${2560 + Math.floor(random() * 8)}`;
  const money = (): string => `${(1 + Math.floor(random() * 9000)).toLocaleString('en-US')} ล้านบาท`;
  const SENTENCES: (() => string)[] = [
    () => `${pick(PEOPLE)} ผู้อำนวยการ${pick(ORGS)} เปิดเผยว่า เมื่อ${date()} ที่ผ่านมา ได้มีการประชุมหารือเรื่องแนวทางการพัฒนาเศรษฐกิจของประเทศ`,
    () => `ทั้งนี้ ${pick(ORGS)} คาดว่าเศรษฐกิจไทยในปีนี้จะขยายตัวได้ร้อยละ ${(1 + random() * 4).toFixed(1)} ตามการฟื้นตัวของภาคการท่องเที่ยว`,
    () => `โครงการดังกล่าวใช้งบประมาณทั้งสิ้น ${money()} และจะเริ่มดำเนินการใน${pick(PLACES)}ก่อนเป็นแห่งแรก`,
    () => `นอกจากนี้ ${pick(ORGS)} ${pick(PARENS)} ยังได้ร่วมมือกับหน่วยงานท้องถิ่นเพื่อส่งเสริมการลงทุนในพื้นที่`,
    () => `ด้าน${pick(PEOPLE)} กล่าวเพิ่มเติมว่า ประชาชนสามารถติดตามข้อมูลได้ทางเว็บไซต์ของหน่วยงานตั้งแต่${date()}เป็นต้นไป`,
    () =>
      `เหตุการณ์เกิดขึ้นเมื่อเวลาประมาณ ${10 + Math.floor(random() * 12)}.${String(Math.floor(random() * 60)).padStart(2, '0')} น. บริเวณ${pick(PLACES)} มีผู้ได้รับบาดเจ็บ ${1 + Math.floor(random() * 20)} ราย`,
    () => `ผู้สื่อข่าวรายงานว่า บรรยากาศที่${pick(PLACES)}เป็นไปด้วยความเรียบร้อย โดยมีเจ้าหน้าที่ตำรวจคอยดูแลความปลอดภัยตลอดทั้งวัน`,
    () => `ขณะที่ราคาน้ำมันดิบในตลาดโลกปรับตัวเพิ่มขึ้น ${(random() * 3).toFixed(2)} ดอลลาร์ต่อบาร์เรล ส่งผลให้ต้นทุนการขนส่งสูงขึ้น`,
  ];
  function article(): string {
    const paragraphs: string[] = [];
    const count = 2 + Math.floor(random() * 5);
    for (let p = 0; p < count; p++) {
      const sentences: string[] = [];
      for (let s = 0, n = 2 + Math.floor(random() * 4); s < n; s++) sentences.push(pick(SENTENCES)());
      paragraphs.push(sentences.join(' '));
    }
    return paragraphs.join('\n');
  }
  return { article, sentence: () => pick(SENTENCES)() };
}
