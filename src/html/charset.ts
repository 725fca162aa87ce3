import { decodeBytes, type DecodedText } from '../text/decode-bytes.js';

/** Bytes searched for a `<meta charset>` declaration (HTML requires it within the first 1024). */
const PRESCAN_BYTES = 4096;
const THAI_8BIT = new Set(['tis-620', 'tis620', 'windows-874', 'x-windows-874', 'cp874', 'iso-8859-11', 'iso8859-11']);

/** The charset a page declares in `<meta charset>` or `<meta http-equiv="Content-Type">`, lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const match = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/**
 * Decodes an HTML page. A byte-order mark wins; a page that declares a Thai 8-bit charset is read
 * as windows-874 unless its bytes are plainly UTF-8 (a frequent mislabel); otherwise the
 * encoding is detected as for text files.
 */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
  const detected = decodeBytes(bytes);
  if (hasByteOrderMark(bytes)) return detected;
  const declared = declaredCharset(bytes);
  const validUtf8 = detected.encoding === 'utf-8' && detected.invalidBytes === 0;
  if (declared && THAI_8BIT.has(declared) && !(validUtf8 && hasNonAscii(bytes))) return decodeBytes(bytes, 'windows-874');
  return detected;
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}
