import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { OutputWriter } from './output-writer.js';

/**
 * JSON Lines to a stream. Each document is written as one `write()` of its whole line, so
 * that a run killed mid-write leaves at most one torn last line (which `--resume` detects).
 * Waits for the stream to drain, so a slow reader bounds memory instead of the buffer growing.
 */
export function jsonLinesWriter(stream: NodeJS.WritableStream, options: { end: boolean }): OutputWriter {
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure = error));
  return {
    async write(_id, line) {
      if (failure) throw failure;
      if (!stream.write(line)) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      if (!options.end) return;
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}

/** JSON Lines to a file, replacing it or (for `--resume`) appending to it. */
export function jsonLinesFileWriter(file: string, append: boolean): OutputWriter {
  return jsonLinesWriter(createWriteStream(file, { flags: append ? 'a' : 'w' }), { end: true });
}
