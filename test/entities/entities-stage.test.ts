import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../../src/index.js';
import { packageRoot } from '../../src/package-root.js';
import type { Entity, Token } from '../../src/document/types.js';
import { CodePointIndex } from '../../src/core/code-points.js';
import { EntityRecognizer } from '../../src/entities/recognizer.js';

const pipeline = createPipeline({ name: 'entities-test', stages: ['decode', 'segment', 'entities'] });

async function entitiesOf(text: string): Promise<[string, number, number, string, string?][]> {
  const doc = await pipeline.process({ text });
  return doc.entities!.map((e: Entity) => (e.id ? [e.label, e.start, e.end, e.text, e.id as string] : [e.label, e.start, e.end, e.text]));
}

describe('entities stage', () => {
  it('keeps titles and ranks inside PERSON', async () => {
    expect(await entitiesOf('นายสมชาย ใจดี เดินทางไปจังหวัดเชียงใหม่เพื่อร่วมประชุม')).toEqual([
      ['PERSON', 0, 13, 'นายสมชาย ใจดี'],
      ['LOCATION', 23, 39, 'จังหวัดเชียงใหม่', 'th-province:38'],
    ]);
    expect(await entitiesOf('ผศ.ดร.วิไลวรรณ ศรีสุข อาจารย์มหาวิทยาลัยขอนแก่น กล่าวว่า')).toEqual([
      ['PERSON', 0, 21, 'ผศ.ดร.วิไลวรรณ ศรีสุข'],
      ['ORGANIZATION', 29, 47, 'มหาวิทยาลัยขอนแก่น'],
    ]);
  });

  it('finds no person in a labour notice’s employers, and the departments and offices it names whole', async () => {
    const text =
      'กระทรวงแรงงานขอความร่วมมือนายจ้าง สถานประกอบกิจการ ให้จ่ายค่าจ้างตรงเวลา หากนายจ้างรายใดไม่ปฏิบัติ ลูกจ้างร้องเรียนได้ที่สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดระยอง หรือกรมการจัดหางาน';
    expect((await entitiesOf(text)).map(([label, , , name]) => `${label}:${name}`)).toEqual([
      'ORGANIZATION:กระทรวงแรงงาน',
      'ORGANIZATION:สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดระยอง',
      'ORGANIZATION:กรมการจัดหางาน',
    ]);
  });

  it('keeps place prefixes inside LOCATION and gives gazetteer ids', async () => {
    expect(await entitiesOf('กระทรวงสาธารณสุขประกาศให้ประชาชนในจ.น่านระวังโรคไข้เลือดออก')).toEqual([
      ['ORGANIZATION', 0, 16, 'กระทรวงสาธารณสุข'],
      ['LOCATION', 34, 40, 'จ.น่าน', 'th-province:43'],
    ]);
    expect(await entitiesOf('ผู้แทนจากสหรัฐอเมริกาและสหประชาชาติเข้าร่วมประชุมที่กรุงเทพฯ')).toEqual([
      ['LOCATION', 9, 21, 'สหรัฐอเมริกา', 'country:US'],
      ['ORGANIZATION', 24, 35, 'สหประชาชาติ', 'org:UN'],
      ['LOCATION', 52, 60, 'กรุงเทพฯ', 'th-province:1'],
    ]);
  });

  it('finds organisations, money and percentages in one sentence', async () => {
    expect(await entitiesOf('บริษัท ปูนซิเมนต์ไทย จำกัด (มหาชน) มีกำไร 1,250 ล้านบาท เพิ่มขึ้นร้อยละ 12.5')).toEqual([
      ['ORGANIZATION', 0, 34, 'บริษัท ปูนซิเมนต์ไทย จำกัด (มหาชน)'],
      ['MONEY', 42, 55, '1,250 ล้านบาท'],
      ['PERCENT', 65, 76, 'ร้อยละ 12.5'],
    ]);
  });

  it('takes URL, EMAIL and PHONE from patterns over the model', async () => {
    expect(await entitiesOf('สอบถามได้ที่ 02-123-4567 หรือ info@example.co.th และ https://example.com/a')).toEqual([
      ['PHONE', 13, 24, '02-123-4567'],
      ['EMAIL', 30, 48, 'info@example.co.th'],
      ['URL', 53, 74, 'https://example.com/a'],
    ]);
  });

  it('finds the seed article entities with their ids', async () => {
    const text = readFileSync(path.join(packageRoot(), 'fixtures/seed-asean-us/input.txt'), 'utf8');
    const doc = await pipeline.process({ text });
    const find = (name: string) => doc.entities!.filter((e: Entity) => e.text === name);
    // `อาเซียน–สหรัฐฯ` (twice) is two places joined by a dash, each with its id
    expect(find('อาเซียน').length).toBe(12);
    expect(find('อาเซียน').every((e: Entity) => e.id === 'org:ASEAN')).toBe(true);
    expect(find('อาเซียน').filter((e: Entity) => e.label === 'ORGANIZATION').length).toBe(6);
    expect(find('สหรัฐฯ').length).toBe(8);
    expect(find('สหรัฐฯ').every((e: Entity) => e.label === 'LOCATION' && e.id === 'country:US')).toBe(true);
    expect(find('กรุงจาการ์ตา').map((e: Entity) => e.label)).toEqual(['LOCATION']);
    expect(find('ประเทศอินโดนีเซีย').map((e: Entity) => [e.label, e.id])).toEqual([['LOCATION', 'country:ID']]);
    for (const e of doc.entities!) expect(doc.text.slice(e.start, e.end)).toBe(e.text); // BMP text: offsets = UTF-16
  });

  it('gives code-point offsets after an emoji, in the stage and from the recognizer', async () => {
    const text = '😂 นายสมชาย ใจดี โทร 02-123-4567';
    expect(await entitiesOf(text)).toEqual([
      ['PERSON', 2, 15, 'นายสมชาย ใจดี'],
      ['PHONE', 20, 31, '02-123-4567'],
    ]);
    const doc = await pipeline.process({ text });
    const found = new EntityRecognizer().recognize(text, doc.tokens!, new CodePointIndex(text));
    expect(found.map((e) => [e.label, e.start, e.end])).toEqual([
      ['PERSON', 2, 15],
      ['PHONE', 20, 31],
    ]);
  });

  it('keeps a foreign name in Thai script whole, and two people joined by ควง apart', async () => {
    expect(await entitiesOf('เซเรนา วิลเลียมส์ ควง วีนัส วิลเลียมส์ ลงซ้อมที่กรุงลอนดอน')).toEqual([
      ['PERSON', 0, 17, 'เซเรนา วิลเลียมส์'],
      ['PERSON', 22, 38, 'วีนัส วิลเลียมส์'],
      ['LOCATION', 48, 58, 'กรุงลอนดอน'],
    ]);
    const persons = (await entitiesOf('เมื่อวันที่ 2 พ.ค. โรเจอร์ เฟเดอเรอร์ ควง แอนดี้ เมอร์เรย์ ลงซ้อมที่สนามกลาง')).filter((e) => e[0] === 'PERSON');
    expect(persons).toEqual([
      ['PERSON', 19, 37, 'โรเจอร์ เฟเดอเรอร์'],
      ['PERSON', 42, 58, 'แอนดี้ เมอร์เรย์'],
    ]);
  });

  it('keeps title, given name and surname in one PERSON, the role after it apart', async () => {
    expect(await entitiesOf('พล.ต.อ.ก้องภพ ศรีเมือง ผู้บัญชาการตำรวจแห่งชาติ เดินทางถึงท่าอากาศยานดอนเมือง')).toEqual([
      ['PERSON', 0, 22, 'พล.ต.อ.ก้องภพ ศรีเมือง'],
      ['ORGANIZATION', 34, 47, 'ตำรวจแห่งชาติ'],
      ['LOCATION', 58, 77, 'ท่าอากาศยานดอนเมือง'],
    ]);
  });

  it('finds Latin-script names with letters beyond ASCII whole', async () => {
    const persons = async (text: string) => (await entitiesOf(text)).filter((e) => e[0] === 'PERSON');
    expect(await persons('ผู้กำกับ Alejandro González Iñárritu ได้รับรางวัลออสการ์')).toEqual([['PERSON', 9, 36, 'Alejandro González Iñárritu']]);
    expect(await persons('กองหน้า Thomas Müller ยิงประตูให้ทีมชาติเยอรมนี')).toEqual([['PERSON', 8, 21, 'Thomas Müller']]);
  });

  it('gives an airport named like a district no district id, and a company its whole registered name', async () => {
    expect(await entitiesOf('ท่าอากาศยานดอนเมือง และเขตดอนเมือง')).toEqual([
      ['LOCATION', 0, 19, 'ท่าอากาศยานดอนเมือง'],
      ['LOCATION', 23, 34, 'เขตดอนเมือง', 'th-district:1-36'],
    ]);
    expect(await entitiesOf('บริษัท รุ่งเรืองพลังงาน จำกัด (มหาชน) แจ้งว่า')).toEqual([['ORGANIZATION', 0, 37, 'บริษัท รุ่งเรืองพลังงาน จำกัด (มหาชน)']]);
  });

  it('gives `สหรัฐอเมริกา` the id of `สหรัฐฯ`', async () => {
    const entities = await entitiesOf('สหรัฐฯ หรือสหรัฐอเมริกา');
    expect(entities.map((e) => e[4])).toEqual(['country:US', 'country:US']);
  });

  it('never throws and always gives valid spans on random text', () => {
    // tokens from Intl.Segmenter, so that only this stage is under test
    const recognizer = new EntityRecognizer();
    const icu = new Intl.Segmenter('th', { granularity: 'word' });
    const tokensOf = (text: string): Token[] => {
      let cp = 0;
      return Array.from(icu.segment(text), ({ segment }) => {
        const length = [...segment].length;
        cp += length;
        return { start: cp - length, end: cp, text: segment, kind: 'other' as const };
      });
    };
    const pieces = [
      'นาย',
      'สมชาย',
      ' ',
      'จ.',
      'น่าน',
      'กรุง',
      'เทพฯ',
      '12',
      '%',
      'บาท',
      'ร้อยละ',
      'www.',
      '@',
      '.',
      'ควง',
      'กับ',
      'ราฟาเอล',
      'ณ',
      'บริษัท',
      'จำกัด',
      '(มหาชน)',
      '“',
      '”',
      'John',
      'Smith',
      'US',
      '😀',
      '𝟎',
      '\n',
      '\t',
      '\u0000',
      '\u200b',
      '-',
      'ประเทศ',
      'ไทย',
      '๑๒',
    ];
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const index = new CodePointIndex(input);
        let previousEnd = 0;
        for (const e of recognizer.recognize(input, tokensOf(input), index)) {
          // code points, in text order, never overlapping
          expect(e.start).toBeGreaterThanOrEqual(previousEnd);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(index.length);
          const span = index.slice(e.start, e.end);
          expect(span.trim()).toBe(span);
          previousEnd = e.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a phone pattern over a date', () => {
  it('gives way to the date: an ISO date and time is never a PHONE', async () => {
    const datesPipeline = createPipeline({ name: 'entities-dates', stages: ['decode', 'segment', 'dates', 'entities'] });
    const doc = await datesPipeline.process({ text: 'แก้ไขเมื่อ 2019-01-22 08:05 โทร 02-283-2560' });
    expect(doc.entities!.filter((e: Entity) => e.label === 'PHONE').map((e: Entity) => e.text)).toEqual(['02-283-2560']);
  });
});
