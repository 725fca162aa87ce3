import { existsSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { openFile } from '../io/open-file.js';
import { readLines } from '../io/read-lines.js';
import { type DoneIds, NOTHING_DONE } from './output-format.js';

/** A line longer than this is not one of ours (a document's export line is at most a few times its text). */
const MAX_LINE_BYTES = 1 << 30;

/**
 * Reads back a JSON Lines export of an earlier run whose every result is `linesPerResult` lines
 * written at once: the ids of the complete results are done; a torn or incomplete last result
 * is cut off the file, so that it is done again. Error records are not written by exports, so
 * none of the done ids failed (a failed document is tried again).
 */
export async function resumeJsonLineExport(file: string, linesPerResult: number, idOf: (first: unknown) => string | null): Promise<DoneIds> {
  if (!existsSync(file)) return NOTHING_DONE;
  const done = new Set<string>();
  let complete = 0;
  let pending: { bytes: number; id: string | null; lines: number } = { bytes: 0, id: null, lines: 0 };
  let total = 0;
  for await (const line of readLines(openFile(file, false), MAX_LINE_BYTES)) {
    if (!line.terminated) {
      total += line.length;
      break;
    }
    total += line.length + 1;
    if (pending.lines === 0) pending.id = line.bytes ? idOfLine(line.bytes, idOf) : null;
    pending = { bytes: pending.bytes + line.length + 1, id: pending.id, lines: pending.lines + 1 };
    if (pending.lines < linesPerResult) continue;
    complete += pending.bytes;
    if (pending.id !== null) done.add(pending.id);
    pending = { bytes: 0, id: null, lines: 0 };
  }
  const repairs: string[] = [];
  if (total > complete) {
    await truncate(file, complete);
    repairs.push(`cut an incomplete last document (${total - complete} bytes) from ${file}; it is done again`);
  }
  return { has: (id) => done.has(id), count: done.size, failed: 0, repairs };
}

function idOfLine(bytes: Buffer, idOf: (first: unknown) => string | null): string | null {
  try {
    return idOf(JSON.parse(bytes.toString('utf8')));
  } catch {
    return null;
  }
}
