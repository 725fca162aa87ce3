import { decodeBytes } from '../../src/text/decode-bytes.js';

// TIS-620 places Thai U+0E01..U+0E5B at 0xA1..0xFB.
function tis620(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const c = ch.codePointAt(0)!;
      return c < 0x80 ? c : c - 0x0e00 + 0xa0;
    }),
  );
}

describe('decodeBytes', () => {
  const thai = 'ข่าววันนี้ 2562';

  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(thai);
    expect(decodeBytes(utf8)).toEqual({ text: thai, encoding: 'utf-8', invalidBytes: 0 });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: thai, encoding: 'utf-8', invalidBytes: 0 });
  });

  it('reads UTF-16 in both byte orders when a byte-order mark says so', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(thai, 'utf16le')]);
    expect(decodeBytes(new Uint8Array(le))).toEqual({ text: thai, encoding: 'utf-16le', invalidBytes: 0 });
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(new Uint8Array(be))).toEqual({ text: thai, encoding: 'utf-16be', invalidBytes: 0 });
  });

  it('recognises TIS-620 / windows-874', () => {
    expect(decodeBytes(tis620(thai))).toEqual({ text: thai, encoding: 'windows-874', invalidBytes: 0 });
  });

  it('counts invalid UTF-8 bytes instead of failing, and keeps U+FFFD the input really had', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('ก\uFFFDข'), 0xc3, 0x28]);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('ก\uFFFDข\uFFFD(');
    expect(decoded.invalidBytes).toBe(1);
  });

  it('honours an explicit encoding', () => {
    expect(decodeBytes(tis620('ไทย'), 'windows-874').text).toBe('ไทย');
  });
});

test('UTF-16 without a byte-order mark is recognised by its high bytes, in either order', () => {
  const text = 'ข่าว (news) วันที่ 1 มีนาคม 2562 “อ้างอิง”';
  expect(decodeBytes(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le', invalidBytes: 0 });
  expect(decodeBytes(Buffer.from(text, 'utf16le').swap16())).toEqual({ text, encoding: 'utf-16be', invalidBytes: 0 });
  // UTF-8 and TIS-620 text are never taken for it.
  expect(decodeBytes(Buffer.from(text)).encoding).toBe('utf-8');
  expect(decodeBytes(Buffer.from('news of the day '.repeat(20))).encoding).toBe('utf-8');
});
