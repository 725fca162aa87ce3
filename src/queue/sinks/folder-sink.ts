import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFormat, OutputTarget } from '../../formats/output-format.js';
import { PARTIAL_FILE } from '../../io/folder-writer.js';
import type { ChunkSink, ChunkWrite } from './chunk-sink.js';

/**
 * One file per chunk in a folder, `DIR/<chunk-id><ext>` (a folder format such as `json` gives
 * `DIR/<chunk-id>/` with its files). Each is written under a temporary name, flushed to disk,
 * and renamed into place, so a chunk's file is complete or absent, and writing it again
 * replaces it whole. Every worker must see the same folder (one machine, or a shared file
 * system): a redone chunk replaces its file only where the first one was written.
 */
export async function folderSink(dir: string, format: OutputFormat): Promise<ChunkSink> {
  await mkdir(dir, { recursive: true });
  const isFolderFormat = format.target === 'folder';
  return {
    format,
    description: dir,
    async begin(chunk) {
      const name = isFolderFormat ? chunk.id : `${chunk.id}${format.extension}`;
      const final = path.join(dir, name);
      const partial = path.join(dir, `.${name}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
      const target: OutputTarget = isFolderFormat ? { kind: 'folder', path: partial } : { kind: 'file', path: partial };
      const writer = await format.open(target, { append: false, warn: chunk.warn });
      let closed = false;
      const close = async (): Promise<void> => {
        if (closed) return;
        closed = true;
        await writer.close();
      };
      const write: ChunkWrite = {
        write: (result) => writer.write(result.id, result.value),
        async commit() {
          await close();
          if (isFolderFormat) {
            // A folder cannot replace another in one rename: the old one goes first. A crash in
            // between leaves the chunk absent, and it is redone, since it was never reported done.
            await rm(final, { recursive: true, force: true });
          } else {
            await flushToDisk(partial);
          }
          await rename(partial, final);
          await flushToDisk(dir);
        },
        async abort() {
          await close().catch(() => undefined);
          await rm(partial, { recursive: true, force: true });
        },
      };
      return write;
    },
    async sweep(olderThanMs) {
      if (!existsSync(dir)) return;
      const now = Date.now();
      for (const name of await readdir(dir)) {
        if (!PARTIAL_FILE.test(name)) continue;
        const file = path.join(dir, name);
        const info = await stat(file).catch(() => null);
        // A partial file written to within the lock time may belong to a live worker.
        if (info && now - info.mtimeMs > olderThanMs) await rm(file, { recursive: true, force: true });
      }
    },
    async close() {},
  };
}

/** fsync: the data (or, for a folder, the rename) survives a power cut once this resolves. */
async function flushToDisk(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems cannot sync a folder; the rename is then as durable as they make it.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL' && (error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
  } finally {
    await handle.close();
  }
}
