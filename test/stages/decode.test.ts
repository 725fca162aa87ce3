import { createPipeline } from '../../src/create-pipeline.js';
import { expectLinearTime } from '../linear-time.js';

const pipeline = createPipeline({ name: 'decode-only', stages: ['decode'] });
const PARAGRAPH = 'กรมอุตุนิยมวิทยาประกาศเตือนให้ประชาชนระวังอันตรายจากฝนตกหนัก ตั้งแต่วันนี้ถึงสิ้นสัปดาห์';

describe('the decode stage on HTML', () => {
  it('fills the page metadata the record does not give, and keeps the record’s own', async () => {
    const html = `<html><head><title>ฝนตกหนัก | ข่าวดี</title><meta property="article:published_time" content="2024-07-09T08:30:00+07:00"><meta property="og:site_name" content="ข่าวดี"><meta name="author" content="ทีมข่าว"></head><body><h1>ฝนตกหนัก</h1><p>${PARAGRAPH}</p></body></html>`;
    const page = await pipeline.process({ id: 'a', html });
    expect([page.text, page.meta]).toEqual([
      PARAGRAPH,
      { title: 'ฝนตกหนัก', published: '2024-07-09', publishedAt: '2024-07-09T08:30:00+07:00', siteName: 'ข่าวดี', author: 'ทีมข่าว' },
    ]);
    const record = await pipeline.process({ id: 'b', html, published: '2024-07-10', title: 'หัวข้อของเรา' });
    expect([record.meta.title, record.meta.published, record.meta.publishedAt]).toEqual(['หัวข้อของเรา', '2024-07-10', undefined]);
  });

  it('takes time linear in the page: 20,000 flat paragraphs at most 15 times 2,000', async () => {
    const make = (n: number): string => `<html><body>${`<p>${PARAGRAPH}</p>`.repeat(n)}</body></html>`;
    await expectLinearTime((html: string) => pipeline.process({ id: 'p', html }), make, { small: 2_000, large: 20_000, maxRatio: 15 });
  });
});
