import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Writes whole files into a folder. */
export interface FolderWriter {
  /** `name` is a bare file name (see safe-file-name.ts); the file appears complete or not at all. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** The path of a file in an output folder; throws if it would fall outside it. */
export function filePathIn(dir: string, name: string): string {
  const root = path.resolve(dir);
  const file = path.resolve(root, name);
  if (path.dirname(file) !== root) throw new Error(`refusing to write outside ${root}: ${file}`);
  return file;
}

/**
 * Files in the middle of being written are named `.NAME.PID-RANDOM-N.partial`: unique to this
 * process and unguessable, so that another run or a planted file never shares one. `--resume`
 * removes those a killed run left.
 */
export const PARTIAL_FILE = /^\..*\.partial$/u;

export interface FolderWriterLimits {
  /**
   * Files written at once. Each costs an open, a write, a close and a rename, which wait on the
   * disk rather than the CPU; overlapping them keeps the disk (and libuv's thread pool) busy.
   */
  files: number;
  /** Bytes of output waiting to be written at most: a few huge documents must not pile up in memory. */
  bytes: number;
}

/** 16 files sit past the knee on this machine (`npm run bench -- --folder 5000`). */
export const FOLDER_WRITE_LIMITS: FolderWriterLimits = { files: 16, bytes: 64 * 1024 * 1024 };

/**
 * Files in a folder (one per document, named by the format), several written at once. Each file
 * is written under a temporary name of its own and renamed, so a file that exists is complete
 * (which is what `--resume` relies on). The temporary file is created exclusively (`wx`: it
 * fails if anything, a symbolic link included, has that name), so a write never goes through a
 * link planted in the folder; renaming replaces a link at the final name rather than following
 * it. Files may complete out of order, which `--resume` does not mind. A failed write is
 * reported by a later `write`, or by `close`.
 */
export async function folderWriter(dir: string, limits: FolderWriterLimits = FOLDER_WRITE_LIMITS): Promise<FolderWriter> {
  await mkdir(dir, { recursive: true });
  // loaded here, not with the package: only output to a folder needs it
  const { default: PQueue } = await import('p-queue');
  const queue = new PQueue({ concurrency: limits.files });
  let bytesInFlight = 0;
  let written = 0;
  let failed: unknown = null;
  const rethrow = (): void => {
    if (failed) throw failed;
  };
  const prefix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const writeComplete = async (file: string, line: Uint8Array): Promise<void> => {
    const partial = path.join(path.dirname(file), `.${path.basename(file)}.${prefix}-${written++}.partial`);
    let created = false;
    try {
      const handle = await open(partial, 'wx');
      created = true;
      try {
        await handle.writeFile(line);
      } finally {
        await handle.close();
      }
      await rename(partial, file);
    } catch (error) {
      // Only what this writer created is removed: never a file someone else put there.
      if (created) await rm(partial, { force: true }).catch(() => undefined);
      throw error;
    } finally {
      bytesInFlight -= line.length;
    }
  };
  return {
    async write(name, line) {
      const file = filePathIn(dir, name);
      // The caller waits here, so that output never piles up: at most `files` files are being
      // written and one waits, and together they hold at most `bytes` (or one larger document).
      await queue.onSizeLessThan(1);
      while (bytesInFlight > 0 && bytesInFlight + line.length > limits.bytes) await new Promise((resolve) => queue.once('next', resolve));
      rethrow();
      bytesInFlight += line.length;
      queue.add(() => writeComplete(file, line)).catch((error: unknown) => (failed ??= error));
    },
    async close() {
      await queue.onIdle();
      rethrow();
    },
  };
}
