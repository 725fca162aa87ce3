import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import PQueue from 'p-queue';
import type { OutputWriter } from './output-writer.js';
import { fileNameForId } from './safe-file-name.js';

/** The path of a document's file in an output folder; throws if it would fall outside it. */
export function documentFilePath(dir: string, id: string): string {
  const root = path.resolve(dir);
  const file = path.resolve(root, fileNameForId(id));
  if (path.dirname(file) !== root) throw new Error(`refusing to write outside ${root}: ${file}`);
  return file;
}

/**
 * Files written at once. Each file costs an open, a write, a close and a rename, which wait on
 * the disk rather than the CPU; overlapping them keeps the disk (and libuv's thread pool) busy.
 * 16 sits past the knee on this machine (`npm run bench`: folder output).
 */
export const FOLDER_WRITES_IN_FLIGHT = 16;

/** Writes `line` to `file` under a temporary name and renames it, so that a file that exists is complete. */
async function writeComplete(file: string, line: Uint8Array): Promise<void> {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
  try {
    await writeFile(partial, line);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * One `ID.json` file per document in a folder, up to `inFlight` written at once. Files may
 * complete out of order, which `--resume` does not mind: it keeps the files that exist, and a
 * file exists only once complete. A failed write is reported by the next `write` or by `close`.
 */
export async function folderWriter(dir: string, inFlight = FOLDER_WRITES_IN_FLIGHT): Promise<OutputWriter> {
  await mkdir(dir, { recursive: true });
  const queue = new PQueue({ concurrency: inFlight });
  let failed: unknown = null;
  const rethrow = (): void => {
    if (failed) throw failed;
  };
  return {
    async write(id, line) {
      const file = documentFilePath(dir, id);
      // Waiting here holds back the caller, so results never pile up in memory: at most
      // `inFlight` files are being written and one waits.
      await queue.onSizeLessThan(1);
      rethrow();
      queue.add(() => writeComplete(file, line)).catch((error: unknown) => (failed ??= error));
    },
    async close() {
      await queue.onIdle();
      rethrow();
    },
  };
}
