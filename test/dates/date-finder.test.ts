import { DateFinder, type DateFinding } from '../../src/dates/date-finder.js';
import type { DateValue } from '../../src/document/types.js';

const finder = new DateFinder();

interface Expected {
  text: string;
  type: string;
  value: DateValue;
}

/** The mentions as [text, type, value], after checking that each span sits at its offsets. */
function found(sentence: string, published?: string): Array<[string, string, DateValue]> {
  const { dates } = finder.find(sentence, published ? { published } : {});
  for (const date of dates) expect(Array.from(sentence).slice(date.start, date.end).join('')).toBe(date.text);
  return dates.map((d) => [d.text, d.type, d.value]);
}

function expectDates(sentence: string, published: string | undefined, expected: Expected[]): void {
  const { dates } = finder.find(sentence, published ? { published } : {});
  expect(dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value }))).toEqual(
    expected.map((e) => ({ start: sentence.indexOf(e.text), end: sentence.indexOf(e.text) + e.text.length, ...e })),
  );
}

describe('day, month and year', () => {
  test.each([
    ['งานเปิดวันศุกร์ที่ 1 มีนาคม 2562 ที่หอประชุม', 'วันศุกร์ที่ 1 มีนาคม 2562', '2019-03-01'],
    ['ประกาศเมื่อวันที่ 5 ม.ค. 2563 แล้ว', 'วันที่ 5 ม.ค. 2563', '2020-01-05'],
    ['ลงนามเมื่อ 20 ส.ค.63 ที่ทำเนียบ', '20 ส.ค.63', '2020-08-20'],
    ['ประชุม 3 มีค 64 ที่กระทรวง', '3 มีค 64', '2021-03-03'],
    ['ครบกำหนด 30 มิ.ย. 2565 ตามสัญญา', '30 มิ.ย. 2565', '2022-06-30'],
    ['ส่งเอกสารภายใน 15 ตุลา 63 ครับ', '15 ตุลา 63', '2020-10-15'],
    ['เปิดตัววันที่ ๒๐ กรกฎาคม ๒๕๖๒ อย่างเป็นทางการ', 'วันที่ ๒๐ กรกฎาคม ๒๕๖๒', '2019-07-20'],
    ['ผู้ว่าฯ มาตรวจ เสาร์ที่ 9 พ.ย. 2562 ช่วงเช้า', 'เสาร์ที่ 9 พ.ย. 2562', '2019-11-09'],
    ['บันทึกเมื่อ 7 เมษายน พ.ศ. 2560 โดยกรม', '7 เมษายน พ.ศ. 2560', '2017-04-07'],
    ['ประกาศ 12 ธันวาคม ค.ศ. 2019 ที่เจนีวา', '12 ธันวาคม ค.ศ. 2019', '2019-12-12'],
    ['เอกสารลงวันที่ 20/06/2562 ฉบับจริง', 'วันที่ 20/06/2562', '2019-06-20'],
    ['ใบเสร็จ 5/1/63 เลขที่ 3', '5/1/63', '2020-01-05'],
    ['ข่าวประจำวัน มิถุนายน 20, 2019 กรุงเทพฯ', 'มิถุนายน 20, 2019', '2019-06-20'],
    ['The summit opened on June 20, 2019 in Bangkok', 'June 20, 2019', '2019-06-20'],
  ])('%s', (sentence, span, value) => {
    expectDates(sentence, undefined, [{ text: span, type: 'date', value }]);
  });

  test('two digits with a month name after them open the next date, not a short year', () => {
    expect(found('งานวันที่ 28 กรกฎาคม\n27 ก.ค.62 ผู้ว่าฯ ลงพื้นที่', '2019-07-29')).toEqual([
      ['วันที่ 28 กรกฎาคม', 'date', '2019-07-28'],
      ['27 ก.ค.62', 'date', '2019-07-27'],
    ]);
    expect(found('นัดวันที่ 3 มีนาคม 64 ณ ศาลากลาง')).toEqual([['วันที่ 3 มีนาคม 64', 'date', '2021-03-03']]);
    // a short year above 31 cannot be a day
    expect(found('ยอดขาย ม.ค. 64 ก.พ. 64 เพิ่มขึ้น', '2021-03-01')).toEqual([
      ['ม.ค. 64', 'month', '2021-01'],
      ['ก.พ. 64', 'month', '2021-02'],
    ]);
  });

  test('a date without its year takes the year of the document date', () => {
    expectDates('นัดประชุมวันที่ 9 ก.ย. ที่ศาลากลาง', '2020-09-02', [{ text: 'วันที่ 9 ก.ย.', type: 'date', value: '2020-09-09' }]);
  });

  test('without a document date the year stays unknown, and the warning says so', () => {
    const result = finder.find('นัดประชุมวันที่ 9 ก.ย. ที่ศาลากลาง');
    expect(result.dates.map((d) => [d.text, d.value, d.needsAnchor])).toEqual([['วันที่ 9 ก.ย.', 'XXXX-09-09', true]]);
    expect(result.warnings.map((w) => w.code)).toEqual(['no-anchor']);
  });

  test('"เมื่อ" and "ที่ผ่านมา" point a yearless date back into the previous year', () => {
    expect(found('เมื่อวันที่ 28 ธ.ค. มีการประชุม', '2021-01-05')).toEqual([['วันที่ 28 ธ.ค.', 'date', '2020-12-28']]);
    expect(found('ตั้งแต่ 5 ม.ค. นี้เป็นต้นไป', '2020-12-20')).toEqual([['5 ม.ค.', 'date', '2021-01-05']]);
  });

  test('with no word pointing either way, a yearless date is in the year before or after only within a season of the document date', () => {
    expect(found('กรมอุตุฯ เตือน 2-5 ม.ค. อากาศหนาว', '2024-12-20')).toEqual([['2-5 ม.ค.', 'range', { start: '2025-01-02', end: '2025-01-05' }]]);
    expect(found('ประชุมวันที่ 28 ธ.ค. ที่ทำเนียบ', '2021-01-05')).toEqual([['วันที่ 28 ธ.ค.', 'date', '2020-12-28']]);
    expect(found('จัดงานวันที่ 20 มิ.ย. ที่ลานเมือง', '2020-10-14')).toEqual([['วันที่ 20 มิ.ย.', 'date', '2020-06-20']]);
    expect(found('จะเปิดรับสมัครวันที่ 10 ม.ค. ที่ลานเมือง', '2020-11-01')).toEqual([['วันที่ 10 ม.ค.', 'date', '2021-01-10']]);
    expect(found('การแข่งขันจะจัดขึ้นในเดือนตุลาคม ที่บุรีรัมย์', '2018-02-15')).toEqual([['เดือนตุลาคม', 'month', '2018-10']]);
  });

  test('a yearless range over the new year ends in the next year', () => {
    expect(found('ช่วงเดือนธันวาคมถึงเดือนกุมภาพันธ์ อากาศหนาว', '2021-06-01')).toEqual([['เดือนธันวาคมถึงเดือนกุมภาพันธ์', 'range', { start: '2021-12', end: '2022-02' }]]);
    expect(found('ปิดทำการ 28 ธ.ค. - 3 ม.ค. นี้', '2020-12-10')).toEqual([['28 ธ.ค. - 3 ม.ค.', 'range', { start: '2020-12-28', end: '2021-01-03' }]]);
  });

  test('a date of every year keeps the document year', () => {
    expect(found('จัดงานในวันที่ 5 ม.ค. ของทุกปี', '2020-12-20')).toEqual([['วันที่ 5 ม.ค.', 'date', '2020-01-05']]);
  });

  test('dates listed before a date with its year share that year', () => {
    expect(found('ครม. มีมติ (19 มีนาคม และ 25 มิถุนายน 2562) แล้ว', '2021-06-01')).toEqual([
      ['19 มีนาคม', 'date', '2019-03-19'],
      ['25 มิถุนายน 2562', 'date', '2019-06-25'],
    ]);
    expect(found('ประชุม 5 ม.ค., 8 ก.พ. หรือ          3 มี.ค. 2563', '2021-06-01').map(([, , value]) => value)).toEqual([
      '2020-01-05',
      '2020-02-08',
      '2020-03-03',
    ]);
    expect(found('ช่วง 28 ธ.ค. และ 5 ม.ค. 2564 ปิดทำการ', '2021-06-01').map(([, , value]) => value)).toEqual(['2021-12-28', '2021-01-05']);
  });

  test('"เมื่อ" keeps a yearless date in the past however far back it lies', () => {
    expect(found('เมื่อวันที่ 2 ม.ค. มีการประชุม', '2020-12-20')).toEqual([['วันที่ 2 ม.ค.', 'date', '2020-01-02']]);
  });

  test('"นี้" keeps a date that has just passed in the document year', () => {
    expect(found('ส่งงานภายในเดือนตุลาคมนี้ ที่กรม', '2020-10-14')).toEqual([['เดือนตุลาคม', 'month', '2020-10']]);
    expect(found('อบรมวันที่ 5-7 ต.ค. นี้ ครบแล้ว', '2020-10-14')).toEqual([['วันที่ 5-7 ต.ค.', 'range', { start: '2020-10-05', end: '2020-10-07' }]]);
    expect(found('เปิดรับสมัคร 2 ก.พ. ที่จะถึงนี้', '2020-10-14')).toEqual([['2 ก.พ.', 'date', '2021-02-02']]);
  });

  test('an organisation acronym that starts like a month is not a month', () => {
    expect(found('สำนักงาน ก.ค.ศ. 2562 และ อ.ส.ค. 2562')).toEqual([
      ['2562', 'year', '2019'],
      ['2562', 'year', '2019'],
    ]);
  });

  test('each date keeps its year as written and the era it was read in', () => {
    const [date] = finder.find('ลงนามวันที่ ๑ ม.ค. ๖๔ แล้ว').dates;
    expect(date.year).toEqual({ written: '๖๔', era: 'BE', ce: 2021 });
  });
});

