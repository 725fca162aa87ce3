import { createSegmenter, segment } from '../../src/segmenter/index.js';
import type { Token } from '../../src/document/types.js';
import { temporaryFolders } from '../temporary-folders.js';

const newFolder = temporaryFolders('seg-test-');

/** Tokens as [text, kind] pairs, whitespace included. */
const pairs = (tokens: Token[]) => tokens.map((t) => [t.text, t.kind]);
/** Just the token texts. */
const texts = (tokens: Token[]) => tokens.map((t) => t.text);

describe('segment: numbers', () => {
  test('prices, percentages, years, Thai digits, times and numeric dates are single tokens', () => {
    const tokens = segment('ราคา 6,500.50 บาท ลด 10% ปี 2562 หรือ ๒๕๖๒ เวลา 10.30 น. วันที่ 20/06/2562');
    expect(pairs(tokens)).toEqual([
      ['ราคา', 'thai'],
      [' ', 'space'],
      ['6,500.50', 'number'],
      [' ', 'space'],
      ['บาท', 'thai'],
      [' ', 'space'],
      ['ลด', 'thai'],
      [' ', 'space'],
      ['10%', 'number'],
      [' ', 'space'],
      ['ปี', 'thai'],
      [' ', 'space'],
      ['2562', 'number'],
      [' ', 'space'],
      ['หรือ', 'thai'],
      [' ', 'space'],
      ['๒๕๖๒', 'number'],
      [' ', 'space'],
      ['เวลา', 'thai'],
      [' ', 'space'],
      ['10.30', 'number'],
      [' ', 'space'],
      ['น.', 'thai'],
      [' ', 'space'],
      ['วันที่', 'thai'],
      [' ', 'space'],
      ['20/06/2562', 'number'],
    ]);
    expect(tokens[2]).toEqual({ start: 5, end: 13, text: '6,500.50', kind: 'number' });
    expect(tokens[26]).toEqual({ start: 64, end: 74, text: '20/06/2562', kind: 'number' });
  });

  test('a range keeps its hyphen apart; a trailing full stop is not part of a number', () => {
    expect(pairs(segment('ชนะ 2-1 เมื่อปี 2019.'))).toEqual([
      ['ชนะ', 'thai'],
      [' ', 'space'],
      ['2', 'number'],
      ['-', 'punct'],
      ['1', 'number'],
      [' ', 'space'],
      ['เมื่อ', 'thai'],
      ['ปี', 'thai'],
      [' ', 'space'],
      ['2019', 'number'],
      ['.', 'punct'],
    ]);
  });
});

describe('segment: Latin words', () => {
  test('abbreviations with dots, hyphenated words and mixed case stay whole', () => {
    expect(pairs(segment('ข่าวจาก U.S. เรื่อง E-Commerce และ iPhone15 ใหม่'))).toEqual([
      ['ข่าว', 'thai'],
      ['จาก', 'thai'],
      [' ', 'space'],
      ['U.S.', 'latin'],
      [' ', 'space'],
      ['เรื่อง', 'thai'],
      [' ', 'space'],
      ['E-Commerce', 'latin'],
      [' ', 'space'],
      ['และ', 'thai'],
      [' ', 'space'],
      ['iPhone15', 'latin'],
      [' ', 'space'],
      ['ใหม่', 'thai'],
    ]);
  });

  test('an apostrophe inside a word and accented letters belong to the word', () => {
    expect(pairs(segment("don't café"))).toEqual([
      ["don't", 'latin'],
      [' ', 'space'],
      ['café', 'latin'],
    ]);
  });

  test('a web address is one token without the closing bracket after it', () => {
    expect(pairs(segment('(ดูที่ https://example.com/a?b=1)'))).toEqual([
      ['(', 'punct'],
      ['ดู', 'thai'],
      ['ที่', 'thai'],
      [' ', 'space'],
      ['https://example.com/a?b=1', 'latin'],
      [')', 'punct'],
    ]);
  });
});

