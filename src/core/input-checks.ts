import type { ErrorRecord, ThaiDocument } from '../document/types.js';
import { sniffUtf16 } from '../text/decode-bytes.js';
import type { IdentifiedInput } from './input-item.js';

export interface InputLimits {
  /** Longest document accepted, in characters (code points) of its text, HTML or decoded file. */
  maxChars: number;
}

export const DEFAULT_MAX_CHARS = 10_000_000;

/** Bytes looked at to tell binary data from text. */
const SNIFF_BYTES = 8192;

/**
 * Refuses inputs no stage should see: binary data and documents over `maxChars`. Cheap: it
 * looks at the first few KB, and decodes bytes only when their count alone cannot settle the size.
 */
export function checkInput(input: IdentifiedInput, limits: InputLimits): ErrorRecord | null {
  const fail = (code: 'binary' | 'too-large', message: string): ErrorRecord => ({ id: input.id, error: { code, message } });
  const content = typeof input.html === 'string' && input.text === undefined ? input.html : input.text;
  if (input.bytes instanceof Uint8Array) {
    const utf16 = isUtf16(input.bytes);
    if (!utf16 && looksBinary(input.bytes)) return fail('binary', 'the content is binary data, not text');
    // UTF-8 takes 1 to 4 bytes a character; in between, count the decoded characters. UTF-16 takes 2 (4 outside the BMP).
    const size = input.bytes.length;
    const count = (): number => (utf16 ? size / 2 : utf8CharCount(input.bytes!));
    if (size > 4 * limits.maxChars || (size > limits.maxChars && count() > limits.maxChars)) {
      return fail('too-large', `the document has more than ${limits.maxChars} characters (--max-chars)`);
    }
  } else if (typeof content === 'string') {
    if (hasBinaryControls(content)) return fail('binary', 'the text is mostly control characters, not text');
    const chars = content.length > limits.maxChars ? charCount(content) : 0;
    if (chars > limits.maxChars) return fail('too-large', `the document has ${chars} characters, more than ${limits.maxChars} (--max-chars)`);
  }
  return null;
}

/** A document whose analysed text is empty or only white space is an error, not a silent empty result. */
export function checkResult(input: IdentifiedInput, doc: ThaiDocument): ErrorRecord | null {
  if (doc.text.trim() !== '') return null;
  const html = typeof input.html === 'string' || input.format === 'html';
  return { id: doc.id, error: { code: 'empty', message: html ? 'no article text was found in the HTML' : 'the document is empty' } };
}

/**
 * Characters of bytes read as UTF-8 (every byte that does not continue a sequence starts one),
 * without decoding them. Text in a one-byte encoding (TIS-620) is undercounted by up to half,
 * which the limit can afford: it bounds memory, and 4 bytes a character bounds it already.
 */
function utf8CharCount(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] & 0xc0) !== 0x80) n++;
  return n;
}

function charCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

/** UTF-16, with a byte-order mark or without, which has NUL bytes and is text. */
function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || sniffUtf16(bytes) !== null;
}

/** NUL bytes (outside UTF-16) or many control bytes mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls > n * 0.1;
}

function hasBinaryControls(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return n > 0 && controls > n * 0.1;
}
