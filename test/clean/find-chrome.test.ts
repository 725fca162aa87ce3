import { expectLinearTime } from '../linear-time.js';
import { findChrome } from '../../src/clean/find-chrome.js';
import { classifyLine } from '../../src/clean/line-kinds.js';
import { splitLines } from '../../src/clean/lines.js';

const PARAGRAPH_1 = 'กระทรวงสาธารณสุขรายงานว่าจำนวนผู้ป่วยไข้หวัดใหญ่ในช่วงฤดูฝนปีนี้เพิ่มขึ้นอย่างต่อเนื่อง โดยเฉพาะในกลุ่มเด็กนักเรียนและผู้สูงอายุ';
const PARAGRAPH_2 = 'แพทย์แนะนำให้ประชาชนล้างมือบ่อยๆ สวมหน้ากากอนามัยเมื่ออยู่ในที่แออัด และเข้ารับการฉีดวัคซีนป้องกันไข้หวัดใหญ่ประจำปีที่โรงพยาบาลใกล้บ้าน';

function page(...lines: string[]): string {
  return lines.join('\n\n');
}

describe('classifyLine', () => {
  it.each([
    ['Share | Tweet', 'navigation'],
    ['หน้าแรก » ข่าว', 'navigation'],
    ['ความคิดเห็น', 'navigation'],
    ['12', 'stray'],
    ['★ ★ ★', 'stray'],
    ['5 ตุลาคม 2566', 'byline'],
    ['ไข้หวัดใหญ่ระบาดหนัก', 'short'],
    [PARAGRAPH_1, 'body'],
  ])('%s is %s', (text, kind) => {
    expect(classifyLine({ number: 1, start: 0, end: text.length, text })).toBe(kind);
  });
});

describe('findChrome', () => {
  it('keeps the body, lifts title and byline, and records what it removed', () => {
    const text = page('หน้าแรก', 'ไข้หวัดใหญ่ระบาดหนัก', '5 ตุลาคม 2566', PARAGRAPH_1, '3', PARAGRAPH_2, 'แชร์', 'ข่าวที่เกี่ยวข้อง', 'ฝนตกหนักทั่วกรุง');
    const result = findChrome(splitLines(text))!;
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.title).toBe('ไข้หวัดใหญ่ระบาดหนัก');
    expect(result.published).toBe('2023-10-05');
    expect(result.removed).toEqual([
      { line: 1, text: 'หน้าแรก', role: 'navigation' },
      { line: 3, text: 'ไข้หวัดใหญ่ระบาดหนัก', role: 'title' },
      { line: 5, text: '5 ตุลาคม 2566', role: 'byline' },
      { line: 9, text: '3', role: 'boilerplate' },
      { line: 13, text: 'แชร์', role: 'navigation' },
      { line: 15, text: 'ข่าวที่เกี่ยวข้อง', role: 'navigation' },
      { line: 17, text: 'ฝนตกหนักทั่วกรุง', role: 'boilerplate' },
    ]);
  });

  it('keeps a short subheading between body paragraphs', () => {
    const text = page(PARAGRAPH_1, 'วิธีป้องกันตัวเอง', PARAGRAPH_2, 'แชร์');
    expect(findChrome(splitLines(text))!.body.map((l) => l.text)).toEqual([PARAGRAPH_1, 'วิธีป้องกันตัวเอง', PARAGRAPH_2]);
  });

  it('leaves snippets and texts without a prose paragraph alone', () => {
    expect(findChrome(splitLines('วันนี้ฝนตก'))).toBeNull();
    expect(findChrome(splitLines(`${PARAGRAPH_1}\n#ไข้หวัดใหญ่`))).toBeNull();
    expect(findChrome(splitLines(page('สวัสดี', 'ครับ', 'ขอบคุณ', 'ค่ะ')))).toBeNull();
  });

  it('removes a share line after the body and what follows it, but not a closing line before it', () => {
    const result = findChrome(splitLines(page(PARAGRAPH_1, 'ด้วยความปรารถนาดี', 'แชร์', 'อ่านข่าวอื่น')))!;
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, 'ด้วยความปรารถนาดี']);
    expect(result.removed.map((r) => r.text)).toEqual(['แชร์', 'อ่านข่าวอื่น']);
  });

  it('leaves an article without chrome alone', () => {
    expect(findChrome(splitLines(page(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_1)))).toBeNull();
  });
});

