import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Chrono, Parser, ParsingContext, ParsingResult } from 'chrono-node';
import fc from 'fast-check';
import { AnchorScanner, anchorWindows, type AnchoredParser } from '../../src/dates/anchors.js';
import { createThaiChrono } from '../../src/dates/locales/th/index.js';
import { WindowedChrono } from '../../src/dates/parse-in-windows.js';
import { toAsciiDigits } from '../../src/thai/digits.js';

const REFERENCE = new Date(2020, 4, 5, 12);

/** What the finder reads of a result, and more. */
const comparable = (results: ParsingResult[]): string[] =>
  results.map((r) => `${r.index} ${r.text} ${r.start.toString()} ${r.end?.toString() ?? ''} ${[...r.tags()].sort().join(',')}`);

// Phrases of date words of one kind, pieces joined by nothing, spaces or long runs of them,
// between stretches of Thai: what the parsers' windows must hold their matches across.
const PHRASE_WORDS = [
  ['วันที่', 'วัน', 'จันทร์', 'พฤหัสบดี', 'ที่', 'เดือน', '1', '5', '12', '31', '-', '–', 'ถึง', 'ไปจนถึง', 'ต่อเนื่อง', 'มีนาคม', 'มี.ค.', 'มี. ค.', 'ม.ค', 'มค'],
  ['กุมภา', 'ตุลา', 'กรกฏาคม', 'ก.ค.ศ.', 'พ.ศ.', 'พศ.', 'พุทธศักราช', 'รัตนโกสินทร์ศก', '2562', '๒๕๖๒', '62', ',', 'บาท', 'เปอร์เซ็นต์', 'นี้', 'ที่ผ่านมา'],
  ['เวลา', '10', '10.30', '14:00', '9', 'นาฬิกา', '30', 'นาที', 'น.', 'น', '-', '–', 'ถึง', 'ชั่วโมง', 'ชม', 'ตี', 'บ่าย', 'โมง', 'เช้า', 'เย็น'],
  ['ทุ่ม', 'เที่ยง', 'เที่ยงคืน', 'ครึ่ง', 'สาม', 'สิบเอ็ด', 'ระยะ', 'มื้อ', '08.00-16.30', '5', 'ครั้ง'],
  ['อีก', '3', 'สาม', 'วัน', 'สัปดาห์', 'อาทิตย์', 'เดือน', 'ปี', 'หน้า', 'ถัดไป', 'นี้', 'ที่แล้ว', 'ที่ผ่านมา', 'ข้างหน้า', 'ก่อน', 'เมื่อ'],
  ['วันจันทร์', 'วันพฤหัสฯ', 'เมื่อวาน', 'วานนี้', 'พรุ่งนี้', 'คืนนี้', 'เมื่อคืน', 'ต้น', 'ปลาย', 'ทุก', 'ปีงบประมาณ', 'ปีงบฯ', '2563', '-', '2565', 'ที่จะถึง'],
  ['ไตรมาส', 'ที่', 'ครึ่ง', 'ปี', 'แรก', 'หลัง', 'สุดท้าย', 'ของ', 'ประจำ', 'Q', 'H', '3', '2', '/', '2569', '69', 'ราย', 'พ.ศ.'],
  ['on', 'June', 'Jan', 'sept.', 'May', '20', '2019', '12th', 'twenty-first', 'of', 'to', '-', '/', ',', 'Monday', 'next', 'last', 'this', 'week'],
  // month names with what chrono's patterns let be written onto them, and words that only hold a month's letters
  [
    'firstofjanuary',
    'InJune',
    'Junetwenty',
    'first',
    '2019ADjan',
    '1stofsept',
    'MARCHof',
    'decfifth',
    'until',
    'through',
    'Junes',
    'mayor',
    'Octo',
    '27',
    'BE',
  ],
  ['BE', 'AD', '2019-06-20', 'T10:30:00Z', '20/06/2562', '6/2019', '2019.06.20', 'now', 'today', 'tonight', 'yesterday', 'end', 'month', 'the', '(', ')'],
  ['at', 'from', '10', '10:30', '10.30', ':', '00', 'pm', 'a.m.', 'am', 'o', 'clock', "o'clock", 'in', 'the', 'morning', 'afternoon', 'night'],
  ['within', 'for', 'about', 'a', 'few', '3', '1.5', 'days', 'hours', 'ago', 'later', 'and', 'couple', 'of', '+', '-', 'after', 'this', 'from now'],
];
/**
 * The longest forms of each parser, every gap as wide as its pattern lets it be, and the words
 * its look-aheads read after it: the windows must hold all of them.
 */
