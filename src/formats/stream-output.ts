import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { ByteSink, FormatWriter, OutputTarget } from './output-format.js';

/**
 * The writer of a stream format: encoded results appended to standard output or a file, in
 * order. Each result is one `write()`, so that a run killed mid-write leaves at most one torn
 * last piece (which `--resume` repairs). Waits for the stream to drain, so a slow reader
 * bounds memory instead of the buffer growing.
 */
export async function openStream(target: OutputTarget, options: { append: boolean }): Promise<FormatWriter> {
  if (target.kind === 'folder') throw new Error('a stream format writes to standard output or a file, not a folder');
  const stream: ByteSink = target.kind === 'stdout' ? target.stream : createWriteStream(target.path, { flags: options.append ? 'a' : 'w' });
  const ownsStream = target.kind === 'file';
  let failure: Error | null = null;
  // A write waiting for 'drain' when the stream fails (a closed pipe) must not wait forever.
  let wakeWaiting: ((error: Error) => void) | null = null;
  stream.on('error', (error: Error) => {
    failure = error;
    wakeWaiting?.(error);
  });
  if (ownsStream) await once(stream as WriteStream, 'open');
  return {
    async write(_id, encoded) {
      if (failure) throw failure;
      if (stream.write(encoded)) return;
      await new Promise<void>((resolve, reject) => {
        wakeWaiting = reject;
        stream.once('drain', resolve);
      }).finally(() => {
        wakeWaiting = null;
      });
    },
    async close() {
      if (failure) throw failure;
      if (!ownsStream) return;
      const file = stream as WriteStream;
      await new Promise<void>((resolve, reject) => {
        file.once('error', reject);
        file.end(() => resolve());
      });
    },
  };
}
