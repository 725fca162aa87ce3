import { declaredCharset, decodeHtmlBytes } from '../../src/html/charset.js';

/** TIS-620: Thai letters are U+0E01..U+0E5B at 0xA1..0xFB. */
function tis620(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) >= 0x0e01 ? c.charCodeAt(0) - 0x0e01 + 0xa1 : c.charCodeAt(0))));
}

describe('HTML charset', () => {
  test('reads <meta charset> and http-equiv declarations', () => {
    expect(declaredCharset(Buffer.from('<meta charset="TIS-620">'))).toBe('tis-620');
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-874">'))).toBe('windows-874');
    expect(declaredCharset(Buffer.from('<p>no declaration</p>'))).toBeNull();
  });

  test('a TIS-620 page declared as such decodes to Thai', () => {
    const decoded = decodeHtmlBytes(tis620('<meta charset="tis-620"><p>ภาษาไทย</p>'));
    expect([decoded.text, decoded.encoding]).toEqual(['<meta charset="tis-620"><p>ภาษาไทย</p>', 'windows-874']);
  });

  test('a page mislabelled tis-620 whose bytes are UTF-8 is read as UTF-8', () => {
    const decoded = decodeHtmlBytes(Buffer.from('<meta charset="tis-620"><p>ภาษาไทย</p>'));
    expect([decoded.text, decoded.encoding]).toEqual(['<meta charset="tis-620"><p>ภาษาไทย</p>', 'utf-8']);
  });

  test('a byte-order mark wins over the declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-874">ไทย')]);
    expect(decodeHtmlBytes(bytes).text).toBe('<meta charset="windows-874">ไทย');
  });
});