describe('months and years', () => {
  test.each([
    ['ยอดขายเดือนพฤศจิกายน 2560 ลดลง', 'เดือนพฤศจิกายน 2560', 'month', '2017-11'],
    ['ดัชนีเดือน ต.ค.61 ลดลง', 'เดือน ต.ค.61', 'month', '2018-10'],
    ['ตัวเลข มิ.ย.61 สูงขึ้น', 'มิ.ย.61', 'month', '2018-06'],
    ['นับตั้งแต่ปี 2562 เป็นต้นมา', 'ปี 2562', 'year', '2019'],
    ['สร้างเสร็จเมื่อปี2536นี้เอง', 'ปี2536', 'year', '1993'],
    ['เติบโตขึ้นในปี 2019 ทั่วโลก', 'ปี 2019', 'year', '2019'],
    ['วิกฤตปี 40 ยังจำได้', 'ปี 40', 'year', '1997'],
    ['พระราชบัญญัติการศึกษา พ.ศ.๒๕๔๒ มาตรา 10', 'พ.ศ.๒๕๔๒', 'year', '1999'],
    ['เป้าหมายภายในปี ค.ศ. 2050 หรือ', 'ปี ค.ศ. 2050', 'year', '2050'],
    ['สาร พุทธศักราช 2564 ของนายก', 'พุทธศักราช 2564', 'year', '2021'],
    ['งานมหกรรมหนังสือ 2563 จัดที่ศูนย์', '2563', 'year', '2020'],
  ])('%s', (sentence, span, type, value) => {
    expectDates(sentence, undefined, [{ text: span, type, value }]);
  });

  test('historical eras are intervals that begin on 1 April', () => {
    expect(found('ตามกฎหมาย ร.ศ. 130 ว่าด้วย')).toEqual([['ร.ศ. 130', 'year', { start: '1911-04-01', end: '1912-03-31' }]]);
    expect(found('เปลี่ยนแปลงการปกครอง พ.ศ. 2475 นั้น')).toEqual([['พ.ศ. 2475', 'year', { start: '1932-04-01', end: '1933-03-31' }]]);
    expect(found('เกิด 24 มิถุนายน 2475 และ 15 มกราคม 2480')).toEqual([
      ['24 มิถุนายน 2475', 'date', '1932-06-24'],
      ['15 มกราคม 2480', 'date', '1938-01-15'],
    ]);
    expect(found('ตรงกับ จ.ศ. 1250 ตามจารึก')).toEqual([['จ.ศ. 1250', 'year', '1888']]);
  });

  test('fiscal years run from October, and were calendar years before BE 2503', () => {
    expect(found('งบประจำปีงบประมาณ พ.ศ. ๒๕๖๓ ทั้งหมด')).toEqual([['ปีงบประมาณ พ.ศ. ๒๕๖๓', 'fiscal', { start: '2019-10-01', end: '2020-09-30' }]]);
    expect(found('ครบกำหนดในปีงบ 62 นี้')).toEqual([['ปีงบ 62', 'fiscal', { start: '2018-10-01', end: '2019-09-30' }]]);
    expect(found('งบ ปีงบประมาณ 2500 เดิม')).toEqual([['ปีงบประมาณ 2500', 'fiscal', { start: '1957-01-01', end: '1957-12-31' }]]);
  });

  test("a budget's year is a fiscal year; a year after other words stays a calendar year", () => {
    expect(found('สำนักงบประมาณจัดสรรงบประมาณปี 2568 ให้ 1,200 ล้านบาท')).toEqual([['ปี 2568', 'fiscal', { start: '2024-10-01', end: '2025-09-30' }]]);
    expect(found('ร่างงบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๙ วงเงิน')).toEqual([['ปี พ.ศ. ๒๕๖๙', 'fiscal', { start: '2025-10-01', end: '2026-09-30' }]]);
    expect(found('เหลืองบปี 67 อีกไม่มาก')).toEqual([['ปี 67', 'fiscal', { start: '2023-10-01', end: '2024-09-30' }]]);
    expect(found('แผนงบประมาณ ปี 2566-2568 รวม')).toEqual([['ปี 2566-2568', 'fiscal', { start: '2022-10-01', end: '2025-09-30' }]]);
    expect(found('ยอดขายในปี 2568 เพิ่มขึ้น')).toEqual([['ปี 2568', 'year', '2025']]);
    expect(found('ใช้งบไปแล้วเมื่อปีที่แล้ว', '2024-12-06').map(([text, type]) => [text, type])).toEqual([['ปีที่แล้ว', 'relative']]);
  });

  test("a fiscal year relative to the one the document date falls in (from October, the next year's)", () => {
    expect(found('ในปีงบประมาณหน้า จะได้รับงบเพิ่ม', '2024-12-06')).toEqual([['ปีงบประมาณหน้า', 'relative', { start: '2025-10-01', end: '2026-09-30' }]]);
    expect(found('ปีงบฯ นี้ใช้ไปแล้ว 80%', '2024-12-06')).toEqual([['ปีงบฯ นี้', 'relative', { start: '2024-10-01', end: '2025-09-30' }]]);
    expect(found('เทียบกับปีงบประมาณที่แล้ว', '2024-09-30')).toEqual([['ปีงบประมาณที่แล้ว', 'relative', { start: '2022-10-01', end: '2023-09-30' }]]);
    expect(found('เทียบกับปีงบประมาณที่แล้ว')).toEqual([['ปีงบประมาณที่แล้ว', 'relative', null]]);
  });
});

