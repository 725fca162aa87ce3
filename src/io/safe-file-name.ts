import { createHash } from 'node:crypto';

// File systems allow 255 bytes a name; Thai takes 3 bytes a character in UTF-8.
const MAX_NAME_BYTES = 150;

/**
 * The file name (`NAME.ext`) for a document id, safe to join to an output folder: path
 * separators, `..`, control and other unsafe characters are replaced, a leading dot removed and
 * length capped, so no id can name a file outside the folder or a hidden file. When the id had
 * to change, a hash of the id is appended, so that different ids keep different names.
 */
export function fileNameForId(id: string, extension: string): string {
  let base = id
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '_')
    .replace(/^[._-]+/, '');
  base = truncateUtf8(base, MAX_NAME_BYTES);
  if (base !== '' && base === id) return `${base}${extension}`;
  const hash = createHash('sha1').update(id).digest('hex').slice(0, 10);
  return `${base || 'document'}-${hash}${extension}`;
}

function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes) break;
    out += char;
  }
  return out;
}
