import { checkInput } from '../../src/core/input-checks.js';

const limits = { maxChars: 20 };
const code = (input: Parameters<typeof checkInput>[0]): string | null => checkInput(input, limits)?.error.code ?? null;

test('text within the limit passes; longer text, counted in code points, is too large', () => {
  expect(code({ id: 'a', text: 'ก'.repeat(20) })).toBeNull();
  expect(code({ id: 'a', text: '😀'.repeat(20) })).toBeNull(); // 40 UTF-16 units, 20 code points
  expect(code({ id: 'a', text: 'ก'.repeat(21) })).toBe('too-large');
  expect(checkInput({ id: 'a', text: '😀'.repeat(21) }, limits)).toEqual({
    id: 'a',
    error: { code: 'too-large', message: 'the document has 21 characters, more than 20 (--max-chars)' },
  });
  expect(code({ id: 'a', html: `<p>${'ก'.repeat(30)}</p>` })).toBe('too-large');
});

test('bytes: binary data is refused; a UTF-8 file is measured in characters, not bytes', () => {
  expect(code({ id: 'b', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) })).toBe('binary');
  expect(code({ id: 'b', bytes: Buffer.from('ก'.repeat(20)) })).toBeNull(); // 60 bytes, 20 characters
  expect(code({ id: 'b', bytes: Buffer.from('ก'.repeat(21)) })).toBe('too-large');
  expect(code({ id: 'b', bytes: Uint8Array.from([0xff, 0xfe, 0x01, 0x0e]) })).toBeNull(); // UTF-16 with its BOM has NULs
});

test('text made mostly of control characters is binary', () => {
  expect(code({ id: 'c', text: '\u0001\u0002\u0003\u0004ab' })).toBe('binary');
  expect(code({ id: 'c', text: 'บรรทัด\tหนึ่ง\r\nสอง' })).toBeNull();
});

test('UTF-16 without a byte-order mark is text, not binary, and is measured at 2 bytes a character', () => {
  const text = 'ข่าว (news) วันที่ 1 มีนาคม 2562 ';
  expect(checkInput({ id: 'u', bytes: Buffer.from(text, 'utf16le') }, { maxChars: 100 })).toBeNull();
  expect(checkInput({ id: 'u', bytes: Buffer.from(text, 'utf16le').swap16() }, { maxChars: 100 })).toBeNull();
  expect(checkInput({ id: 'u', bytes: Buffer.from('ก'.repeat(30), 'utf16le') }, { maxChars: 30 })).toBeNull();
  expect(checkInput({ id: 'u', bytes: Buffer.from('ก'.repeat(31), 'utf16le') }, { maxChars: 30 })?.error.code).toBe('too-large');
  // Binary data with NULs in both halves of its pairs is still binary.
  expect(code({ id: 'b', bytes: Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]) })).toBe('binary');
});
