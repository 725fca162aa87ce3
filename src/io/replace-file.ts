import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces `file` by the byte ranges of it given (`[start, end, start, end, ...]`, in order),
 * streamed into a new file beside it (created exclusively, under a name unique to this process)
 * that is renamed over it when complete: a kill at any moment leaves the old file or the new one.
 */
export async function replaceFile(file: string, ranges: readonly number[]): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
  const out = await open(temporary, 'wx');
  try {
    for (let i = 0; i < ranges.length; i += 2) {
      if (ranges[i + 1] <= ranges[i]) continue;
      for await (const chunk of createReadStream(file, { start: ranges[i], end: ranges[i + 1] - 1, highWaterMark: 1 << 20 })) await out.write(chunk as Buffer);
    }
    await out.sync();
    await out.close();
    await rename(temporary, file);
  } catch (error) {
    await out.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The ranges [start, end) of a file of `size` bytes that remain once the `drop` ranges (sorted, disjoint) are taken out. */
export function keptRanges(drop: readonly number[], size: number): number[] {
  const kept: number[] = [];
  let at = 0;
  for (let i = 0; i < drop.length; i += 2) {
    if (drop[i] > at) kept.push(at, drop[i]);
    at = drop[i + 1];
  }
  if (at < size) kept.push(at, size);
  return kept;
}