describe('quarters, halves and the first or last months of a year', () => {
  test.each([
    ['กำไรสุทธิไตรมาส 3/2569 เพิ่มขึ้น', 'ไตรมาส 3/2569', { start: '2026-07', end: '2026-09' }],
    ['ยอดขายในไตรมาสแรกของปี 2570 ลดลง', 'ไตรมาสแรกของปี 2570', { start: '2027-01', end: '2027-03' }],
    ['ช่วงไตรมาสที่ 2 ปี พ.ศ. ๒๕๖๘ ที่ผ่านมา', 'ไตรมาสที่ 2 ปี พ.ศ. ๒๕๖๘', { start: '2025-04', end: '2025-06' }],
    ['ส่งมอบภายในไตรมาสสุดท้ายของปี 2569 นี้', 'ไตรมาสสุดท้ายของปี 2569', { start: '2026-10', end: '2026-12' }],
    ['ผลประกอบการ Q4/68 ของบริษัท', 'Q4/68', { start: '2025-10', end: '2025-12' }],
    ['รายได้ 1Q2026 โต 5%', '1Q2026', { start: '2026-01', end: '2026-03' }],
    ['ตัวเลขครึ่งปีแรกของปี 2569 ออกมาแล้ว', 'ครึ่งปีแรกของปี 2569', { start: '2026-01', end: '2026-06' }],
    ['คาดว่าครึ่งหลังปี 2570 จะฟื้นตัว', 'ครึ่งหลังปี 2570', { start: '2027-07', end: '2027-12' }],
    ['งบการเงิน H1/2026 ของกลุ่ม', 'H1/2026', { start: '2026-01', end: '2026-06' }],
    ['กำไร 9 เดือนแรกของปี 2569 เพิ่มขึ้น', '9 เดือนแรกของปี 2569', { start: '2026-01', end: '2026-09' }],
    ['ส่งออกช่วง ๑๑ เดือนแรกปี ๒๕๖๘ ขยายตัว', '๑๑ เดือนแรกปี ๒๕๖๘', { start: '2025-01', end: '2025-11' }],
    ['ยอดขาย 4 เดือนหลังของปี 2568 ชะลอตัว', '4 เดือนหลังของปี 2568', { start: '2025-09', end: '2025-12' }],
  ])('%s', (sentence, text, value) => {
    expect(found(sentence)).toEqual([[text, 'range', value]]);
  });

  test('a quarter or a half of this, next or last year resolves against the document date', () => {
    expect(found('ยอดขายไตรมาส 3 ปีนี้ดีขึ้น', '2026-12-05')).toEqual([['ไตรมาส 3 ปีนี้', 'relative', { start: '2026-07', end: '2026-09' }]]);
    expect(found('เริ่มผลิตไตรมาสแรกของปีหน้า', '2026-12-05')).toEqual([['ไตรมาสแรกของปีหน้า', 'relative', { start: '2027-01', end: '2027-03' }]]);
    expect(found('เทียบกับครึ่งปีหลังของปีที่แล้ว', '2026-12-05')).toEqual([['ครึ่งปีหลังของปีที่แล้ว', 'relative', { start: '2025-07', end: '2025-12' }]]);
    expect(found('ยอดขายไตรมาส 3 ปีนี้ดีขึ้น')).toEqual([['ไตรมาส 3 ปีนี้', 'relative', null]]);
    expect(found('ช่วง 10 เดือนแรกของปีที่แล้ว', '2026-12-05')).toEqual([['10 เดือนแรกของปีที่แล้ว', 'relative', { start: '2025-01', end: '2025-10' }]]);
  });

  test('a count after the quarter, a quarter without its year and a code are no part of a year', () => {
    expect(found('ไตรมาส 3 25 รายยังไม่ส่ง')).toEqual([]);
    expect(found('ผลไตรมาสนี้ดีขึ้น')).toEqual([]);
    expect(found('รุ่น ABQ3/69 หมดแล้ว')).toEqual([]);
    // Without ของ, the last months may be months after the year; a count over 12 is no part of one.
    expect(found('ภายใน 3 เดือนหลังปี 2569 จะทราบผล')).toEqual([['ปี 2569', 'year', '2026']]);
    expect(found('ผ่านไป 15 เดือนแรกของปี 2569')).toEqual([['ปี 2569', 'year', '2026']]);
  });
});

