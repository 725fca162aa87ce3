import { createHash } from 'node:crypto';

// File systems allow 255 bytes a name; Thai takes 3 bytes a character in UTF-8.
const MAX_NAME_BYTES = 150;

/** Characters a file name may keep from an id, on every file system. */
const UNSAFE_RUN = /[^\p{L}\p{M}\p{N}._-]+/gu;
const KEPT_AS_IS = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}._-]*$/u;
/** Names Windows gives to devices, with any extension. */
const DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;
/** Separates the readable part of a changed id from its hash: no name kept as it is contains it. */
const HASH_SEPARATOR = '~';

/**
 * The file name (`NAME.ext`) for a document id, safe to join to an output folder, and different
 * for every id, whatever the ids:
 * - An id is its own name (`doc-1.json`, `ข่าว_2567.json`) when it is made of letters, digits,
 *   `.`, `_` and `-` only, starts with a letter or digit, is in NFC, has no upper-case letter,
 *   is no Windows device name and is short enough. Two such names differ wherever the ids do,
 *   also on file systems that ignore case (macOS, Windows) or normalisation (macOS).
 * - Any other id gets a readable part (unsafe characters as `_`, capped) and `~` and 128 bits of
 *   the SHA-256 of its UTF-16 code units, so that ids differing in anything, lone surrogates
 *   included, differ in their hash: `a/b` → `a_b~3ec6....json`. No name kept as it is has a `~`,
 *   so an id can never take the name another id was given.
 * No name leaves the folder (no separator, no `..`) or is hidden (no leading dot).
 */
export function fileNameForId(id: string, extension: string): string {
  if (keepsItsName(id)) return `${id}${extension}`;
  const readable = truncateUtf8(
    id
      .normalize('NFC')
      .replace(UNSAFE_RUN, '_')
      .replace(/^[._-]+/, ''),
    MAX_NAME_BYTES,
  );
  const hash = createHash('sha256').update(Buffer.from(id, 'utf16le')).digest('hex').slice(0, 32);
  return `${readable || 'document'}${HASH_SEPARATOR}${hash}${extension}`;
}

function keepsItsName(id: string): boolean {
  return (
    KEPT_AS_IS.test(id) &&
    Buffer.byteLength(id) <= MAX_NAME_BYTES &&
    id.normalize('NFC') === id &&
    // Lower case that stays itself through upper case: `ß`, `ſ` or `ς` fold onto other letters.
    id.toLowerCase() === id &&
    id.toUpperCase().toLowerCase() === id &&
    !DEVICE_NAME.test(id)
  );
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
