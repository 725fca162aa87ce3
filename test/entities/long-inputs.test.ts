import { CodePointIndex } from '../../src/core/code-points.js';
import { EntityRecognizer } from '../../src/entities/recognizer.js';
import { segment } from '../../src/segmenter/index.js';

// Every part of the recognizer is linear: ten times the text may take ten times as long (and
// some slack for a shared machine), never a hundred. Ratios, not absolute times.
const recognizer = new EntityRecognizer();

function secondsFor(text: string): number {
  const tokens = segment(text);
  const index = new CodePointIndex(text);
  let best = Infinity;
  // the best of three: on a shared machine one run in two may be slowed by another's work
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    recognizer.recognize(text, tokens, index);
    best = Math.min(best, performance.now() - started);
  }
  return best / 1000;
}

/** Repeats `piece` to `length` UTF-16 units. */
const repeat = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

const ADVERSARIAL: [string, string][] = [
  ['slashed numbers', '1/'],
  ['full stops', '.'],
  ['URLs', 'https://example.com/a?b=1 www.example.co.th/'],
  ['Thai abbreviations', 'ก.'],
  ['ZWJ emoji chains', '👨\u200d👩\u200d👧\u200d'],
  ['capitalised words', 'Word '],
  ['Latin initials and punctuation', 'A.A&'],
  ['names on one line', 'นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ '],
  ['phones on many lines', 'โทร 02-123-4567 ราคา 1,250 บาท\n'],
  ['e-mail at signs', 'a@b.co '],
  ['club names', 'ราชบุรี ยูไนเต็ด '],
  ['national teams', 'ทีมชาติไทย '],
  ['foreign names', 'จอห์น สมิธเทอร์ส '],
  ['television channels', 'ทางช่อง 8 '],
  ['football clubs and grounds', 'ลิเวอร์พูลเปิดบ้านพบเชลซีที่สนามแอนฟิลด์ '],
  ['boxer ring names', 'ศึกมวย บัวขาว ป.ประมุข พบกับก้องฟ้า ส.สมพงษ์ '],
  ['quoted nicknames', '“โค้ชเบียร์” '],
  ['Latin names after a kind of business', 'ค่ายรถยนต์ EVX และ Motor Co เปิดตัว '],
  ['nicknames beside names', '“มะปราง” นางสาวจิราพร ทองสุข หรือ "เอ็ม" '],
];

describe('the recognizer on long adversarial input', () => {
  // Linear time is a ratio of 10, quadratic 100. Alone the cases measure 3–12 (the first run of a
  // case compiles as it goes, hence the warm-up), and 1 M characters take 13.5 times 100 K; beside
  // the other test files on 2 cores one measured 15.7: 25 tells linear from quadratic with room.
  it.each(ADVERSARIAL)('%s: 100 K characters take at most 25 times as long as 10 K', (_, piece) => {
    secondsFor(repeat(piece, 10_000));
    const small = secondsFor(repeat(piece, 10_000));
    const large = secondsFor(repeat(piece, 100_000));
    expect(large / Math.max(small, 0.002)).toBeLessThanOrEqual(25);
  });

  it('finds entities in a document of 1 M characters on one line', () => {
    // one call per entity would overflow the stack if they were spread into arguments
    const text = repeat('นายสมชาย ใจดี เดินทางไปจังหวัดเชียงใหม่ โทร 02-123-4567 ', 1_000_000);
    const entities = recognizer.recognize(text, segment(text), new CodePointIndex(text));
    expect(entities.filter((e) => e.label === 'PHONE').length).toBeGreaterThan(15_000);
    expect(entities.filter((e) => e.label === 'PERSON').length).toBeGreaterThan(15_000);
  }, 120_000);
});