describe('seasons over two years', () => {
  test.each([
    ['นัดเปิดฤดูกาล 2025/26 ของทีม', 'ฤดูกาล 2025/26', { start: '2025', end: '2026' }],
    ['จบซีซั่น 2024-25 ด้วยอันดับ 3', 'ซีซั่น 2024-25', { start: '2024', end: '2025' }],
    ['ตารางแข่งไทยลีก 2026/27 นัดแรก', '2026/27', { start: '2026', end: '2027' }],
    ['แผนรับมือฤดูแล้ง ปี 2568/69 ของกรม', 'ปี 2568/69', { start: '2025', end: '2026' }],
    ['ราคาข้าวปีการผลิต ๒๕๖๘/๖๙ สูงขึ้น', '๒๕๖๘/๖๙', { start: '2025', end: '2026' }],
    ['สัญญาถึงฤดูกาล 2026-2028 เป็นอย่างน้อย', 'ฤดูกาล 2026-2028', { start: '2026', end: '2028' }],
  ])('%s', (sentence, text, value) => {
    expect(found(sentence)).toEqual([[text, 'range', value]]);
  });

  test('a season of one year is that year; a reference number or years apart are no season', () => {
    expect(found('แชมป์ฤดูกาล 2025 ตกเป็นของทีม')).toEqual([['ฤดูกาล 2025', 'year', '2025']]);
    expect(found('บ้านเลขที่ 2563/64 หมู่ 3')).toEqual([]);
    // A slash between years apart is no season, and bare Common-Era years are no dates.
    expect(found('รหัส 2025/28 ของรุ่น')).toEqual([]);
    expect(found('ซีซั่น 2 ของซีรีส์')).toEqual([]);
  });
});

describe('decades', () => {
  test.each([
    ['ดนตรีในทศวรรษ 1990 กลับมา', 'ทศวรรษ 1990', { start: '1990', end: '1999' }],
    ['เศรษฐกิจช่วงทศวรรษ 2530 เติบโต', 'ทศวรรษ 2530', { start: '1987', end: '1996' }],
    ['ในทศวรรษที่ ค.ศ. 1930 เกิดวิกฤต', 'ทศวรรษที่ ค.ศ. 1930', { start: '1930', end: '1939' }],
    ['เพลงยุค 90 ยังฮิต', 'ยุค 90', { start: '1990', end: '1999' }],
    ["แฟชั่นยุค 80's กลับมา", "ยุค 80's", { start: '1980', end: '1989' }],
    ['ศิลปินยุค 70-80 รวมตัว', 'ยุค 70-80', { start: '1970', end: '1989' }],
    ['เกิดช่วงปลายทศวรรษ 1980 ที่ลอนดอน', 'ปลายทศวรรษ 1980', { start: '1987', end: '1989' }],
    ['ตั้งแต่ต้นยุค 2000 เป็นต้นมา', 'ต้นยุค 2000', { start: '2000', end: '2003' }],
    ['ราวกลางทศวรรษ 2520', 'กลางทศวรรษ 2520', { start: '1981', end: '1983' }],
  ])('%s', (sentence, text, value) => {
    expect(found(sentence)).toEqual([[text, 'range', value]]);
  });

  test('a count of decades, a version, an amount and a year inside a decade are no decade', () => {
    expect(found('กว่า 3 ทศวรรษของบริษัท')).toEqual([]);
    expect(found('ก้าวสู่ทศวรรษที่ 2 ขององค์กร')).toEqual([]);
    expect(found('ประเทศไทยยุค 4.0 และยุค 5G')).toEqual([]);
    expect(found('นโยบายยุค 30 บาท รักษาทุกโรค')).toEqual([]);
    expect(found('เพลงยุค 95 ที่ไม่มีใครจำ')).toEqual([]);
  });
});

describe('days listed before a date', () => {
  test('each listed day is a date in the month and year of the last', () => {
    expect(found('ประชุมวันที่ 4 และ 7 ก.ย. 2568 ที่ทำเนียบ')).toEqual([
      ['วันที่ 4', 'date', '2025-09-04'],
      ['7 ก.ย. 2568', 'date', '2025-09-07'],
    ]);
    expect(found('เปิดให้ชมวันที่ 12, 13 และ 14 ธ.ค. 2569')).toEqual([
      ['วันที่ 12', 'date', '2026-12-12'],
      ['13', 'date', '2026-12-13'],
      ['14 ธ.ค. 2569', 'date', '2026-12-14'],
    ]);
    expect(found('จัดงานวันเสาร์ที่ 5 และวันอาทิตย์ที่ 6 ธ.ค. 2563')).toEqual([
      ['วันเสาร์ที่ 5', 'date', '2020-12-05'],
      ['วันอาทิตย์ที่ 6 ธ.ค. 2563', 'date', '2020-12-06'],
    ]);
  });

  test('a night running on into the next morning names two days, not a range', () => {
    expect(found('ฝนตกตั้งแต่คืนวันที่ 9 ต่อเนื่องถึงเช้าวันที่ 10 ส.ค. 2565 ทำให้น้ำท่วม')).toEqual([
      ['วันที่ 9', 'date', '2022-08-09'],
      ['วันที่ 10 ส.ค. 2565', 'date', '2022-08-10'],
    ]);
    expect(found('ปิดด่านช่วงค่ำวันศุกร์ที่ 2 ไปจนถึงช่วงเช้าวันอาทิตย์ที่ 4 ก.ค. 64')).toEqual([
      ['วันศุกร์ที่ 2', 'date', '2021-07-02'],
      ['วันอาทิตย์ที่ 4 ก.ค. 64', 'date', '2021-07-04'],
    ]);
    // without a part of the day it stays one range
    expect(found('ปิดด่านวันที่ 2 ถึงวันที่ 4 ก.ค. 64')).toEqual([['วันที่ 2 ถึงวันที่ 4 ก.ค. 64', 'range', { start: '2021-07-02', end: '2021-07-04' }]]);
  });

  test('a run of days in the list is a range of the month; a list may end in a run of days', () => {
    expect(found('สอบวันที่ 2-3 และ 9 มี.ค. 2569 ที่ศูนย์สอบ')).toEqual([
      ['วันที่ 2-3', 'range', { start: '2026-03-02', end: '2026-03-03' }],
      ['9 มี.ค. 2569', 'date', '2026-03-09'],
    ]);
    expect(found('ปิดถนนวันที่ 1 - 2, 5 และ 11 - 12 ต.ค. 2567')).toEqual([
      ['วันที่ 1 - 2', 'range', { start: '2024-10-01', end: '2024-10-02' }],
      ['5', 'date', '2024-10-05'],
      ['11 - 12 ต.ค. 2567', 'range', { start: '2024-10-11', end: '2024-10-12' }],
    ]);
    expect(found('ปิดถนนวันที่ 1—2 และ 5 ต.ค. 2567').map(([text]) => text)).toEqual(['วันที่ 1—2', '5 ต.ค. 2567']);
    // a run that does not count up, or one that overlaps the next, lists nothing
    expect(found('วันที่ 7-5 และ 9 มี.ค. 2569').map(([text]) => text)).toEqual(['9 มี.ค. 2569']);
    expect(found('วันที่ 5-5 และ 9 มี.ค. 2569').map(([text]) => text)).toEqual(['9 มี.ค. 2569']);
    expect(found('วันที่ 2-9 และ 9 มี.ค. 2569').map(([text]) => text)).toEqual(['9 มี.ค. 2569']);
    // a range that crosses into the next month shares nothing with days before it
    expect(found('วันที่ 20 และ 28 ก.พ. - 2 มี.ค. 2569').map(([text]) => text)).toEqual(['28 ก.พ. - 2 มี.ค. 2569']);
  });

  test('a list opens with ที่ and counts up; a count or a clock time lists nothing', () => {
    expect(found('อายุ 5 และ 6 ธ.ค. 2563')).toEqual([['6 ธ.ค. 2563', 'date', '2020-12-06']]);
    expect(found('วันที่ 9 และ 3 ธ.ค. 2563')).toEqual([['3 ธ.ค. 2563', 'date', '2020-12-03']]);
    expect(found('เวลา 10.30 และ 6 ธ.ค. 2563').map(([text]) => text)).toEqual(['เวลา 10.30', '6 ธ.ค. 2563']);
  });
});

