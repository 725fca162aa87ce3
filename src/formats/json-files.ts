import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { folderWriter, PARTIAL_FILE } from '../io/folder-writer.js';
import { encodeJsonLine } from '../io/json-line.js';
import { fileNameForId } from '../io/safe-file-name.js';
import { type DoneIds, defineFormat, type OutputTarget } from './output-format.js';

const EXTENSION = '.json';

/**
 * The output folder's finished files: a document file exists only once complete (it is renamed
 * into place). Partial files a killed run left behind are removed; their documents are redone.
 */
export async function resumeFolder(dir: string): Promise<DoneIds> {
  const entries = existsSync(dir) ? await readdir(dir) : [];
  const partial = entries.filter((n) => PARTIAL_FILE.test(n));
  await Promise.all(partial.map((n) => rm(path.join(dir, n), { force: true })));
  const names = new Set(entries.filter((n) => n.endsWith(EXTENSION)));
  const repairs = partial.length ? [`removed ${partial.length} partial file(s) from ${dir}; their documents are done again`] : [];
  // Which of the finished files hold error records is not read back: that would read every file.
  return { has: (id) => names.has(fileNameForId(id, EXTENSION)), count: names.size, failed: 0, repairs };
}

function folderOf(target: OutputTarget): string {
  if (target.kind !== 'folder') throw new Error('the json format writes one file per document into a folder (-o DIR/)');
  return target.path;
}

/** One `ID.json` file per document in a folder. */
export const jsonFilesFormat = defineFormat({
  name: 'json',
  description: 'one DIR/ID.json file per document (-o DIR/)',
  extension: EXTENSION,
  target: 'folder',
  encode: encodeJsonLine,
  async open(target) {
    const files = await folderWriter(folderOf(target));
    return {
      write: (id, encoded) => files.write(fileNameForId(id, EXTENSION), encoded),
      close: () => files.close(),
    };
  },
  resume: (target) => resumeFolder(folderOf(target)),
});
