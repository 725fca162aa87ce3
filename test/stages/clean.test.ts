import { createPipeline } from '../../src/create-pipeline.js';
import { expectLinearTime } from '../linear-time.js';

const PARAGRAPH = 'กระทรวงสาธารณสุขรายงานว่าจำนวนผู้ป่วยไข้หวัดใหญ่ในช่วงฤดูฝนปีนี้เพิ่มขึ้นอย่างต่อเนื่อง โดยเฉพาะในกลุ่มเด็กนักเรียนและผู้สูงอายุ';
const pipeline = createPipeline({ name: 'clean-only', stages: ['decode', 'clean'] });

describe('the clean stage', () => {
  it('lifts the headline, the byline date with its time, and the author into meta', async () => {
    const text = ['ไข้หวัดใหญ่ระบาดหนักในโรงเรียน', 'โดย ทีมข่าวสาธารณสุข', 'เผยแพร่: 21 ก.พ. 68 13:13 น.', PARAGRAPH, PARAGRAPH].join('\n\n');
    const doc = await pipeline.process({ id: 'a', text });
    expect(doc.meta).toMatchObject({
      title: 'ไข้หวัดใหญ่ระบาดหนักในโรงเรียน',
      published: '2025-02-21',
      publishedAt: '2025-02-21T13:13:00+07:00',
      author: 'ทีมข่าวสาธารณสุข',
    });
    expect(doc.text).toBe(`${PARAGRAPH}\n\n${PARAGRAPH}`);
  });

  it("keeps the record's own date, and gives no time for it", async () => {
    const doc = await pipeline.process({ id: 'a', text: ['ข่าวสั้น', 'Submitted on Mon, 2019-01-21 13:49', PARAGRAPH].join('\n'), published: '2019-01-22' });
    expect([doc.meta.published, doc.meta.publishedAt]).toEqual(['2019-01-22', undefined]);
  });

  it('on the article of a page, leaves a short first line in place', async () => {
    const html = `<html><body><article><h1>ข่าวสั้น</h1><p>กรุงเทพฯ 5 ม.ค. –</p><p>${PARAGRAPH}</p></article></body></html>`;
    const doc = await pipeline.process({ id: 'a', html });
    expect(doc.text).toBe(`กรุงเทพฯ 5 ม.ค. –\n${PARAGRAPH}`);
  });

  it.each([
    ['spaces', ' '],
    ['tabs', '\t'],
    ['no-break spaces', '\u00a0'],
  ])('takes time linear in a long run of %s', async (_name, space) => {
    const make = (n: number): string => `หน้าแรก${space.repeat(n)}ข่าว\n${PARAGRAPH}\nแชร์${space.repeat(n)}\n${PARAGRAPH}`;
    await expectLinearTime((text: string) => pipeline.process({ id: 'a', text }), make, { small: 10_000, large: 100_000, maxRatio: 15 });
  });
});
