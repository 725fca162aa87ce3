import { existsSync } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { openFile } from '../io/open-file.js';
import { readLines } from '../io/read-lines.js';
import { keptRanges, replaceFile } from '../io/replace-file.js';
import { type DoneIds, NOTHING_DONE } from './output-format.js';

/** A line longer than this is not one of ours (a document's export line is at most a few times its text). */
const MAX_LINE_BYTES = 1 << 30;

/**
 * Reads back a JSON Lines export of an earlier run whose every result is `linesPerResult` lines
 * written at once: the ids of the complete results are done. A result whose first line is not
 * ours (not JSON, no id: corrupted, NUL bytes) or whose id came before is removed, and a torn or
 * incomplete last result cut off, so that their documents are done again. Error records are not
 * written by exports, so none of the done ids failed (a failed document is tried again).
 */
export async function resumeJsonLineExport(file: string, linesPerResult: number, idOf: (first: unknown) => string | null): Promise<DoneIds> {
  if (!existsSync(file)) return NOTHING_DONE;
  const done = new Set<string>();
  /** Byte ranges [start, end) of the results to remove; neighbours merged. */
  const drop: number[] = [];
  const remove = (start: number, end: number): void => {
    if (drop.length && drop[drop.length - 1] === start) drop[drop.length - 1] = end;
    else drop.push(start, end);
  };
  let invalid = 0;
  let offset = 0;
  let pending: { start: number; id: string | null; lines: number } = { start: 0, id: null, lines: 0 };
  for await (const line of readLines(openFile(file, false), MAX_LINE_BYTES)) {
    if (!line.terminated) break;
    if (pending.lines === 0) pending = { start: offset, id: line.bytes ? idOfLine(line.bytes, idOf) : null, lines: 0 };
    offset += line.length + 1;
    pending.lines++;
    if (pending.lines < linesPerResult) continue;
    if (pending.id === null || done.has(pending.id)) {
      invalid++;
      remove(pending.start, offset);
    } else {
      done.add(pending.id);
    }
    pending = { start: offset, id: null, lines: 0 };
  }
  const size = (await stat(file)).size;
  const incomplete = size - pending.start;
  if (incomplete > 0) remove(pending.start, size);
  if (drop.length === 2 && drop[1] === size) await truncate(file, drop[0]);
  else if (drop.length) await replaceFile(file, keptRanges(drop, size));
  const repairs: string[] = [];
  if (invalid) repairs.push(`removed ${invalid} invalid result(s) from ${file} (not ours, or an id already there); their documents are done again`);
  if (incomplete > 0) repairs.push(`cut an incomplete last document (${incomplete} bytes) from ${file}; it is done again`);
  return { has: (id) => done.has(id), count: done.size, failed: 0, repairs };
}

function idOfLine(bytes: Buffer, idOf: (first: unknown) => string | null): string | null {
  try {
    return idOf(JSON.parse(bytes.toString('utf8')));
  } catch {
    return null;
  }
}
