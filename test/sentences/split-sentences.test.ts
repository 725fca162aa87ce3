import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../../src/segmenter/index.js';
import { splitSentences } from '../../src/sentences/split-sentences.js';

/** The sentence texts with the shipped model. */
function sentencesOf(text: string, minLength?: number): string[] {
  return splitSentences(text, segment(text), { minLength }).map((s) => s.text);
}

describe('splitSentences: news prose', () => {
  it('splits before a discourse connective after a long sentence, with exact offsets', () => {
    const text = 'กระทรวงสาธารณสุขเปิดเผยว่าจำนวนผู้ป่วยไข้เลือดออกในปีนี้เพิ่มขึ้นจากปีก่อนอย่างเห็นได้ชัด ทั้งนี้ ประชาชนควรกำจัดแหล่งเพาะพันธุ์ยุงลายรอบบ้านอย่างสม่ำเสมอ';
    expect(splitSentences(text, segment(text))).toEqual([
      { start: 0, end: 89, text: 'กระทรวงสาธารณสุขเปิดเผยว่าจำนวนผู้ป่วยไข้เลือดออกในปีนี้เพิ่มขึ้นจากปีก่อนอย่างเห็นได้ชัด' },
      { start: 90, end: 154, text: 'ทั้งนี้ ประชาชนควรกำจัดแหล่งเพาะพันธุ์ยุงลายรอบบ้านอย่างสม่ำเสมอ' },
    ]);
  });

  it('cuts neither inside a date nor after a fronted date phrase nor inside a list of places', () => {
    const text =
      'เมื่อวันที่ 15 มกราคม 2567 ที่ผ่านมา กรมส่งเสริมการเกษตรได้จัดอบรมเกษตรกรรุ่นใหม่ในจังหวัดเชียงใหม่ ลำพูน และลำปาง โดยในวันที่ 20 มกราคม 2567 จะมีการประเมินผลการอบรมร่วมกับผู้นำชุมชน';
    expect(splitSentences(text, segment(text))).toEqual([{ start: 0, end: 182, text }]);
  });

  it('ends a list at เป็นต้น and does not cut a short opener from its clause', () => {
    expect(sentencesOf('ผลิตภัณฑ์ที่ได้รับความนิยม ได้แก่ ข้าวหอมมะลิ ผลไม้อบแห้ง และน้ำพริกเผา เป็นต้น นอกจากนี้ ยังมีสินค้าหัตถกรรมอีกกว่า 1,200 รายการ')).toEqual([
      'ผลิตภัณฑ์ที่ได้รับความนิยม ได้แก่ ข้าวหอมมะลิ ผลไม้อบแห้ง และน้ำพริกเผา เป็นต้น',
      'นอกจากนี้ ยังมีสินค้าหัตถกรรมอีกกว่า 1,200 รายการ',
    ]);
  });

  it('keeps a quotation whole and splits after it before a connective', () => {
    const text = 'นายสมชายกล่าวว่า "เราจะเดินหน้าพัฒนาระบบขนส่งสาธารณะให้ครอบคลุมทุกพื้นที่ ขอให้ประชาชนมั่นใจ" ทั้งนี้ ฝ่ายค้านยังไม่แสดงความเห็นต่อแผนดังกล่าว';
    expect(splitSentences(text, segment(text))).toEqual([
      { start: 0, end: 93, text: 'นายสมชายกล่าวว่า "เราจะเดินหน้าพัฒนาระบบขนส่งสาธารณะให้ครอบคลุมทุกพื้นที่ ขอให้ประชาชนมั่นใจ"' },
      { start: 94, end: 142, text: 'ทั้งนี้ ฝ่ายค้านยังไม่แสดงความเห็นต่อแผนดังกล่าว' },
    ]);
  });

  it('never splits inside brackets', () => {
    const text = 'จังหวัดจัดงานเทศกาลอาหารพื้นเมืองประจำปี (งานนี้จัดต่อเนื่องมาแล้วกว่าสิบปี ทั้งนี้ เพื่อส่งเสริมการท่องเที่ยว) ที่บริเวณลานหน้าศาลากลางจังหวัด';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('keeps abbreviations, titles and Buddhist-era years inside the sentence', () => {
    const text = 'พล.อ. ประยุทธ์ และ ดร. สมศักดิ์ พบกับ Mr. Smith จาก U.S. Embassy เมื่อ พ.ศ. 2567 ที่ผ่านมา';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('makes each numbered list item a sentence', () => {
    expect(sentencesOf('ขั้นตอนการสมัครมีดังนี้ 1. กรอกแบบฟอร์มออนไลน์ 2. แนบเอกสารประกอบ 3. รอการยืนยันทางอีเมล')).toEqual([
      'ขั้นตอนการสมัครมีดังนี้',
      '1. กรอกแบบฟอร์มออนไลน์',
      '2. แนบเอกสารประกอบ',
      '3. รอการยืนยันทางอีเมล',
    ]);
  });
});

describe('splitSentences: social media and mixed scripts', () => {
  it('ends sentences at final particles and emoji, even short ones', () => {
    expect(sentencesOf('วันนี้ไปกินร้านนี้มาค่ะ อร่อยมากกก ราคาไม่แพงด้วย แนะนำเลยนะคะ 😋 ใครผ่านไปแถวนั้นลองแวะดูนะ')).toEqual([
      'วันนี้ไปกินร้านนี้มาค่ะ',
      'อร่อยมากกก ราคาไม่แพงด้วย แนะนำเลยนะคะ 😋',
      'ใครผ่านไปแถวนั้นลองแวะดูนะ',
    ]);
    expect(sentencesOf('ขอบคุณมากครับ ผมจะลองทำตามดูนะครับ')).toEqual(['ขอบคุณมากครับ', 'ผมจะลองทำตามดูนะครับ']);
  });

  it('ends sentences at ! and ?', () => {
    expect(sentencesOf('จริงหรือ? ไม่น่าเชื่อเลย! เขาทำได้อย่างไร')).toEqual(['จริงหรือ?', 'ไม่น่าเชื่อเลย!', 'เขาทำได้อย่างไร']);
  });

  it('treats 555 as laughter but not the year 2555', () => {
    expect(sentencesOf('ตลกมาก 5555 ไปดูกันเถอะ')).toEqual(['ตลกมาก 5555', 'ไปดูกันเถอะ']);
    const text = 'โครงการนี้เริ่มต้นในปี 2555 ด้วยงบประมาณจากรัฐบาลกลาง';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('splits English sentences inside Thai text at a full stop before a capital or Thai', () => {
    expect(
      sentencesOf(
        'ผู้บริหารกล่าวว่ายอดขายในไทยเติบโตดีมากครับ The company expects sales to grow by 12% this year. Analysts were not surprised. ส่วนตลาดเวียดนามยังต้องรอดูสถานการณ์อีกระยะหนึ่ง',
      ),
    ).toEqual([
      'ผู้บริหารกล่าวว่ายอดขายในไทยเติบโตดีมากครับ',
      'The company expects sales to grow by 12% this year.',
      'Analysts were not surprised.',
      'ส่วนตลาดเวียดนามยังต้องรอดูสถานการณ์อีกระยะหนึ่ง',
    ]);
  });

  it('keeps an English phrase inside a Thai sentence', () => {
    const text = 'ผู้ร่วมงานสามารถติดตามข่าวสารได้ทาง Facebook Page ของสมาคมผู้ประกอบการท่องเที่ยวตลอดทั้งปี';
    expect(sentencesOf(text)).toEqual([text]);
  });
});

describe('splitSentences: layout', () => {
  it('ends a sentence at every line break and drops the whitespace around sentences', () => {
    const text = '  ข่าวเศรษฐกิจ\n\nตลาดหุ้นไทยปิดบวกเล็กน้อย\r\nนักลงทุนรอดูตัวเลขเงินเฟ้อ  \n';
    expect(splitSentences(text, segment(text))).toEqual([
      { start: 2, end: 14, text: 'ข่าวเศรษฐกิจ' },
      { start: 16, end: 41, text: 'ตลาดหุ้นไทยปิดบวกเล็กน้อย' },
      { start: 43, end: 69, text: 'นักลงทุนรอดูตัวเลขเงินเฟ้อ' },
    ]);
  });

  it('counts offsets in code points when the text has emoji', () => {
    const text = '🎉🎉 ยินดีด้วยนะคะ 🎉 เจอกันพรุ่งนี้';
    expect(splitSentences(text, segment(text))).toEqual([
      { start: 0, end: 2, text: '🎉🎉' },
      { start: 3, end: 18, text: 'ยินดีด้วยนะคะ 🎉' },
      { start: 19, end: 33, text: 'เจอกันพรุ่งนี้' },
    ]);
  });

  it('returns no sentence for empty or blank text', () => {
    expect(splitSentences('', [])).toEqual([]);
    expect(splitSentences(' \n\t ', segment(' \n\t '))).toEqual([]);
  });

  it('lets minLength decide how short a sentence may be without a strong cue', () => {
    const text = 'ฝนตกหนัก นอกจากนี้ ถนนหลายสายยังมีน้ำท่วมขัง';
    expect(sentencesOf(text)).toEqual([text]);
    expect(sentencesOf(text, 4)).toEqual(['ฝนตกหนัก', 'นอกจากนี้ ถนนหลายสายยังมีน้ำท่วมขัง']);
  });

  it('lets threshold trade sentences for precision', () => {
    const text = 'เขามาถึงที่ประชุมตั้งแต่เช้าแล้ว ต่อมา ทุกคนก็เริ่มพิจารณาวาระแรกอย่างจริงจัง';
    const at = (threshold: number) => splitSentences(text, segment(text), { threshold }).map((s) => s.text);
    expect(at(0.4)).toEqual(['เขามาถึงที่ประชุมตั้งแต่เช้าแล้ว', 'ต่อมา ทุกคนก็เริ่มพิจารณาวาระแรกอย่างจริงจัง']);
    expect(at(0.999)).toEqual([text]);
  });
});

// The seed article is the project's first fixture; read it where the shared folder exists.
const seed = path.resolve('../shared/seeds/000_f6ce5b4017781967.txt');
const describeSeed = existsSync(seed) ? describe : describe.skip;

describeSeed('splitSentences: the seed article', () => {
  const text = existsSync(seed) ? readFileSync(seed, 'utf8') : '';
  const sentences = sentencesOf(text);

  it('splits the first paragraph before โดยในวันที่ and not inside its date', () => {
    const at = sentences.findIndex((s) => s.startsWith('นับตั้งแต่ปี 2562'));
    expect(sentences[at].endsWith('มาอย่างต่อเนื่อง')).toBe(true);
    expect(sentences[at + 1].startsWith('โดยในวันที่ 1 มีนาคม 2562 ที่ผ่านมา อาเซียนได้หารือ')).toBe(true);
  });

  it('keeps the list ขนาดกลาง ขนาดย่อม และรายย่อย in one sentence', () => {
    expect(sentences.filter((s) => s.includes('ขนาดกลาง ขนาดย่อม และรายย่อยสีเขียว'))).toHaveLength(1);
  });

  it('keeps every paragraph line of the page chrome as its own sentence', () => {
    expect(sentences).toContain('No tweets found.');
    expect(sentences).toContain('พบกับเราที่ Facebook');
  });
});
