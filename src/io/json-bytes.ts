import { isUtf8 } from 'node:buffer';
import type { IdentifiedInput } from '../core/input-item.js';
import { decodeBytes } from '../text/decode-bytes.js';

/** JSON text parsed from bytes; `raw` when they were not UTF-8 and the strings hold the bytes themselves. */
export interface ParsedJson {
  value: unknown;
  /** The encoding the bytes look like as a whole (TIS-620 dumps are `windows-874`), when they are not UTF-8. */
  raw: { encoding: string } | null;
}

/**
 * Parses JSON bytes (throws SyntaxError as JSON.parse does). JSON is UTF-8; bytes that are not
 * (a TIS-620 dump, a stray byte) are not decoded with replacement characters here, silently:
 * their structure is ASCII, so they are parsed byte for byte (each string character one byte)
 * and `fromRawBytes` then gives the record's text to the decode stage as bytes, which reads
 * TIS-620 and warns about invalid bytes as it does for a `.txt` file.
 */
export function parseJsonBytes(bytes: Uint8Array): ParsedJson {
  const { text, raw } = jsonText(bytes);
  return { value: JSON.parse(text), raw };
}

/** The text to parse (see parseJsonBytes): UTF-8 decoded (a byte-order mark dropped), or one character a byte. */
export function jsonText(bytes: Uint8Array): { text: string; raw: ParsedJson['raw'] } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return { text: new TextDecoder('utf-8').decode(buffer), raw: null };
  return { text: buffer.toString('latin1'), raw: { encoding: decodeBytes(buffer).encoding } };
}

/** A string parsed byte for byte, as its bytes; null when an escape gave a character no byte can hold. */
function bytesOf(value: string): Buffer | null {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0xff) return null;
  return Buffer.from(value, 'latin1');
}

/**
 * A document read from non-UTF-8 JSON (see parseJsonBytes): its text (or HTML) becomes bytes for
 * the decode stage, which sets `meta.encoding` and warns about invalid bytes; its id, title, url
 * and published are decoded here in the encoding of the whole record.
 */
export function fromRawBytes(input: IdentifiedInput, encoding: string): IdentifiedInput {
  const decoded: IdentifiedInput = { ...input };
  for (const field of ['id', 'title', 'url', 'published'] as const) {
    const value = input[field];
    const bytes = typeof value === 'string' ? bytesOf(value) : null;
    if (bytes) decoded[field] = decodeBytes(bytes, encoding).text;
  }
  const content = typeof input.text === 'string' ? input.text : input.html;
  const bytes = typeof content === 'string' ? bytesOf(content) : null;
  if (bytes) {
    decoded.bytes = bytes;
    decoded.format = typeof input.text === 'string' ? 'text' : 'html';
    delete decoded.text;
    delete decoded.html;
  }
  return decoded;
}
