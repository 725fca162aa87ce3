const encoder = new TextEncoder();

/** Array items serialised at once: a long document's line is built from pieces of this many tokens. */
const ITEMS_PER_PIECE = 4096;

/**
 * `JSON.stringify(value) + '\n'` as UTF-8, byte for byte, without ever holding the whole line as
 * a string. A 2M-character document makes a 44M-character line; as one string it takes 88 MB
 * (Thai makes it a two-byte string), and appending the newline copies it once more. Here long
 * arrays are serialised a slice at a time and each piece is encoded at once, so the string
 * pieces stay small and the peak is the bytes themselves, twice while they are joined.
 */
export function encodeJsonLine(value: object): Uint8Array {
  if (Array.isArray(value) || 'toJSON' in value) return encoder.encode(JSON.stringify(value) + '\n');
  const pieces: Uint8Array[] = [];
  const add = (json: string): void => {
    pieces.push(encoder.encode(json));
  };
  add('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    const json = Array.isArray(item) && item.length > ITEMS_PER_PIECE ? null : JSON.stringify(item);
    // JSON.stringify leaves out what has no JSON form (undefined, functions, symbols).
    if (json === undefined) continue;
    add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (json !== null) {
      add(json);
      continue;
    }
    const items = item as unknown[];
    for (let i = 0; i < items.length; i += ITEMS_PER_PIECE) {
      const slice = JSON.stringify(items.slice(i, i + ITEMS_PER_PIECE));
      add((i === 0 ? '[' : ',') + slice.slice(1, -1));
    }
    add(']');
  }
  add('}\n');
  return join(pieces);
}

function join(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const line = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    line.set(piece, at);
    at += piece.length;
  }
  return line;
}
