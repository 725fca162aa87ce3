import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { folderWriter, PARTIAL_FILE } from '../io/folder-writer.js';
import { encodeJsonLine } from '../io/json-line.js';
import { openFile } from '../io/open-file.js';
import { JsonRecordScanner, type ScannedRecord } from '../io/record-scanner.js';
import { fileNameForId } from '../io/safe-file-name.js';
import { DoneRecords } from './done-records.js';
import { type DoneIds, defineFormat, type OutputTarget } from './output-format.js';

const EXTENSION = '.json';

/** Files read back at once by `--resume`. */
const FILES_AT_ONCE = 16;

/**
 * The output folder's finished results. A document file appears only once complete (it is
 * renamed into place), but it is read back whole anyway, as a JSON Lines output is: a file
 * that is not a complete document or error record, or whose id is not the one its name is
 * made from, does not count, and its document is done again (the new file replaces it).
 * Reading every file also tells which results are error records, for the summary and the exit
 * status. Partial files a killed run left behind are removed.
 */
export async function resumeFolder(dir: string): Promise<DoneIds> {
  const entries = existsSync(dir) ? await readdir(dir) : [];
  const partial = entries.filter((n) => PARTIAL_FILE.test(n));
  await Promise.all(partial.map((n) => rm(path.join(dir, n), { force: true })));
  const names = entries.filter((n) => n.endsWith(EXTENSION) && !PARTIAL_FILE.test(n));
  const done = new DoneRecords();
  let invalid = 0;
  for (let i = 0; i < names.length; i += FILES_AT_ONCE) {
    const batch = names.slice(i, i + FILES_AT_ONCE);
    const records = await Promise.all(batch.map((name) => scanFile(path.join(dir, name))));
    records.forEach((record, k) => {
      if (!done.add(record, (id) => fileNameForId(id, EXTENSION) === batch[k])) invalid++;
    });
  }
  const repairs: string[] = [];
  if (partial.length) repairs.push(`removed ${partial.length} partial file(s) from ${dir}; their documents are done again`);
  if (invalid)
    repairs.push(`${invalid} file(s) in ${dir} are not a complete document or error record of the id their name is made from; their documents are done again`);
  return done.result(repairs);
}

/** The record a file holds, or null when it is not one complete JSON object (or cannot be read). */
async function scanFile(file: string): Promise<ScannedRecord | null> {
  const scanner = new JsonRecordScanner();
  try {
    for await (const chunk of openFile(file, false)) if (!scanner.push(chunk)) return null;
  } catch {
    return null;
  }
  return scanner.finish();
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
