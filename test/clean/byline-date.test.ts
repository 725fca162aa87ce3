import { isCountedByline, parseBylineDate, readBylineDate } from '../../src/clean/byline-date.js';
import { createPipeline } from '../../src/create-pipeline.js';
import { findDates } from '../../src/dates/date-finder.js';

describe('parseBylineDate', () => {
  it.each([
    ['มิถุนายน 20, 2019', '2019-06-20'],
    ['20 มิถุนายน 2562', '2019-06-20'],
    ['20 มิ.ย. 62', '2019-06-20'],
    ['20 มิ.ย.62', '2019-06-20'],
    ['วันพฤหัสบดีที่ 20 มิถุนายน 2562', '2019-06-20'],
    ['วันพฤหัสฯ 20 มิ.ย. 2562', '2019-06-20'],
    ['June 20, 2019', '2019-06-20'],
    ['20 June 19', '2019-06-20'],
    ['20/06/2562', '2019-06-20'],
    ['2019-06-20T08:00:00+07:00', '2019-06-20'],
    ['๒๐ มิถุนายน ๒๕๖๒ 10:30 น.', '2019-06-20'],
    ['20 มิถุนายน พ.ศ. 2562', '2019-06-20'],
    ['20 มิถุนายน พศ. 2562', '2019-06-20'],
    ['1 มกราคม ค.ศ. 1938', '1938-01-01'],
  ])('reads %s', (line, iso) => {
    expect(parseBylineDate(line)).toBe(iso);
  });

  it.each([
    ['5 มกราคม 2480', '1938-01-05'],
    ['5 ม.ค. พ.ศ. 2480', '1938-01-05'],
    ['05/01/2480', '1938-01-05'],
    ['31 มีนาคม 2470', '1928-03-31'],
    ['1 เมษายน 2470', '1927-04-01'],
    ['5 เมษายน 2480', '1937-04-05'],
    ['1 มกราคม 2484', '1941-01-01'],
  ])('reads %s in the calendar of its time: before BE 2484 the year began on 1 April', (line, iso) => {
    expect(parseBylineDate(line)).toBe(iso);
  });

  it.each([['31 กุมภาพันธ์ 2562'], ['ครั้งที่ 20, 2019'], ['ราคา 20 บาท 2019'], ['อาเซียน-สหรัฐฯ กระชับสัมพันธ์ 2559-2563']])('refuses %s', (line) => {
    expect(parseBylineDate(line)).toBeNull();
  });

  it.each([['5 มกราคม 2480'], ['31 มีนาคม 2470'], ['5 เมษายน 2480'], ['20 มิ.ย. 62'], ['1 มกราคม 2484'], ['20 มิถุนายน พ.ศ. 2562']])(
    'gives %s the day the dates stage gives it',
    (line) => {
      const dates = findDates(line);
      expect(dates).toHaveLength(1);
      expect(parseBylineDate(line)).toBe(dates[0].value);
    },
  );
});

