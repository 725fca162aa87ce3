import { parseBylineDate } from '../../src/clean/byline-date.js';
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
