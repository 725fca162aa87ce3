import { isTis620ThaiByte } from '../thai/tis-620.js';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-874';
  /** Byte sequences that were not valid in `encoding` and became U+FFFD. */
  invalidBytes: number;
}

type Encoding = DecodedText['encoding'];

// Text whose high bytes are mostly TIS-620's Thai characters, and that is not valid UTF-8, is
// Thai 8-bit (windows-874 adds a few symbols in 0x80–0x9F).
function looksLikeTis620(bytes: Uint8Array): boolean {
  let high = 0;
  let thai = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (isTis620ThaiByte(b)) thai++;
  }
  return high > 0 && thai / high >= 0.9;
}

function countReplacementChars(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): DecodedText {
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: false }).decode(bytes);
  // U+FFFD that the input itself spelled out are not decoding errors.
  const present = encoding === 'utf-8' ? countReplacementChars(new TextDecoder('latin1').decode(bytes).replace(/\xEF\xBF\xBD/g, '\uFFFD')) : 0;
  return { text, encoding, invalidBytes: Math.max(0, countReplacementChars(text) - present) };
}

/** Bytes looked at to recognise UTF-16 without a byte-order mark. */
const UTF16_SNIFF_BYTES = 8192;

/**
 * UTF-16 without a byte-order mark, recognised by its high bytes: in Thai and Latin text nearly
 * every character is in U+0000–00FF, U+0E00–0EFF (Thai) or U+2000–20FF (punctuation), so one byte
 * of nearly every pair is 0x00, 0x0E or 0x20, and the other is seldom 0x00. Text in a one-byte
 * encoding or UTF-8 puts such bytes on both sides alike.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  const high = (b: number): boolean => b === 0x00 || b === 0x0e || b === 0x20;
  const counts = { le: 0, be: 0, leZeroLow: 0, beZeroLow: 0 };
  for (let i = 0; i < n; i += 2) {
    if (high(bytes[i + 1])) counts.le++;
    if (high(bytes[i])) counts.be++;
    if (bytes[i] === 0) counts.leZeroLow++;
    if (bytes[i + 1] === 0) counts.beZeroLow++;
  }
  const pairs = n / 2;
  if (counts.le >= 0.9 * pairs && counts.leZeroLow <= 0.05 * pairs) return 'utf-16le';
  if (counts.be >= 0.9 * pairs && counts.beZeroLow <= 0.05 * pairs) return 'utf-16be';
  return null;
}

/**
 * Decodes bytes to text. `auto` reads a byte-order mark, then recognises UTF-16 without one,
 * then accepts valid UTF-8, then recognises TIS-620 / windows-874, and otherwise decodes as
 * UTF-8 with U+FFFD for bad bytes.
 */
export function decodeBytes(bytes: Uint8Array, encoding: string = 'auto'): DecodedText {
  if (encoding !== 'auto') return decodeAs(bytes, encoding as Encoding);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', invalidBytes: 0 };
  } catch {
    return decodeAs(bytes, looksLikeTis620(bytes) ? 'windows-874' : 'utf-8');
  }
}
