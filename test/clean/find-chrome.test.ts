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
