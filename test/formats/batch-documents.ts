import { readFileSync } from 'node:fs';
import { createPipeline } from '../../src/create-pipeline.js';
import type { DocumentInput, ThaiDocument } from '../../src/document/types.js';

/**
 * A batch of news-like documents written for these tests (names, places and organisations of
 * our own, dates in both eras, parentheticals, Latin words, emoji and other astral characters,
 * line breaks, double and no-break spaces), so that every export meets the cases that break
 * offsets. Deterministic: document n is always the same.
 */
const PEOPLE = ['นายสมชาย ใจดี', 'นางสาวมาลี รักไทย', 'ดร.ประเสริฐ วงศ์ใหญ่', 'พล.อ.วีระ กล้าหาญ', 'ผศ.สุดา แสงทอง'];
const PLACES = ['จังหวัดเชียงใหม่', 'กรุงเทพมหานคร', 'ประเทศญี่ปุ่น', 'จ.ขอนแก่น', 'ประเทศอินโดนีเซีย', 'สหรัฐฯ'];
const ORGS = ['กระทรวงพาณิชย์', 'บริษัท ไทยรุ่งเรือง จำกัด', 'อาเซียน', 'สหประชาชาติ', 'ธนาคารแห่งประเทศไทย'];
const DATES = ['วันที่ 1 มีนาคม 2562', 'เมื่อวันที่ 15 ม.ค. 2567', 'ปี 2559-2563', 'ในปีงบประมาณ 2566', 'เมื่อวานนี้', 'June 20, 2019', 'วันที่ 3 ก.ย. 65 เวลา 10.30 น.'];
const TERMS = [
  'ศูนย์ส่งเสริมการเลี้ยงผึ้งอาเซียน (ASEAN Beekeeping Promotion Center: ABPC)',
  'องค์การอนามัยโลก (WHO)',
  'ปัญญาประดิษฐ์ (Artificial Intelligence)',
  'สำนักงานคณะกรรมการกำกับหลักทรัพย์ (ก.ล.ต.)',
];
const EXTRAS = ['😀 ผู้อ่านชอบข่าวนี้ 👍🏽', 'ราคา 6,500.50 บาท ลด 10%', 'ดูเพิ่มที่ https://example.com/news', 'ครอบครัว 👨‍👩‍👧 มาเที่ยว', '𠀀 อักษรนอกระนาบ'];

const pick = <T>(items: readonly T[], n: number, k: number): T => items[(n * 7 + k * 3) % items.length];

export function batchRecords(count: number): DocumentInput[] {
  return Array.from({ length: count }, (_, n) => {
    const parts = [
      `${pick(DATES, n, 0)} ${pick(PEOPLE, n, 1)} เดินทางไป${pick(PLACES, n, 2)} เพื่อหารือกับ${pick(ORGS, n, 3)}`,
      n % 3 === 0 ? `\n\nโครงการ${pick(TERMS, n, 4)} ได้รับงบประมาณ 1,250 ล้านบาท` : ` ทั้งนี้${pick(ORGS, n, 5)}ยืนยันว่า${pick(PLACES, n, 6)}พร้อม`,
      n % 4 === 1 ? `  ${pick(EXTRAS, n, 7)}` : n % 4 === 2 ? `\u00a0${pick(EXTRAS, n, 8)}` : ` ${pick(EXTRAS, n, 9)}`,
      n % 5 === 0 ? `\n${pick(PEOPLE, n, 10)}กล่าวว่า ${pick(DATES, n, 11)} จะมีการประชุมอีกครั้ง` : '',
    ];
    return { id: n % 10 === 3 ? `ข่าว/${n} "พิเศษ"` : `news-${String(n).padStart(3, '0')}`, text: parts.join(''), published: '2024-03-02' };
  });
}

/** The seed article's annotated document, as the fixture pins it. */
export function seedDocument(): ThaiDocument {
  return JSON.parse(readFileSync('fixtures/seed-asean-us/expected.json', 'utf8')) as ThaiDocument;
}

/** The seed article and `count` batch documents, annotated by the default pipeline. */
export async function annotatedBatch(count = 200): Promise<ThaiDocument[]> {
  const pipeline = createPipeline('default');
  const docs: ThaiDocument[] = [seedDocument()];
  for (const record of batchRecords(count)) docs.push(await pipeline.process(record));
  return docs;
}
