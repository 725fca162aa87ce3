import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
 * One `ID.json` file per document in a folder. Each file is written under a temporary name
 * and renamed, so a file that exists is complete (which is what `--resume` relies on).
 */
export async function folderWriter(dir: string): Promise<OutputWriter> {
  await mkdir(dir, { recursive: true });
  return {
    async write(id, line) {
      const file = documentFilePath(dir, id);
      const partial = path.join(path.dirname(file), `.${path.basename(file)}.partial`);
      await writeFile(partial, line);
      await rename(partial, file);
    },
    async close() {},
  };
}
