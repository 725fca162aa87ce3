import { closeSync, openSync, readSync } from 'node:fs';

/** Thrown when a file is larger than its reader allows. */
export class FileTooLargeError extends Error {
  constructor(file: string, maxBytes: number, what: string) {
    super(`${file} has more than ${formatBytes(maxBytes)}; ${what} may not be larger`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * A whole file's bytes, refused with FileTooLargeError once more than `maxBytes` are read. Its
 * size is not trusted: `/dev/zero` says 0 and never ends, and a huge file would otherwise be
 * read whole before anything else happens. `what` names the file's role for the message.
 */
export function readFileLimited(file: string, maxBytes: number, what: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return Buffer.concat(chunks, total);
      total += n;
      if (total > maxBytes) throw new FileTooLargeError(file, maxBytes, what);
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / (1024 * 1024)} MB` : `${n / 1024} KB`;
}