describe('segment: punctuation and Thai signs', () => {
  test('quotes, brackets, ๆ, ฯ and ฯลฯ are tokens of their own', () => {
    expect(pairs(segment('เขาพูดว่า "ไม่" (จริงๆ) ฯลฯ กรุงเทพฯ!'))).toEqual([
      ['เขา', 'thai'],
      ['พูด', 'thai'],
      ['ว่า', 'thai'],
      [' ', 'space'],
      ['"', 'punct'],
      ['ไม่', 'thai'],
      ['"', 'punct'],
      [' ', 'space'],
      ['(', 'punct'],
      ['จริง', 'thai'],
      ['ๆ', 'thai'],
      [')', 'punct'],
      [' ', 'space'],
      ['ฯลฯ', 'punct'],
      [' ', 'space'],
      ['กรุงเทพ', 'thai'],
      ['ฯ', 'punct'],
      ['!', 'punct'],
    ]);
  });

  test('an ellipsis and repeated symbols are one token, currency and other symbols are symbols', () => {
    expect(pairs(segment('รอ... ^^ ฿100 ©'))).toEqual([
      ['รอ', 'thai'],
      ['...', 'punct'],
      [' ', 'space'],
      ['^^', 'symbol'],
      [' ', 'space'],
      ['฿', 'symbol'],
      ['100', 'number'],
      [' ', 'space'],
      ['©', 'symbol'],
    ]);
  });

  test('Thai abbreviations keep their dots, also after a word', () => {
    expect(texts(segment('ประชุมครม.เมื่อ 5 ม.ค. 2563 ที่ พ.ศ.'))).toEqual(['ประชุม', 'ครม.', 'เมื่อ', ' ', '5', ' ', 'ม.ค.', ' ', '2563', ' ', 'ที่', ' ', 'พ.ศ.']);
  });
});

describe('segment: emoji and astral characters', () => {
  test('skin tones, ZWJ families, flags and keycaps are one token each, offsets in code points', () => {
    const tokens = segment('ดีใจ😂👍🏽 ครอบครัว👨‍👩‍👧 ธง🇹🇭 1️⃣');
    expect(pairs(tokens)).toEqual([
      ['ดี', 'thai'],
      ['ใจ', 'thai'],
      ['😂', 'emoji'],
      ['👍🏽', 'emoji'],
      [' ', 'space'],
      ['ครอบครัว', 'thai'],
      ['👨‍👩‍👧', 'emoji'],
      [' ', 'space'],
      ['ธง', 'thai'],
      ['🇹🇭', 'emoji'],
      [' ', 'space'],
      ['1️⃣', 'emoji'],
    ]);
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
      [5, 7],
      [7, 8],
      [8, 16],
      [16, 21],
      [21, 22],
      [22, 24],
      [24, 26],
      [26, 27],
      [27, 30],
    ]);
  });

  test('a combining mark joins the token before it', () => {
    expect(pairs(segment('e\u0301 ok'))).toEqual([
      ['e\u0301', 'latin'],
      [' ', 'space'],
      ['ok', 'latin'],
    ]);
  });
});

describe('segment: whitespace', () => {
  test('no-break space, zero-width space, tabs and newlines are space tokens', () => {
    expect(pairs(segment('ก\u00a0ข\u200bค\tง\n\nจ'))).toEqual([
      ['ก', 'thai'],
      ['\u00a0', 'space'],
      ['ข', 'thai'],
      ['\u200b', 'space'],
      ['ค', 'thai'],
      ['\t', 'space'],
      ['ง', 'thai'],
      ['\n\n', 'space'],
      ['จ', 'thai'],
    ]);
  });

  test('the empty text has no tokens', () => {
    expect(segment('')).toEqual([]);
  });
});

describe('segment: Thai words', () => {
  test('a sentence is cut into dictionary words', () => {
    expect(texts(segment('รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร'))).toEqual(['รัฐบาล', 'ประกาศ', 'มาตรการ', 'ช่วยเหลือ', 'เกษตรกร']);
  });

  test('a misspelt word is never cut before a vowel (ประชับ)', () => {
    expect(texts(segment('ผิวประชับ'))).toEqual(['ผิว', 'ประ', 'ชับ']);
  });

  test('a letter repeated for emphasis stays with its word', () => {
    expect(texts(segment('อร่อยมากกกกก'))).toEqual(['อร่อย', 'มากกกกก']);
  });
});

describe('user dictionaries', () => {
  test('words given as options win over the built-in dictionary', () => {
    expect(texts(segment('ฉันไปตากลมกับชาเย็นหวาน'))).toEqual(['ฉัน', 'ไป', 'ตา', 'กลม', 'กับ', 'ชาเย็น', 'หวาน']);
    const custom = createSegmenter({ words: ['ตากลม', 'ชาเย็นหวาน'] });
    expect(texts(custom.segment('ฉันไปตากลมกับชาเย็นหวาน'))).toEqual(['ฉัน', 'ไป', 'ตากลม', 'กับ', 'ชาเย็นหวาน']);
  });

  test('a dictionary file adds its words, one a line', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const file = path.join(newFolder(), 'words.txt');
    writeFileSync(file, 'ตากลม\r\n\n  ชาเย็นหวาน  \n');
    expect(texts(segment('ไปตากลมกับชาเย็นหวาน', { dictionaryFile: file }))).toEqual(['ไป', 'ตากลม', 'กับ', 'ชาเย็นหวาน']);
  });
});
