import { existsSync } from 'node:fs';
import { readdir, rm, truncate } from 'node:fs/promises';
import path from 'node:path';
import { PARTIAL_FILE } from '../io/folder-writer.js';
import { leadingId } from '../io/leading-id.js';
import { openFile } from '../io/open-file.js';
import { readLines } from '../io/read-lines.js';
import { fileNameForId } from '../io/safe-file-name.js';

/** What an earlier, interrupted run already wrote. */
export interface ResumeState {
  /** Ids with a complete output line (a document or an error record). */
  done: Set<string>;
  /** How many of those were error records. */
  failed: number;
  /** Bytes of a torn last line that were cut off. */
  tornBytes: number;
}

/** Enough of a line to read its id: output lines start `{"schema":...,"id":...` or `{"id":...`. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads the JSON Lines output of an earlier run. A last line without its line break was torn
 * by the kill: it is cut off the file, so that its document is done again. Memory holds the ids
 * only, never the documents.
 */
export async function resumeJsonLines(file: string): Promise<ResumeState> {
  const state: ResumeState = { done: new Set(), failed: 0, tornBytes: 0 };
  if (!existsSync(file)) return state;
  let complete = 0;
  for await (const line of readLines(openFile(file, false), HEAD_BYTES)) {
    if (!line.terminated) {
      state.tornBytes = line.length;
      break;
    }
    complete += line.length + 1;
    const head = line.head.toString('utf8');
    const found = leadingId(head);
    if (!found) continue; // not one of our lines
    state.done.add(found.id);
    if (head.startsWith(',"error":', found.end)) state.failed++;
  }
  if (state.tornBytes) await truncate(file, complete);
  return state;
}

/**
 * The output folder's finished files: a document file exists only once complete (it is renamed
 * into place). Partial files a killed run left behind are removed; their documents are redone.
 */
export async function resumeFolder(dir: string): Promise<(id: string) => boolean> {
  const entries = existsSync(dir) ? await readdir(dir) : [];
  await Promise.all(entries.filter((n) => PARTIAL_FILE.test(n)).map((n) => rm(path.join(dir, n), { force: true })));
  const names = new Set(entries.filter((n) => n.endsWith('.json')));
  return (id) => names.has(fileNameForId(id));
}