describe('ranges', () => {
  test.each([
    ['แผนปฏิบัติการ 2559-2563 ของอาเซียน', '2559-2563', { start: '2016', end: '2020' }],
    ['แผนฉบับใหม่ (ค.ศ. 2022-2026) ที่จะ', 'ค.ศ. 2022-2026', { start: '2022', end: '2026' }],
    ['ในช่วงปี 2560 ถึง 2562 ที่ผ่าน', 'ปี 2560 ถึง 2562', { start: '2017', end: '2019' }],
    ['จัดงาน 15-27 ธันวาคม 2562 ที่สนาม', '15-27 ธันวาคม 2562', { start: '2019-12-15', end: '2019-12-27' }],
    ['อบรม 1-3 มี.ค. 62 ที่โรงแรม', '1-3 มี.ค. 62', { start: '2019-03-01', end: '2019-03-03' }],
    ['สอบระหว่างวันที่ 3 สิงหาคม – 9 กันยายน 2563 ทุกวัน', 'วันที่ 3 สิงหาคม – 9 กันยายน 2563', { start: '2020-08-03', end: '2020-09-09' }],
    ['จ้างงานตั้งแต่วันที่ 1 ตุลาคม 2563 จนถึงวันที่ 31 มีนาคม 2564 เท่านั้น', 'วันที่ 1 ตุลาคม 2563 จนถึงวันที่ 31 มีนาคม 2564', { start: '2020-10-01', end: '2021-03-31' }],
    ['จัดงานวันที่ 28 พ.ย. ต่อเนื่องถึงวันที่ 2 ธ.ค. 2563 ที่ลานเมือง', 'วันที่ 28 พ.ย. ต่อเนื่องถึงวันที่ 2 ธ.ค. 2563', { start: '2020-11-28', end: '2020-12-02' }],
    ['ช่วง ม.ค.-มี.ค. 64 ยอดขายดี', 'ม.ค.-มี.ค. 64', { start: '2021-01', end: '2021-03' }],
    ['ข้อมูล พ.ค. 57 - เม.ย. 59 ทั้งหมด', 'พ.ค. 57 - เม.ย. 59', { start: '2014-05', end: '2016-04' }],
    ['ปิดปรับปรุง 28 ธ.ค. - 3 ม.ค. 2564 ชั่วคราว', '28 ธ.ค. - 3 ม.ค. 2564', { start: '2020-12-28', end: '2021-01-03' }],
    ['อบรมวันจันทร์ที่ 7 - วันศุกร์ที่ 11 ธันวาคม 2563 ที่ศาลากลาง', 'วันจันทร์ที่ 7 - วันศุกร์ที่ 11 ธันวาคม 2563', { start: '2020-12-07', end: '2020-12-11' }],
    ['ปิดถนนเสาร์ที่ 3 ถึงวันอาทิตย์ที่ 4 ก.ค. 64 ตลอดวัน', 'เสาร์ที่ 3 ถึงวันอาทิตย์ที่ 4 ก.ค. 64', { start: '2021-07-03', end: '2021-07-04' }],
    ['ฝนตกชุกตั้งแต่ปลายเดือนพฤษภาคมถึงต้นเดือนกรกฎาคม 2564 ทั่วประเทศ', 'เดือนพฤษภาคมถึงต้นเดือนกรกฎาคม 2564', { start: '2021-05', end: '2021-07' }],
    ['เปิดรับสมัครต้นเดือน ก.ย. - กลางเดือน ต.ค. 63 ทางออนไลน์', 'เดือน ก.ย. - กลางเดือน ต.ค. 63', { start: '2020-09', end: '2020-10' }],
  ])('%s', (sentence, span, value) => {
    expectDates(sentence, undefined, [{ text: span, type: 'range', value }]);
  });

  test('a range of two dates each with its time is one range of date-times', () => {
    expect(found('รับสมัครตั้งแต่วันที่ 1 พ.ค. 2561 เวลา 08.00 น. ถึงวันที่ 7 พ.ค. 2561 เวลา 16.00 น. เท่านั้น')).toEqual([
      ['วันที่ 1 พ.ค. 2561 เวลา 08.00 น. ถึงวันที่ 7 พ.ค. 2561 เวลา 16.00 น.', 'range', { start: '2018-05-01T08:00', end: '2018-05-07T16:00' }],
    ]);
    // one date with a time range stays a date and a time
    expect(found('ประชุมวันที่ 5 ธ.ค. 2563 เวลา 09.00 น. ถึง 12.00 น.')).toEqual([
      ['วันที่ 5 ธ.ค. 2563', 'date', '2020-12-05'],
      ['เวลา 09.00 น. ถึง 12.00 น.', 'time', { start: 'T09:00', end: 'T12:00' }],
    ]);
  });

  test('a day word opens a range to a date, not a counted day nor one after the date', () => {
    expect(found('เปิดจำหน่ายบัตรตั้งแต่วันนี้ถึงวันที่ 21 ส.ค. 68 ทางออนไลน์', '2025-08-04')).toEqual([
      ['วันนี้ถึงวันที่ 21 ส.ค. 68', 'range', { start: '2025-08-04', end: '2025-08-21' }],
    ]);
    expect(found('ลดราคาตั้งแต่พรุ่งนี้ - 31 ธ.ค. 2567', '2024-12-01')).toEqual([['พรุ่งนี้ - 31 ธ.ค. 2567', 'range', { start: '2024-12-02', end: '2024-12-31' }]]);
    expect(found('เหลืออีก 8 วัน ถึงวันที่ 8 ก.ย. 2560', '2017-08-31').map(([text, type]) => [text, type])).toEqual([
      ['อีก 8 วัน', 'relative'],
      ['วันที่ 8 ก.ย. 2560', 'date'],
    ]);
    expect(found('วันนี้ถึง 14 พ.ค. 2560', '2017-05-15').map(([text, type]) => [text, type])).toEqual([
      ['วันนี้', 'relative'],
      ['14 พ.ค. 2560', 'date'],
    ]);
    // with no document date, the range's value waits for one
    const { dates } = finder.find('ตั้งแต่วันนี้ถึงวันที่ 21 ส.ค. 68');
    expect(dates.map((d) => [d.text, d.type, d.value, d.needsAnchor])).toEqual([['วันนี้ถึงวันที่ 21 ส.ค. 68', 'range', null, true]]);
  });

  test('English ranges are read by chrono, but a range never ends in "now"', () => {
    expect(found('The visit is set for 25 - 28 June 2024.')).toEqual([['25 - 28 June 2024', 'range', { start: '2024-06-25', end: '2024-06-28' }]]);
    expect(found('valid from now until July 31, 2021.', '2020-08-27').map(([text, type]) => [text, type])).toEqual([
      ['now', 'relative'],
      ['July 31, 2021', 'date'],
    ]);
  });
});