describe('the headline of a plain-text page', () => {
  const LEAD = 'แฟนบอลตั้งคำถามถึงแนวทางของทีมหลังเกมล่าสุด';
  it('a first short line ending in ? is the headline, and a short first sentence stays in the body', () => {
    const result = findChrome(splitLines(page('ทีมชาติไทยเอาไงดี?', LEAD, PARAGRAPH_1, PARAGRAPH_2)))!;
    expect(result.title).toBe('ทีมชาติไทยเอาไงดี?');
    expect(result.body.map((l) => l.text)).toEqual([LEAD, PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('a line that reads as a sentence is never lifted into the title', () => {
    const sentence = 'ผู้สื่อข่าวรายงานว่าฝนตกหนักตั้งแต่เช้า';
    const result = findChrome(splitLines(page('หน้าแรก', sentence, PARAGRAPH_1)))!;
    expect(result.title).toBeUndefined();
    expect(result.body.map((l) => l.text)).toEqual([sentence, PARAGRAPH_1]);
  });

  it('after a masthead (date bar, service name, tabs): the line just above the body, and the date bar is not the date', () => {
    const text = page('วันอังคารที่ 14 สิงหาคม พ.ศ. 2561', 'บริการข่าวไทยรัฐ', 'ข่าว', 'วิดีโอ', 'ไข้หวัดใหญ่ระบาดหนักในโรงเรียนหลายแห่ง', PARAGRAPH_1);
    const result = findChrome(splitLines(text))!;
    expect([result.title, result.published]).toEqual(['ไข้หวัดใหญ่ระบาดหนักในโรงเรียนหลายแห่ง', undefined]);
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1]);
  });

  it('a column: the column name twice, the author, the date, then the title', () => {
    const text = page(
      'หน้าแรก / คอลัมน์ / คอลัมน์การเมือง / เขียนให้คิด',
      'เขียนให้คิด',
      'เขียนให้คิด',
      'โดย สมชาย ใจดี',
      'วันอาทิตย์ ที่ 19 พฤศจิกายน พ.ศ. 2566, 02.00 น.',
      'การรักษาประเพณีฟุตบอลกับการดูแลกีฬาเยาวชน',
      'ดูทั้งหมด',
      PARAGRAPH_1,
    );
    const result = findChrome(splitLines(text))!;
    expect(result).toMatchObject({
      title: 'การรักษาประเพณีฟุตบอลกับการดูแลกีฬาเยาวชน',
      published: '2023-11-19',
      publishedAt: '2023-11-19T02:00:00+07:00',
      author: 'สมชาย ใจดี',
    });
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1]);
  });

  it('a headline behind a breadcrumb', () => {
    const result = findChrome(splitLines(page('หน้าแรกข่าว> การเมือง> ผอ.โรงพยาบาลยืนยันผลตรวจชัดเจน', PARAGRAPH_1)))!;
    expect(result.title).toBe('ผอ.โรงพยาบาลยืนยันผลตรวจชัดเจน');
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1]);
  });
});

describe('related articles and long headlines in plain text', () => {
  const RELATED = 'กระทรวงมหาดไทยสั่งการให้ทุกจังหวัดเตรียมพร้อมรับมือสถานการณ์น้ำท่วมในช่วงฤดูฝนที่จะมาถึงนี้';
  it('the headlines under a related-articles heading go, however long', () => {
    const result = findChrome(splitLines(page(PARAGRAPH_1, PARAGRAPH_2, 'ข่าวแนะนำ', RELATED, RELATED.slice(10))))!;
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.removed.map((r) => r.rule)).toEqual(['related-heading', 'link-list', 'link-list']);
  });

  it('a headline as long as a short paragraph is still the headline', () => {
    const headline = 'กรมส่งเสริมการเกษตรเปิดตลาดนัดผลไม้ออนไลน์ให้เกษตรกรขายตรงถึงผู้ซื้อทั่วประเทศ';
    const result = findChrome(splitLines(page('บริการข่าวออนไลน์', 'ข่าว', 'วิดีโอ', headline, PARAGRAPH_1, PARAGRAPH_2)))!;
    expect(result.title).toBe(headline);
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
  });
});