const LONGEST = [
  'วันพฤหัสบดี   ที่   วันที่   1   ต่อเนื่อง   ไปจนถึง   วันพฤหัสบดี   ที่   5   เดือน   พฤศจิกายน   ,   รัตนโกสินทร์ศก   62  เปอร์เซ็นต์',
  'วันพฤหัสบดี\u200b\u200b\u200bที่\u200b\u200b\u200bวันที่\u200b\u200b\u200b1\u200b\u200b\u200bต่อเนื่อง\u200b\u200b\u200bไปจนถึง\u200b\u200b\u200bวันที่\u200b\u200b\u200b5\u200b\u200b\u200bเดือน\u200b\u200b\u200bพฤศจิกายน,\u200b\u200b\u200bรัตนโกสินทร์ศก 2562',
  'เดือน   พฤศจิกายน   รัตนโกสินทร์ศก   2562   ต่อเนื่อง   ไปจนถึง   เดือน   พฤศจิกายน',
  'พฤศจิกายน   20,   รัตนโกสินทร์ศก   62  เปอร์เซ็นต์',
  'พ.   ย.',
  'เวลา   9   นาฬิกา   30   นาที   ต่อเนื่อง   ไปจนถึง   เวลา   10   นาฬิกา   45   นาที   ชั่วโมง',
  'เวลา   10.30   น.   ต่อเนื่อง   ไปจนถึง   เวลา   23.00   น.',
  'ปี   รัตนโกสินทร์ศก   2562   ต่อเนื่อง   ไปจนถึง   ปี   รัตนโกสินทร์ศก   2565',
  'ปีงบประมาณฯ   รัตนโกสินทร์ศก   2563   ต่อเนื่อง   ไปจนถึง   รัตนโกสินทร์ศก   2565',
  'เวลา   สิบเอ็ด   โมง   เช้า   ครึ่ง',
  'เวลา   ตี   สิบเอ็ด   ครึ่ง',
  'เวลา   บ่าย   สิบเอ็ด   โมง   ครึ่ง',
  'เวลา   เที่ยงคืน   ครึ่ง',
  'วันพฤหัสบดี   ที่   25   ที่ผ่านมา',
  'ไตรมาสที่   สุดท้าย   ของ   ประจำปี   รัตนโกสินทร์ศก   2569',
  'ครึ่งปี   หลัง   ของ   ประจำปี   รัตนโกสินทร์ศก   69  เปอร์เซ็นต์',
  'ฤดูกาลที่   ปี   รัตนโกสินทร์ศก   2562   /   2563',
  'ปลายทศวรรษที่   รัตนโกสินทร์ศก   2530ส์   –   2540ส์',
  "ยุค   80's   -   90's",
  'วันพฤหัสบดี ที่จะถึงนี้',
  'เมื่อ วันพฤหัสบดี',
  'อีก   สิบเอ็ด   สัปดาห์   ข้างหน้า',
  'สิบเอ็ด   อาทิตย์ ที่ผ่านมา',
  'ปลายสัปดาห์ ที่ผ่านมา',
  'เมื่อคืนนี้  วัน',
  'วันที่   20/06/2562',
  '2562-06-20T10:30:45.123456+07:00',
  '2019-06-20   10:30:45',
  'from   10:30:45.123456   p.m.   in   the   afternoon',
  'at 10:30 am o ’ clock',
  'within about ~ a couple of days , and 3 hours, 2 weeks and 1.5 months',
  '+ 3 days and a few hours later',
  '2019-06-20T10:30:45.1234+07:00',
  '2019 - Sept. - 20',
  'on twenty-first to twenty-seventh of September 2019 BE',
  'September twenty-first to twenty-seventh , 2019 BE',
  'this Monday, of next week',
  '2019 BE of September',
  'on   twenty-seventh   through   twenty-seventh   of   September   ,   2019   BE',
  'September   twenty-seventh   to   twenty-seventh   ,   2019 BE',
  '2019   BE   -   September',
  'last   night',
];
PHRASE_WORDS.push(LONGEST);

const GAPS = ['', '', '', ' ', ' ', '  ', '\u00a0', '\u200b', '\n', '\t', ' '.repeat(40), '\n'.repeat(30), '1'.repeat(30)];
const FILLER = ['', ' ', 'ประเทศไทย', 'ก', 'ผู้ว่าราชการจังหวัด ', 'ข'.repeat(120), ' x ', '😀', 'é', '\n'];
const phrase = fc
  .integer({ min: 0, max: PHRASE_WORDS.length - 1 })
  .chain((kind) => fc.array(fc.tuple(fc.constantFrom(...PHRASE_WORDS[kind]), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 12 }))
  .map((pieces) => pieces.map(([word, gap]) => word + gap).join(''));