describe('times', () => {
  test.each([
    ['เริ่มเวลา 14.00 น. ตรงเวลา', 'เวลา 14.00 น.', 'T14:00'],
    ['ออกอากาศ 10.30 น. ทุกวัน', '10.30 น.', 'T10:30'],
    ['ประชุมเวลา 14:00 น. ที่ห้องใหญ่', 'เวลา 14:00 น.', 'T14:00'],
    ['ตั้งแต่ ๑๙ นาฬิกา เป็นต้นไป', '๑๙ นาฬิกา', 'T19:00'],
    ['นัดกันบ่าย 2 โมง ที่บ้าน', 'บ่าย 2 โมง', 'T14:00'],
    ['กลับถึงบ้าน 2 ทุ่ม ทุกคืน', '2 ทุ่ม', 'T20:00'],
    ['ออกเดินทางตี 5 ทุกวัน', 'ตี 5', 'T05:00'],
    ['ปิดตอนเที่ยงคืน แล้ว', 'เที่ยงคืน', 'T00:00'],
    ['ประชุมเวลาบ่ายสามโมงครึ่ง นะ', 'เวลาบ่ายสามโมงครึ่ง', 'T15:30'],
    ['ตื่นสองโมงเช้า ทุกวัน', 'สองโมงเช้า', 'T08:00'],
  ])('%s', (sentence, span, value) => {
    expectDates(sentence, undefined, [{ text: span, type: 'time', value }]);
  });

  test('time ranges', () => {
    expect(found('เปิดให้บริการเวลา 06.00 น. – 23.00 น. ทุกวัน')).toEqual([['เวลา 06.00 น. – 23.00 น.', 'time', { start: 'T06:00', end: 'T23:00' }]]);
    expect(found('รับสมัคร 08.30-16.30 น. เท่านั้น')).toEqual([['08.30-16.30 น.', 'time', { start: 'T08:30', end: 'T16:30' }]]);
    expect(found('เปิดให้เข้าชม 09.00 น. ต่อเนื่อง ไปจนถึง 18.00 น. ทุกวัน')).toEqual([['09.00 น. ต่อเนื่อง ไปจนถึง 18.00 น.', 'time', { start: 'T09:00', end: 'T18:00' }]]);
    expect(found('สอบเวลา 8 นาฬิกา 45 นาที ถึง 11 นาฬิกา')).toEqual([['เวลา 8 นาฬิกา 45 นาที ถึง 11 นาฬิกา', 'time', { start: 'T08:45', end: 'T11:00' }]]);
  });

  test('joinDateAndTime makes one datetime of a date and the time after it', () => {
    const joining = new DateFinder({ joinDateAndTime: true });
    const dates = (text: string) => joining.find(text).dates.map((d) => [d.text, d.type, d.value]);
    expect(dates('วันที่ 5 ธ.ค. 2563 เวลา 19.19 น. จุดเทียน')).toEqual([['วันที่ 5 ธ.ค. 2563 เวลา 19.19 น.', 'datetime', '2020-12-05T19:19']]);
    expect(dates('ตั้งแต่วันที่ 1 พ.ค. 2561 เวลา 08.00 น. ถึงวันที่ 7 พ.ค. 2561 เวลา 16.00 น. เท่านั้น')).toEqual([
      ['วันที่ 1 พ.ค. 2561 เวลา 08.00 น. ถึงวันที่ 7 พ.ค. 2561 เวลา 16.00 น.', 'range', { start: '2018-05-01T08:00', end: '2018-05-07T16:00' }],
    ]);
  });

  test('a date and its time stay two spans, as the news convention has it', () => {
    expect(found('วันที่ 5 ธ.ค. 2563 เวลา 19.19 น. จุดเทียน')).toEqual([
      ['วันที่ 5 ธ.ค. 2563', 'date', '2020-12-05'],
      ['เวลา 19.19 น.', 'time', 'T19:19'],
    ]);
  });
});

describe('relative expressions', () => {
  test.each([
    ['ประชุมวันนี้ที่ทำเนียบ', 'วันนี้', '2020-10-14'],
    ['เมื่อวานนี้มีฝนตก', 'เมื่อวานนี้', '2020-10-13'],
    ['จะเดินทางวันพรุ่งนี้ เช้า', 'วันพรุ่งนี้', '2020-10-15'],
    ['ผลจะออกสัปดาห์หน้า ครับ', 'สัปดาห์หน้า', '2020-W43'],
    ['ยอดขายเดือนที่แล้วลดลง', 'เดือนที่แล้ว', '2020-09'],
    ['จะจัดอีกครั้งปีหน้า แน่นอน', 'ปีหน้า', '2021'],
    ['จะรู้ผลในอีก 3 วัน ข้างหน้า', 'อีก 3 วัน ข้างหน้า', '2020-10-17'],
    ['อีกไม่นานอีก 3 วันจะถึงกำหนด', 'อีก 3 วัน', '2020-10-17'],
    ['ประชุมไปเมื่อ 2 สัปดาห์ที่ผ่านมา แล้ว', '2 สัปดาห์ที่ผ่านมา', '2020-09-30'],
    ['จะประชุมวันศุกร์นี้ ที่กระทรวง', 'วันศุกร์นี้', '2020-10-16'],
    ['เลื่อนไปวันพุธหน้า ครับ', 'วันพุธหน้า', '2020-10-21'],
    ['ลงพื้นที่เมื่อวันจันทร์ แล้ว', 'วันจันทร์', '2020-10-12'],
    ['ลงพื้นที่วันจันทร์ที่ผ่านมา แล้ว', 'วันจันทร์ที่ผ่านมา', '2020-10-12'],
    ['จะลงพื้นที่ต้นเดือนหน้า ครับ', 'ต้นเดือนหน้า', '2020-11'],
  ])('%s', (sentence, span, value) => {
    expectDates(sentence, '2020-10-14', [{ text: span, type: 'relative', value }]);
  });

  test('a yearless date or month takes a relative year written after it', () => {
    expect(found('ในเดือนพ.ย. ปีที่แล้ว รัฐบาลประกาศ และจะจัดอีกครั้ง 5 ม.ค. ปีหน้า', '2020-06-15')).toEqual([
      ['เดือนพ.ย. ปีที่แล้ว', 'relative', '2019-11'],
      ['5 ม.ค. ปีหน้า', 'relative', '2021-01-05'],
    ]);
  });

  test('without a document date a relative expression has no value, and the document says so', () => {
    const result = finder.find('ประชุมวันนี้ที่ทำเนียบ');
    expect(result.dates.map((d) => [d.text, d.type, d.value, d.needsAnchor])).toEqual([['วันนี้', 'relative', null, true]]);
    expect(result.warnings.map((w) => w.code)).toEqual(['no-anchor']);
  });

  test('"ทุกวันนี้" (nowadays) is not a date', () => {
    expect(found('ทุกวันนี้ค่าครองชีพสูง', '2020-10-14')).toEqual([]);
  });
});