describe('bylines and chrome of real sites in plain text', () => {
  it.each([
    ['Submitted on Mon, 2019-01-21 13:49', '2019-01-21', '2019-01-21T13:49:00+07:00'],
    ['เผยแพร่: 21 ก.พ. 68 13:13 น.', '2025-02-21', '2025-02-21T13:13:00+07:00'],
    ['วันที่ 21 ก.พ.2568 เวลา 13.13 น.', '2025-02-21', '2025-02-21T13:13:00+07:00'],
  ])('%s goes to meta', (byline, published, publishedAt) => {
    const result = findChrome(splitLines(page('ไข้หวัดใหญ่ระบาดหนักในโรงเรียน', byline, PARAGRAPH_1, PARAGRAPH_2)))!;
    expect(result).toMatchObject({ published, publishedAt });
    expect(result.removed).toContainEqual({ line: 3, text: byline, role: 'byline' });
  });

  it.each([
    ['ข่าว : นายสมชาย ใจดี', 'นายสมชาย ใจดี'],
    ['ข่าวและภาพ : นางสาวสมศรี รักงาน', 'นางสาวสมศรี รักงาน'],
    ['ข่าว / ภาพ : ทีมประชาสัมพันธ์จังหวัด', 'ทีมประชาสัมพันธ์จังหวัด'],
    ['เรียบเรียง : ทีมข่าวต่างประเทศ', 'ทีมข่าวต่างประเทศ'],
    ['เรียบเรียงโดย กองบรรณาธิการ', 'กองบรรณาธิการ'],
    ['Text: Somchai J.', 'Somchai J.'],
    ['ผู้นำเสนอ : กลุ่มประชาสัมพันธ์ กระทรวงตัวอย่าง', 'กลุ่มประชาสัมพันธ์ กระทรวงตัวอย่าง'],
    // the roles the other way round, or other roles joined
    ['ภาพ/ข่าว : กลุ่มงานสื่อสาร สำนักงานตัวอย่าง', 'กลุ่มงานสื่อสาร สำนักงานตัวอย่าง'],
    ['ภาพและข่าว : นายสมชาย ใจดี ผู้สื่อข่าวประจำจังหวัด', 'นายสมชาย ใจดี ผู้สื่อข่าวประจำจังหวัด'],
    ['เรื่อง/ภาพ : นางสาวสมศรี รักงาน', 'นางสาวสมศรี รักงาน'],
    ['ข่าว/เรียบเรียง : ทีมข่าวการศึกษา', 'ทีมข่าวการศึกษา'],
  ])('a credit after the body, %s, is the author line', (credit, author) => {
    const result = findChrome(splitLines(page(PARAGRAPH_1, PARAGRAPH_2, credit)))!;
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
    expect(result.author).toBe(author);
  });

  it("a picture's credit after the body goes and opens no footer: a press office's contact lines and a second table stay", () => {
    const contact = ['กลุ่มงานประชาสัมพันธ์ กระทรวงตัวอย่าง', 'โทร. 0 2000 0000 ต่อ 1234'];
    for (const credit of ['ภาพโดย : นายสมชาย ใจดี', 'Photo by Somchai J.', 'ที่มา : กรมตัวอย่าง', 'ภาพจาก : สำนักข่าวตัวอย่าง', 'ขอบคุณข้อมูลและภาพถ่าย: กรมตัวอย่าง']) {
      const result = findChrome(splitLines(page(PARAGRAPH_1, PARAGRAPH_2, credit, ...contact)))!;
      expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2, ...contact]);
      expect(result.removed).toContainEqual({ line: 5, text: credit, role: 'navigation', rule: 'credit' });
    }
  });

  it('closing lines with the same first words that are no credit stay', () => {
    for (const closing of ['ข่าวดีสำหรับเกษตรกรทั่วประเทศ', 'เรียบเรียงข้อมูลจากหลายแหล่ง', 'ข่าว สด', 'ภาพและข่าวที่ส่งต่อกันในโซเชียลไม่เป็นความจริง'])
      expect(findChrome(splitLines(page('ไข้หวัดใหญ่ระบาด', PARAGRAPH_1, PARAGRAPH_2, closing)))?.body.map((l) => l.text)).toEqual([
        PARAGRAPH_1,
        PARAGRAPH_2,
        closing,
      ]);
  });

  it('removes advertising, read-also, player and follow lines between and after paragraphs, saying which rule', () => {
    const text = page(
      PARAGRAPH_1,
      'ADVERTISMENT',
      'อ่านข่าว : ฝนตกหนักทั่วกรุงเทพฯ',
      PARAGRAPH_2,
      'Video Player is loading.',
      'Current Time 0:00',
      'Duration 5:56',
      PARAGRAPH_1,
      'ติดตามข่าวด่วน ทันเหตุการณ์ คลิกที่นี่!!',
      'เฟซบุ๊ก https://fb.me/example',
    );
    const result = findChrome(splitLines(text))!;
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_1]);
    expect(result.removed.map((r) => [r.text, r.role, r.rule])).toEqual([
      ['ADVERTISMENT', 'navigation', 'advertising'],
      ['อ่านข่าว : ฝนตกหนักทั่วกรุงเทพฯ', 'navigation', 'read-also'],
      ['Video Player is loading.', 'navigation', 'player'],
      ['Current Time 0:00', 'navigation', 'player'],
      ['Duration 5:56', 'navigation', 'player'],
      ['ติดตามข่าวด่วน ทันเหตุการณ์ คลิกที่นี่!!', 'navigation', 'follow'],
      ['เฟซบุ๊ก https://fb.me/example', 'navigation', 'follow'],
    ]);
  });

  it('on an article already cut out of its page, keeps a short first line and removes only chrome', () => {
    const lead = 'กรุงเทพฯ 5 ม.ค. –';
    const result = findChrome(splitLines([lead, PARAGRAPH_1, 'แชร์ข่าว'].join('\n')), 'หัวข้อข่าว', { extracted: true })!;
    expect(result.body.map((l) => l.text)).toEqual([lead, PARAGRAPH_1]);
  });
});

