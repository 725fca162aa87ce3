import { AnchorScanner, anchorWindows, type ParserAnchors, type TextAnchors } from '../../src/dates/anchors.js';

const MONTHS = ['มกราคม', 'มกรา', 'ม.'];
const DAYS = ['วันนี้', 'วัน'];
const months: ParserAnchors = { words: MONTHS, before: 2, after: 1 };
const days: ParserAnchors = { words: DAYS, before: 0, after: 0 };
const digits: ParserAnchors = { digits: true, before: 1, after: 2 };
const latin: ParserAnchors = { latin: true, before: 0, after: 0 };
const scanner = new AnchorScanner([months, days, digits, latin]);

/** The anchors of `mask` as [start, end) UTF-16 ranges. */
function spans(found: TextAnchors, mask: number): [number, number][] {
  const result: [number, number][] = [];
  for (let a = 0; a < found.masks.length; a++) {
    if (found.masks[a] & mask) result.push([found.unitStarts[found.startUnits[a]], found.unitStarts[found.endUnits[a]]]);
  }
  return result;
}

const windows = (text: string, anchors: ParserAnchors): [number, number][] =>
  anchorWindows(scanner.scan(text), scanner.maskOf(anchors), anchors.before, anchors.after).map((w) => [w.start, w.end]);

test('a run of ASCII digits, of ASCII letters or of whitespace is one unit; any other character is one', () => {
  const text = 'ปี 2562  and ๑x 12abc';
  const found = scanner.scan(text);
  // ป ี, two spaces, 2562, two spaces, and, space, ๑ (not an ASCII digit), x, space, 12, abc
  expect(Array.from(found.unitStarts.slice(0, found.units + 1))).toEqual([0, 1, 2, 3, 7, 9, 12, 13, 14, 15, 16, 18, 21]);
  expect(spans(found, scanner.maskOf(digits))).toEqual([
    [3, 7],
    [16, 18],
  ]);
  expect(spans(found, scanner.maskOf(latin))).toEqual([
    [9, 12],
    [14, 15],
    [18, 21],
  ]);
});

test('every place a word starts is an anchor, as long as the longest word there, with the lists of all of them', () => {
  const text = 'วันนี้ มกราคม ม.ค.';
  const found = scanner.scan(text);
  expect(spans(found, scanner.maskOf(days))).toEqual([[0, 6]]);
  expect(spans(found, scanner.maskOf(months))).toEqual([
    [7, 13],
    [14, 16],
  ]);
  expect(found.masks.length).toBe(3);
});

test('a surrogate pair is one unit', () => {
  const found = scanner.scan('a😀b');
  expect(Array.from(found.unitStarts.slice(0, found.units + 1))).toEqual([0, 1, 3, 4]);
});

test('windows reach the declared units around each anchor, a whitespace or digit run counting once', () => {
  // 12 reaches one unit back (the spaces) and two on (ก and the spaces after it).
  expect(windows('กข    12ก     ค', digits)).toEqual([[2, 14]]);
  expect(windows('12', digits)).toEqual([[0, 2]]);
  // The month word reaches two units back over a digit run and a space.
  expect(windows('ค 12345 มกราคม ง จ', months)).toEqual([[2, 15]]);
});

test('windows that overlap or nearly touch merge; far apart ones stay apart', () => {
  const far = 'ก'.repeat(40);
  expect(windows(`1${far}2`, digits)).toEqual([
    [0, 3],
    [40, 42],
  ]);
  expect(windows(`1ก2ก3`, digits)).toEqual([[0, 5]]);
  expect(windows('ไม่มีตัวเลข', digits)).toEqual([]);
});

test('a word list with a digit, a Latin letter, a space or an astral character in a word is refused', () => {
  for (const word of ['1 ม.ค.', 'ปี 2', 'B.E.', 'ม ค', '😀', '']) {
    expect(() => new AnchorScanner([{ words: [word], before: 0, after: 0 }])).toThrow(/anchor word/);
  }
});

test('a declaration names its kinds and lists; lists are told apart by identity', () => {
  const same = ['วัน'];
  const other = ['วัน'];
  const s = new AnchorScanner([
    { words: same, before: 0, after: 0 },
    { words: other, before: 0, after: 0 },
  ]);
  const found = s.scan('วัน');
  expect(found.masks).toEqual([s.maskOf({ words: same, before: 0, after: 0 }) | s.maskOf({ words: other, before: 0, after: 0 })]);
  expect(s.maskOf({ words: same, before: 0, after: 0 })).not.toBe(s.maskOf({ words: other, before: 0, after: 0 }));
  expect(s.maskOf({ digits: true, latin: true, before: 0, after: 0 })).toBe(
    s.maskOf({ digits: true, before: 0, after: 0 }) | s.maskOf({ latin: true, before: 0, after: 0 }),
  );
});

test('a Latin run test marks the runs it accepts, in lower case, with a bit of its own', () => {
  const isDays = (run: string): boolean => run === 'days';
  const s = new AnchorScanner([{ latinRun: isDays, before: 0, after: 0 }, latin]);
  const found = s.scan('3 DAYS ago, 2 days');
  const dayBit = s.maskOf({ latinRun: isDays, before: 0, after: 0 });
  expect(dayBit).not.toBe(s.maskOf(latin));
  expect(spans(found, dayBit)).toEqual([
    [2, 6],
    [14, 18],
  ]);
  expect(spans(found, s.maskOf(latin))).toEqual([
    [2, 6],
    [7, 10],
    [14, 18],
  ]);
});