describe('more forms', () => {
  test('HH:MM is a time by itself; a score or a standard number is not', () => {
    expect(found('ประชุม 12:30 ถึง 14:10 ตามมาตรฐาน ISO 9001:2015 ชนะ 2:1')).toEqual([['12:30 ถึง 14:10', 'time', { start: 'T12:30', end: 'T14:10' }]]);
  });

  test('a numeric date reads month first only when day first is impossible', () => {
    expect(found('ลงวันที่ 2/21/2004 และ 3/4/2004')).toEqual([
      ['วันที่ 2/21/2004', 'date', '2004-02-21'],
      ['3/4/2004', 'date', '2004-04-03'],
    ]);
  });

  test('a month that the words after it point at', () => {
    expect(found('ปิดรับสมัครสิ้นก.ย.นี้ ครับ', '2018-06-15')).toEqual([['ก.ย.', 'month', '2018-09']]);
    expect(found('ยอดขายเดือนมกราคมที่ผ่านมา', '2018-06-15')).toEqual([['เดือนมกราคม', 'month', '2018-01']]);
  });

  test('a month written in full or with both dots is a month by itself', () => {
    expect(found('ตั้งแต่เม.ย. ยอดขายลดลง ส่วนพฤศจิกายนเดือนเดียว', '2018-06-15')).toEqual([
      ['เม.ย.', 'month', '2018-04'],
      ['พฤศจิกายน', 'month', '2018-11'],
    ]);
  });

  test('after ปี or an era marker, four digits are a year whatever word follows', () => {
    expect(found('เริ่มเมื่อปี 2542 หลังจากนั้น และต้นปี2548พันธมิตร')).toEqual([
      ['ปี 2542', 'year', '1999'],
      ['ปี2548', 'year', '2005'],
    ]);
  });

  test('"เมื่อคืน" is last night, unless the night of a date follows', () => {
    expect(found('เมื่อคืนนี้ฝนตกหนัก', '2021-01-05')).toEqual([['เมื่อคืนนี้', 'relative', '2021-01-04']]);
    expect(found('เข้ารักษาเมื่อคืนวันที่ 20 ม.ค. ที่ผ่านมา', '2021-01-05')).toEqual([['วันที่ 20 ม.ค.', 'date', '2020-01-20']]);
  });

  test('a day of the month pointed at by "ที่ผ่านมา" or "นี้"', () => {
    expect(found('ประชุมเมื่อวันที่ 25 ที่ผ่านมา', '2020-10-14')).toEqual([['วันที่ 25', 'relative', '2020-09-25']]);
    expect(found('จะประชุมวันที่ 25 นี้', '2020-10-14')).toEqual([['วันที่ 25', 'relative', '2020-10-25']]);
  });

  test('a weekday before the pointed day picks the month in which they agree', () => {
    // 2 Oct 2020 was a Friday; 2 Sep 2020 a Wednesday.
    expect(found('ลงพื้นที่เมื่อวันศุกร์ที่ 2 ที่ผ่านมา', '2020-10-14')).toEqual([['วันศุกร์ที่ 2', 'relative', '2020-10-02']]);
    expect(found('ลงพื้นที่เมื่อวันพุธที่ 2 ที่ผ่านมา', '2020-10-14')).toEqual([['วันพุธที่ 2', 'relative', '2020-09-02']]);
    expect(found('จะประชุมอังคารที่ 20 นี้', '2020-10-14')).toEqual([['อังคารที่ 20', 'relative', '2020-10-20']]);
  });
});

describe('forms of web pages', () => {
  test('ISO and slash dates inside Thai text; a time written with an ISO date is one date-time', () => {
    expect(found('ประกาศเมื่อ 2019-01-21 และแก้ไขเมื่อ 2019-01-21 13:49 ตามเอกสารลงวันที่ 21/01/2019')).toEqual([
      ['2019-01-21', 'date', '2019-01-21'],
      ['2019-01-21 13:49', 'datetime', '2019-01-21T13:49'],
      ['วันที่ 21/01/2019', 'date', '2019-01-21'],
    ]);
    expect(found('บันทึก 2562-01-21T08:30:00+07:00 แล้ว')).toEqual([['2562-01-21T08:30:00+07:00', 'datetime', '2019-01-21T08:30']]);
  });

  test('a media player clock is not a time of day', () => {
    const player = 'Video Player is loading.\nCurrent Time 0:23\n/\nDuration 5:56\nRemaining Time -5:56\nคลิปยาว 5:56\n3:45 / 10:02\n7:15';
    expect(found(player, '2019-01-22')).toEqual([]);
    // a time of day next to them stays one
    expect(found('แถลงข่าวเวลา 13:30 น. และ 14:00', '2019-01-22')).toEqual([
      ['เวลา 13:30 น.', 'time', 'T13:30'],
      ['14:00', 'time', 'T14:00'],
    ]);
  });

  test('a bare year after the name of an event or a law is a year, in either era', () => {
    expect(found('เตรียมแข่งฟุตบอลโลก 2022 หลังคว้าแชมป์ซีเกมส์ 2019 ตามรัฐธรรมนูญ 2560')).toEqual([
      ['2022', 'year', '2022'],
      ['2019', 'year', '2019'],
      ['2560', 'year', '2017'],
    ]);
    // and after a festival's (the new year's, Songkran's), but not a count of its days
    expect(found('ต้อนรับปีใหม่ 2026 และเทศกาลสงกรานต์ 2024 หยุดยาวปีใหม่ 4 วัน')).toEqual([
      ['2026', 'year', '2026'],
      ['2024', 'year', '2024'],
    ]);
    // elsewhere a Common-Era number is not a year without ปี or ค.ศ.
    expect(found('ยอดขาย 2022 ชิ้น และรหัส 2019')).toEqual([]);
  });
});