const textArbitrary = fc
  .array(fc.tuple(phrase, fc.constantFrom(...FILLER)), { maxLength: 8 })
  .map((parts) => toAsciiDigits(parts.map(([words, filler]) => words + filler).join('')));

const chrono = createThaiChrono();
const windowed = new WindowedChrono(chrono);

test('the same results as chrono over the whole text, on any mix of date pieces', () => {
  fc.assert(
    fc.property(textArbitrary, (text) => {
      expect(comparable(windowed.parse(text, REFERENCE))).toEqual(comparable(chrono.parse(text, REFERENCE) as ParsingResult[]));
    }),
    { numRuns: 3000 },
  );
});

const anchored = chrono.parsers.filter((parser): parser is AnchoredParser & { anchors: NonNullable<AnchoredParser['anchors']> } =>
  Boolean((parser as AnchoredParser).anchors),
);
const anchoredScanner = new AnchorScanner(anchored.map((parser) => parser.anchors));

test('every Thai parser and each of chrono’s English ones declares its anchors', () => {
  expect(anchored.length).toBe(chrono.parsers.length);
});

test('every match of every parser, kept or not, lies in that parser’s windows', () => {
  fc.assert(
    fc.property(textArbitrary, (text) => {
      expect(outsideWindows(text)).toEqual([]);
    }),
    { numRuns: 1000 },
  );
});

test.each(LONGEST)('the windows hold the longest form %p, between Thai words or alone', (form) => {
  for (const text of [form, `ประเทศไทย${form}ประเทศไทย`, `ไทย ${form} ไทย`]) {
    const ascii = toAsciiDigits(text);
    expect(comparable(windowed.parse(ascii, REFERENCE))).toEqual(comparable(chrono.parse(ascii, REFERENCE) as ParsingResult[]));
    expect(outsideWindows(ascii)).toEqual([]);
  }
});

/** The parsers' matches that no window of theirs holds, as `parser index: start-end`. */
function outsideWindows(text: string): string[] {
  const found = anchoredScanner.scan(text);
  const outside: string[] = [];
  anchored.forEach((parser, i) => {
    const { anchors } = parser;
    const windows = anchorWindows(found, anchoredScanner.maskOf(anchors), anchors.before, anchors.after);
    for (const [start, end] of matchesOf(chrono, parser, text)) {
      if (!windows.some((w) => w.start <= start && end <= w.end)) outside.push(`${i}: ${start}-${end}`);
    }
  });
  return outside;
}

/** The spans of the matches chrono's loop makes for one parser, before the parser judges them. */
function matchesOf(base: Chrono, parser: Parser, text: string): [number, number][] {
  const spans: [number, number][] = [];
  const spy: Parser = {
    pattern: (context: ParsingContext) => parser.pattern(context),
    extract(context: ParsingContext, match: RegExpMatchArray) {
      spans.push([match.index!, match.index! + match[0].length]);
      return parser.extract(context, match);
    },
  };
  const single = Object.assign(Object.create(Object.getPrototypeOf(base)) as Chrono, { parsers: [spy], refiners: [] });
  single.parse(text, REFERENCE);
  return spans;
}

test('a parser that declares no anchors searches the whole text', () => {
  const seen: number[] = [];
  const everywhere: Parser = {
    pattern: () => /x/,
    extract(_context, match) {
      seen.push(match.index!);
      return null;
    },
  };
  const own = Object.assign(Object.create(Object.getPrototypeOf(chrono)) as Chrono, { parsers: [everywhere], refiners: [] });
  new WindowedChrono(own).parse('x ไทย x ไทย x', REFERENCE);
  expect(seen).toEqual([0, 6, 12]);
});

const CORPUS = '../shared/corpora/unlabelled/thaigov-news.jsonl.gz';

(existsSync(CORPUS) ? test : test.skip)('the same results as chrono on real news (thaigov, 150 articles when the corpus is there)', () => {
  const lines = gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n');
  for (let i = 11; i < lines.length && i < 11 + 150 * 97; i += 97) {
    const text = toAsciiDigits((JSON.parse(lines[i]) as { text: string }).text);
    expect(comparable(windowed.parse(text, REFERENCE))).toEqual(comparable(chrono.parse(text, REFERENCE) as ParsingResult[]));
  }
});
