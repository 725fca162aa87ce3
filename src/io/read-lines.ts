/** One line of a byte stream, without its line break. */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's bytes, or null when it was longer than the limit and was skipped unread. */
  bytes: Buffer | null;
  /** The first bytes of a skipped line (up to the limit), enough to find its id. */
  head: Buffer;
  /** How many bytes the line had, without its line break (also for a skipped line). */
  length: number;
  /** False for a last line that ends without `\n` (a torn write, or a file without a final newline). */
  terminated: boolean;
}

/**
 * Splits a byte stream into lines (`\n`, with a `\r` before it dropped). Memory stays bounded
 * by `maxLineBytes`: a longer line is skipped as it streams by and reported with `bytes: null`,
 * so one giant or binary record cannot exhaust memory.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let head: Buffer = Buffer.alloc(0);
  let length = 0;
  let number = 1;
  let skipping = false;
  const finish = (terminated: boolean): Line => {
    let bytes: Buffer | null = null;
    if (!skipping) {
      bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
      if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    }
    const line = { number: number++, bytes, head: bytes ?? head, length, terminated };
    parts = [];
    length = 0;
    skipping = false;
    return line;
  };
  const take = (piece: Buffer): void => {
    length += piece.length;
    if (skipping) return;
    if (length > maxLineBytes) {
      skipping = true;
      head = Buffer.from(Buffer.concat([...parts, piece]).subarray(0, maxLineBytes));
      parts = [];
    } else if (piece.length) {
      parts.push(piece);
    }
  };
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buffer.indexOf(0x0a, from); nl !== -1; nl = buffer.indexOf(0x0a, from)) {
      take(buffer.subarray(from, nl));
      yield finish(true);
      from = nl + 1;
    }
    // Copy the tail: a view would keep the whole chunk alive.
    if (from < buffer.length) take(Buffer.from(buffer.subarray(from)));
  }
  if (length > 0) yield finish(false);
}