describe('what is not a date', () => {
  test.each([
    'ราคาขึ้น 1.9 บาท ส่วนดัชนีอยู่ที่ 13.62 จุด',
    'ยอดรวม 2,563 ล้านบาท และอีก 2563 ล้าน',
    'การประชุมครั้งที่ 32 และครั้งที่ 5/2563',
    'ติดต่อ 02-283-2560 หรือบ้านเลขที่ 2560',
    'อายุ 62 ปี มีลูก 3 คน ใช้เวลา 1.30 ชั่วโมง',
    'ระยะเวลาการฝึก 102 ชั่วโมง นาน 12 เดือน',
    'ความเที่ยงตรงของข้อมูล COVID-19 ตามมาตรฐาน ISO 9001:2015',
    'ตีสองครั้ง แล้วทุ่มเทให้งาน',
    'โทร 0 2617 6000 ต่อ 2565 หรือ 02-283-2560',
    'ถูกรางวัลเลขหมาย 2563 กดเบอร์ 2561 รถทะเบียน 2562',
    'ใช้คลื่น 2400 MHz และ 2480-2495 MHz',
    'บ้านเลขที่ 5 ซอยที่ 22ต.คลองหนึ่ง อ.คลองหลวง',
    'คืนเงินค้ำประกันการันตี 1,750 ล้านบาท',
    'มื้อเที่ยงเป็นข้าวผัด ในเร็ววันนี้จะมีเมนูใหม่',
    'ถือเอกสารสิทธิ์ ส.ค.1 มายื่น',
    'อ่านที่ https://example.go.th/news/7431-11-07-61_7431 หรือ www.example.com/report-2561',
    'ค้นหามานานนับเป็นเวลา 1 เดือน กับอีก 10 วัน จึงพบ',
    'ซ่อมถนนใช้เวลาอีก 3 วัน',
    'รหัส พ.ศ.000 และ พ.ศ. 0543 ในแบบฟอร์ม',
    'ช่องวันที่ 20/06/0000 หรือ 1 มกราคม 0000 คือยังไม่กรอก',
  ])('%s', (sentence) => {
    expect(found(sentence, '2020-10-14')).toEqual([]);
  });

  test('an impossible day is a warning, not a date', () => {
    const result: DateFinding = finder.find('กำหนดวันที่ 31 ก.พ. 2562 ผิดพลาด');
    expect(result.dates).toEqual([]);
    expect(result.warnings).toEqual([{ code: 'impossible-date', message: '"วันที่ 31 ก.พ. 2562" names a day that does not exist', start: 5, end: 24 }]);
  });

  test('29 February exists in leap years only', () => {
    expect(found('วันที่ 29 ก.พ. 2563')).toEqual([['วันที่ 29 ก.พ. 2563', 'date', '2020-02-29']]);
    expect(finder.find('วันที่ 29 ก.พ. 2562').warnings.map((w) => w.code)).toEqual(['impossible-date']);
  });

  test("29 February without its year is the nearest leap year's, or no date when no year around the document has one", () => {
    expect(found('เมื่อวันที่ 29 ก.พ. มีฝนตกหนัก', '2025-03-10')).toEqual([['วันที่ 29 ก.พ.', 'date', '2024-02-29']]);
    expect(found('ในวันที่ 29 ก.พ. นี้ จะเปิดรับสมัคร', '2027-12-10')).toEqual([['วันที่ 29 ก.พ.', 'date', '2028-02-29']]);
    // only on the side the words point to: no leap year ahead for เมื่อ, none behind for ที่จะถึง
    expect(finder.find('เมื่อวันที่ 29 ก.พ. มีฝนตกหนัก', { published: '2027-12-10' }).warnings.map((w) => w.code)).toEqual(['impossible-date']);
    expect(finder.find('วันที่ 29 ก.พ. ที่จะถึง จะเปิดรับสมัคร', { published: '2025-01-10' }).warnings.map((w) => w.code)).toEqual(['impossible-date']);
    expect(found('รับสมัครวันที่ 1-29 ก.พ. นี้', '2023-11-02')).toEqual([['วันที่ 1-29 ก.พ.', 'range', { start: '2024-02-01', end: '2024-02-29' }]]);
    const nowhere = finder.find('ในวันที่ 29 ก.พ. นี้ จะเปิดรับสมัคร', { published: '2025-12-10' });
    expect(nowhere.dates).toEqual([]);
    expect(nowhere.warnings).toEqual([{ code: 'impossible-date', message: '"วันที่ 29 ก.พ." names a day that does not exist', start: 2, end: 16 }]);
    expect(found('ในวันที่ 29 ก.พ. นี้ จะเปิดรับสมัคร')).toEqual([['วันที่ 29 ก.พ.', 'date', 'XXXX-02-29']]);
  });

  test("29 February in English without its year is a leap year's too, where chrono would drop it", () => {
    expect(found('งานวิ่ง Leap Day Run จัดขึ้น on February 29 ที่สวนลุมพินี', '2025-03-10')).toEqual([['February 29', 'date', '2024-02-29']]);
    expect(found('The fair opens on 29 February', '2027-12-10')).toEqual([['on 29 February', 'date', '2028-02-29']]);
    // no leap year a year from the document: no date, as before; an English day that exists stays as chrono reads it
    expect(found('The fair opens on February 29', '2026-03-10')).toEqual([]);
    expect(found('The fair opens on March 1', '2025-03-10')).toEqual([['March 1', 'date', '2025-03-01']]);
  });

  test('a month’s short name alone in capitals is an acronym, no month; with a day or a year, or written out, it is one', () => {
    expect(found('ตามหลักปรัชญาของเศรษฐกิจพอเพียง SEP ที่ทุกหน่วยงานใช้')).toEqual([]);
    expect(found('ตั้งแต่ SEP 2024 เป็นต้นมา')).toEqual([['SEP 2024', 'month', '2024-09']]);
    expect(found('ภายใน March นี้', '2025-01-10')).toEqual([['March', 'month', '2025-03']]);
  });

  test('an English date before Thai text ends where the date does, not after the space chrono took', () => {
    expect(found('จัดขึ้น on March 1 ที่สวนลุมพินี', '2025-03-10')).toEqual([['March 1', 'date', '2025-03-01']]);
    expect(found('ระหว่าง 25 - 28 June 2024 ที่เมืองทอง')).toEqual([['25 - 28 June 2024', 'range', { start: '2024-06-25', end: '2024-06-28' }]]);
  });
});

test('offsets are code points when the text has characters outside the BMP', () => {
  const sentence = '😀😀 ประชุม 1 มีนาคม 2562';
  const [date] = finder.find(sentence).dates;
  expect([date.start, date.end, date.text]).toEqual([10, 23, '1 มีนาคม 2562']);
});