describe('readBylineDate: bylines of real sites, with their time', () => {
  it.each([
    ['Submitted on Mon, 2019-01-21 13:49', { date: '2019-01-21', time: '13:49' }],
    ['เผยแพร่: 21 ก.พ. 68 13:13 น.', { date: '2025-02-21', time: '13:13' }],
    ['วันที่ 21 ก.พ.2568 เวลา 13.13 น.', { date: '2025-02-21', time: '13:13' }],
    ['วันอาทิตย์ ที่ 19 พฤศจิกายน พ.ศ. 2566, 02.00 น.', { date: '2023-11-19', time: '02:00' }],
    ['18 ก.พ. 2569, 15:28 น.', { date: '2026-02-18', time: '15:28' }],
    ['5 ธันวาคม 2567 | 10:30', { date: '2024-12-05', time: '10:30' }],
    ['วันพฤหัสบดีที่ 5 ธันวาคม 2567 - 10:30 น.', { date: '2024-12-05', time: '10:30' }],
    ['Friday, 9 May 2025', { date: '2025-05-09' }],
    ['05.03.2024', { date: '2024-03-05' }],
    ['วันที่ 28ม.ค.69', { date: '2026-01-28' }],
    ['โดย: MGR Online | 21 ก.พ. 68', { date: '2025-02-21' }],
    ['เผยแพร่: 23 ม.ค. 2560 10:05 ปรับปรุง: 23 ม.ค. 2560 12:40 โดย: ผู้จัดการออนไลน์', { date: '2017-01-23', time: '10:05' }],
    ['เผยแพร่: 23 ม.ค. 2560 10:05 อัปเดตล่าสุด: 24 ม.ค. 2560 12:40', { date: '2017-01-23', time: '10:05' }],
    ['ข่าวหุ้น-การเงิน Friday July 2, 2010 12:31 —สำนักดัชนีเศรษฐกิจการค้า', { date: '2010-07-02', time: '12:31' }],
    ['วันที่ 10 พฤศจิกายน 2562 เวลา 08:12 น. อ่าน 3,210 ครั้ง', { date: '2019-11-10', time: '08:12' }],
    ['เผยแพร่ 3 ธ.ค. 68 (16:20 น.) 48,219 views', { date: '2025-12-03', time: '16:20' }],
    ['Posted on June 20, 2019 1:30 pm', { date: '2019-06-20', time: '13:30' }],
    ['ผู้เขียน: กองบรรณาธิการ ข่าวดี 18 ก.ค. 2567, 16:42 น. อ่าน 2,418 ครั้ง', { date: '2024-07-18', time: '16:42' }],
    ['อาชญากรรม 12 ก.ย. 2566 | 14:27 น. 3.1K', { date: '2023-09-12', time: '14:27' }],
    // a reading time after the date, a section and a counter after the clock time
    ['01 ก.ย. 2565 อ่าน 5 นาที', { date: '2022-09-01' }],
    ['3 มีนาคม 2567 ใช้เวลาอ่าน 4 นาที', { date: '2024-03-03' }],
    ['March 3, 2024 5 min read', { date: '2024-03-03' }],
    ['14 พฤษภาคม 2568 เวลา 18:32 น. ข่าวหุ้น ผู้เข้าชม 862 คน', { date: '2025-05-14', time: '18:32' }],
  ])('%s', (line, expected) => {
    expect(readBylineDate(line)).toEqual(expected);
  });

  it.each([
    ['เผยแพร่:   โดย: MGR Online'],
    ['21 ม.ค.2561 เวลาประมาณ 12.00 น. ผู้สื่อข่าวได้รับแจ้งจากนาย ต.'],
    ['ประชุมวันที่ 5 ม.ค. 2567'],
    // a date with its time after a section's name is a byline, not after a date's own words
    ['ในวันที่ ๔ พฤษภาคม ๒๕๖๑ เวลา ๑๑.๓๐ น.'],
    ['ประชุม 12 ก.ย. 2566'],
    // what follows a date and time in a sentence: not a section's name
    ['12 ก.ย. 2566 เวลา 10.00 น. เป็นต้นไป'],
    ['5 มี.ค. 2568 เวลา 09.00 น. ณ ทำเนียบรัฐบาล'],
    ['5 มี.ค. 2568 เวลา 09.00 น. ที่ศาลากลางจังหวัด'],
    ['5 มี.ค. 2568 เวลา 09.00 น. ประชุมคณะกรรมการชุดใหญ่'],
    // a word after the time is a section only before a counter: without one it may be an agenda's item
    ['5 มี.ค. 2568 เวลา 09.00 น. ประชุมสภา'],
    ['12 ก.ย. 2566 14:27 น. การเมือง'],
    // no section without a clock time
    ['5 มี.ค. 2568 ประชุม'],
  ])('%s is not a byline', (line) => {
    expect(readBylineDate(line)).toBeNull();
  });

  it("a byline with a counter or a reading time is the page's wherever it stands; a date alone, or with its time, may be the article's", () => {
    expect(['01 ก.ย. 2565 อ่าน 5 นาที', 'วันที่ 10 พฤศจิกายน 2562 เวลา 08:12 น. อ่าน 3,210 ครั้ง', '3 ธ.ค. 68 (16:20 น.) 48,219 views'].map(isCountedByline)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['12 ก.ย. 2566', '12 ก.ย. 2566 14:27 น.', 'อ่าน 5 นาที', 'เมื่อวานมีผู้เข้าชม 862 คน'].map(isCountedByline)).toEqual([false, false, false, false]);
  });
});

describe('the byline in meta.published', () => {
  const paragraph = 'คณะกรรมการจังหวัดประชุมหารือเรื่องการซ่อมแซมถนนสายหลักที่ได้รับความเสียหายจากน้ำท่วมเมื่อปลายปีก่อน และมอบหมายให้หน่วยงานท้องถิ่นสำรวจพื้นที่';

  it('is read with the dates stage era rules, and anchors relative dates (ปลายปีก่อน: the year before)', async () => {
    const pipeline = createPipeline({ name: 'byline', stages: ['decode', 'clean', 'segment', 'sentences', 'dates'] });
    const doc = await pipeline.process({ id: 'a', text: ['ซ่อมถนนสายหลัก', '5 มกราคม 2480', paragraph, 'ประชุมครั้งต่อไปวันที่ 5 มกราคม 2480'].join('\n\n') });
    expect(doc.meta.published).toBe('1938-01-05');
    expect(doc.dates?.map((date) => [date.text, date.value])).toEqual([
      ['ปลายปีก่อน', '1937'],
      ['วันที่ 5 มกราคม 2480', '1938-01-05'],
    ]);
  });
});