describe('time linear in the text, whatever runs it holds', () => {
  const runs: [string, (n: number) => string][] = [
    ['spaces', (n) => `หน้าแรก${' '.repeat(n)}ข่าว\n\n${PARAGRAPH_1}`],
    ['tabs and no-break spaces', (n) => `Share${'\t\u00a0'.repeat(n / 2)}Tweet\n${PARAGRAPH_1}`],
    ['separators', (n) => `${'| '.repeat(n / 2)}\n${PARAGRAPH_1}`],
    ['dots', (n) => `${'.'.repeat(n)}x\n${PARAGRAPH_1}`],
    ['blank lines', (n) => `${PARAGRAPH_1}${'\n \n'.repeat(n / 3)}${PARAGRAPH_2}`],
    ['one long line of Thai', (n) => `${'ข่าว'.repeat(n / 4)}\n${PARAGRAPH_1}`],
    ['short lines', (n) => `${'แชร์\n'.repeat(n / 5)}${PARAGRAPH_1}`],
  ];
  // 20,000 against 200,000: at 10,000 characters a run of blank lines takes a millisecond or
  // two, and fixed costs alone made the ratio 18 on a busy machine (200,000 against 1,000,000 is 10.8);
  // 66,000 blank lines measured 14–23 alone and 48 once in the full suite beside other work, when
  // the small run took 1.5 ms (2,000,000 against 200,000 is 16.5: more than linear, far from quadratic);
  // quadratic growth would be 100.
  it.each(runs)('%s: 200,000 characters at most 30 times 20,000', async (_name, make) => {
    await expectLinearTime((text: string) => findChrome(splitLines(text)), make, { small: 20_000, large: 200_000, maxRatio: 30, minSampleMs: 50 });
  });
});

describe('a plain-text headline with the site name after it', () => {
  it('loses the name', () => {
    const result = findChrome(splitLines(page('ไข้หวัดใหญ่ระบาดหนักในโรงเรียนหลายแห่ง  - ข่าวสด', PARAGRAPH_1, PARAGRAPH_2)))!;
    expect(result.title).toBe('ไข้หวัดใหญ่ระบาดหนักในโรงเรียนหลายแห่ง');
  });
});

describe('a date alone between paragraphs', () => {
  it('is the article’s own (a timeline), kept in the text', () => {
    const result = findChrome(splitLines(page('ไข้หวัดใหญ่ระบาดหนัก', '5 ตุลาคม 2566', PARAGRAPH_1, '12 ตุลาคม 2566', PARAGRAPH_2, 'แชร์')))!;
    expect(result.published).toBe('2023-10-05');
    expect(result.body.map((l) => l.text)).toEqual([PARAGRAPH_1, '12 ตุลาคม 2566', PARAGRAPH_2]);
  });

  it('with a reading time or a view counter, it is the page’s byline wherever it stands (after a standfirst long enough for prose)', () => {
    const standfirst = 'จากคลิปสั้นไม่ถึงหนึ่งนาทีของหลานสาว สู่การกลับขึ้นเวทีใหญ่ครั้งแรกในรอบยี่สิบปีของหมอลำรุ่นใหญ่';
    for (const meta of ['01 ก.ย. 2565 อ่าน 5 นาที', '14 พฤษภาคม 2568 เวลา 18:32 น. ข่าวหุ้น ผู้เข้าชม 862 คน']) {
      const result = findChrome(splitLines(page('หมอลำวัยเจ็ดสิบกลับขึ้นเวที', standfirst, meta, PARAGRAPH_1, PARAGRAPH_2)))!;
      expect(result.body.map((l) => l.text)).toEqual([standfirst, PARAGRAPH_1, PARAGRAPH_2]);
      expect(result.removed.find((r) => r.text === meta)?.role).toBe('byline');
    }
  });
});

describe('a text that starts with its first paragraph', () => {
  it('keeps it, however short: no title is made up', () => {
    const lead = 'ผู้ว่าราชการจังหวัดเชียงใหม่ลงพื้นที่ตรวจเยี่ยมผู้ประสบภัยน้ำท่วมในอำเภอรอบนอก';
    const result = findChrome(splitLines(page(lead, PARAGRAPH_1, PARAGRAPH_2, 'แชร์')))!;
    expect(result.title).toBeUndefined();
    expect(result.body.map((l) => l.text)).toEqual([lead, PARAGRAPH_1, PARAGRAPH_2]);
  });
});
