import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/** Counts bytes as they are read from disk (before decompression), for progress and ETA. */
export interface ByteCounter {
  bytes: number;
}

/** The bytes of a file as a stream, decompressed when `gzip` is set. */
export function openFile(file: string, gzip: boolean, counter?: ByteCounter): AsyncIterable<Buffer> {
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  if (counter) raw.on('data', (chunk) => (counter.bytes += chunk.length));
  if (!gzip) return raw;
  const gunzip = createGunzip();
  raw.on('error', (error) => gunzip.destroy(error));
  gunzip.on('close', () => raw.destroy());
  return raw.pipe(gunzip);
}

/**
 * Reads a whole (small) file into memory, decompressing it if needed. Returns null, having read
 * no more than `maxBytes` + one chunk, when it is larger than `maxBytes`.
 */
export async function readWholeFile(file: string, gzip: boolean, maxBytes: number, counter?: ByteCounter): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let length = 0;
  const stream = openFile(file, gzip, counter);
  for await (const chunk of stream) {
    length += chunk.length;
    if (length > maxBytes) return null; // leaving the loop closes the stream
    parts.push(chunk);
  }
  return Buffer.concat(parts, length);
}
