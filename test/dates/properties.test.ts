import fc from 'fast-check';
import { DateFinder } from '../../src/dates/date-finder.js';
import { toAsciiDigits } from '../../src/thai/digits.js';

const finder = new DateFinder();

// Date-like pieces next to Thai, Latin, digits of both scripts, emoji, spaces and controls.
const PIECES = [
  'วันที่',
  'วัน',
  'ศุกร์',
  'ที่',
  'เดือน',
  'ปี',
  'ปีงบประมาณ',
  'ไตรมาส',
  'แรก',
  'หลัง',
  'Q3',
  '1H',
  '/',
  'พ.ศ.',
  'ค.ศ.',
  'ร.ศ.',
  'จ.ศ.',
  'มีนาคม',
  'มี.ค.',
  'ม.ค',
  'มค',
  'ก.ค.ศ.',
  'กุมภา',
  'เวลา',
  'น.',
  'นาฬิกา',
  'บ่าย',
  'โมง',
  'ทุ่ม',
  'ตี',
  'เที่ยงคืน',
  'ครึ่ง',
  'อีก',
  'สัปดาห์',
  'หน้า',
  'นี้',
  'ที่ผ่านมา',
  'ก่อน',
  'เมื่อ',
  'วานนี้',
  'พรุ่งนี้',
  'ถึง',
  'จนถึง',
  '-',
  '–',
  '/',
  '.',
  ',',
  ':',
  '(',
  ')',
  '1',
  '12',
  '31',
  '62',
  '2562',
  '2019',
  '๒๕๖๒',
  '๑',
  '10.30',
  '14:00',
  '1.9',
  'June',
  'May',
  'now',
  'at',
  'pm',
  'ก',
  'า',
  '่',
  'เ',
  'ไทย',
  ' ',
  '  ',
  '\u00a0',
  '\u200b',
  '\n',
  '\t',
  '\u0000',
  '😀',
  '👍🏽',
  '\ud800',
  '中',
  'é',
];
const textArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const publishedArbitrary = fc.option(
  fc.oneof(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.string({ maxLength: 12 }),
  ),
  { nil: undefined },
);

test('any text: no exception, spans inside the text, span text equal to the text at its offsets, no space at its edges', () => {
  fc.assert(
    fc.property(textArbitrary, publishedArbitrary, (text, published) => {
      const codePoints = Array.from(text);
      const { dates, warnings } = finder.find(text, { published });
      let previousEnd = 0;
      for (const date of dates) {
        expect(date.start).toBeGreaterThanOrEqual(previousEnd);
        expect(date.end).toBeGreaterThan(date.start);
        expect(date.end).toBeLessThanOrEqual(codePoints.length);
        expect(codePoints.slice(date.start, date.end).join('')).toBe(date.text);
        expect(date.text).toBe(date.text.trim());
        previousEnd = date.end;
      }
      for (const warning of warnings) {
        if (warning.start !== undefined) expect(warning.end!).toBeLessThanOrEqual(codePoints.length);
      }
    }),
    { numRuns: 600 },
  );
});

test('Thai digits read exactly as ASCII digits, at the same offsets', () => {
  fc.assert(
    fc.property(textArbitrary, (text) => {
      const withAscii = finder.find(toAsciiDigits(text), { published: '2020-05-05' }).dates;
      const withThai = finder.find(text, { published: '2020-05-05' }).dates;
      expect(withThai.map((d) => [d.start, d.end, d.type, d.value])).toEqual(withAscii.map((d) => [d.start, d.end, d.type, d.value]));
    }),
    { numRuns: 500 },
  );
});

describe('every pattern stays linear on 1 MB adversarial strings', () => {
  const repeated = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const secondsFor = (text: string): number => {
    const started = performance.now();
    finder.find(text, { published: '2020-01-01' });
    return (performance.now() - started) / 1000;
  };
  // Ten times the text may take ten times as long (plus noise on a busy machine), never a hundred.
  // The first, smaller run warms the JIT up.
  test.each([
    ['digits', '1'],
    ['Thai digits', '๒'],
    ['spaces', ' \u00a0'],
    ['decimals', '1.'],
    ['dashes between digits', '1-'],
    ['slashes between digits', '1/'],
    ['colons between digits', '10:'],
    ['month abbreviations', 'ม.ค.'],
    ['date prefixes', 'วันที่ '],
    ['weekday prefixes', 'วันจันทร์ที่ '],
    ['era markers', 'พ.ศ. '],
    ['time words', 'เวลา '],
    ['clock words with minutes', '9 นาฬิกา 3'],
    ['weekday range ends', '1 - วันศุกร์ที่ '],
    ['weekday pointed days', 'วันพุธที่ 1'],
    ['Latin letters', 'a'],
    ['Thai text', 'ประเทศไทย'],
  ])('%s', (_name, unit) => {
    secondsFor(repeated(unit, 100_000));
    const small = secondsFor(repeated(unit, 100_000));
    const large = secondsFor(repeated(unit, 1_000_000));
    expect(large).toBeLessThan(40 * small + 2);
    expect(large).toBeLessThan(30);
  });

  test('a text that is nothing but dates (every result costs the same)', () => {
    secondsFor(repeated('1 ม.ค. 2562 ', 20_000));
    const small = secondsFor(repeated('1 ม.ค. 2562 ', 20_000));
    const large = secondsFor(repeated('1 ม.ค. 2562 ', 200_000));
    expect(large).toBeLessThan(40 * small + 2);
  });
});
