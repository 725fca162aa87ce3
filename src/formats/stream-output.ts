import { type FileHandle, open } from 'node:fs/promises';
import type { ByteSink, FormatWriter, OutputTarget } from './output-format.js';

/**
 * The writer of a stream format: encoded results appended to standard output or a file, in
 * order. Each result is written whole before the next (one `write()` on standard output), so
 * that a run killed mid-write leaves at most one torn last piece, which `--resume` repairs.
 */
export async function openStream(target: OutputTarget, options: { append: boolean }): Promise<FormatWriter> {
  if (target.kind === 'folder') throw new Error('a stream format writes to standard output or a file, not a folder');
  if (target.kind === 'file') return fileWriter(await open(target.path, options.append ? 'a' : 'w'));
  return sinkWriter(target.stream);
}

/**
 * A file is written through its handle: each write's failure (a full disk) is the failure of
 * that `write()`, and `close()` resolves only once the bytes are on disk. (A write stream
 * reports such errors after `end()` has called back, so a run could end "ok" having lost them.)
 */
function fileWriter(handle: FileHandle): FormatWriter {
  return {
    async write(_id, encoded) {
      for (let at = 0; at < encoded.length; ) at += (await handle.write(encoded, at, encoded.length - at)).bytesWritten;
    },
    async close() {
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
  };
}

/**
 * Standard output: waits for the stream to drain, so a slow reader bounds memory instead of
 * the buffer growing; a stream that fails (a closed pipe) fails the next write, and wakes a
 * write waiting for 'drain'.
 */
function sinkWriter(stream: ByteSink): FormatWriter {
  let failure: Error | null = null;
  let wakeWaiting: ((error: Error) => void) | null = null;
  stream.on('error', (error: Error) => {
    failure = error;
    wakeWaiting?.(error);
  });
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
    },
  };
}
