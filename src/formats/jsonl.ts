import { existsSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { encodeJsonLine } from '../io/json-line.js';
import { leadingId } from '../io/leading-id.js';
import { openFile } from '../io/open-file.js';
import { readLines } from '../io/read-lines.js';
import { type DoneIds, defineFormat, NOTHING_DONE, type OutputTarget } from './output-format.js';
import { openStream } from './stream-output.js';

/** Enough of a line to read its id: output lines start `{"schema":...,"id":...` or `{"id":...`. */
const HEAD_BYTES = 64 * 1024;

/**
 * Reads the JSON Lines output of an earlier run. A last line without its line break was torn
 * by the kill: it is cut off the file, so that its document is done again. Memory holds the ids
 * only, never the documents.
 */
export async function resumeJsonLines(file: string): Promise<DoneIds> {
  if (!existsSync(file)) return NOTHING_DONE;
  const done = new Set<string>();
  let failed = 0;
  let complete = 0;
  let tornBytes = 0;
  for await (const line of readLines(openFile(file, false), HEAD_BYTES)) {
    if (!line.terminated) {
      tornBytes = line.length;
      break;
    }
    complete += line.length + 1;
    const head = line.head.toString('utf8');
    const found = leadingId(head);
    if (!found) continue; // not one of our lines
    done.add(found.id);
    if (head.startsWith(',"error":', found.end)) failed++;
  }
  const repairs: string[] = [];
  if (tornBytes) {
    await truncate(file, complete);
    repairs.push(`cut a torn last line (${tornBytes} bytes) from ${file}; it is done again`);
  }
  return { has: (id) => done.has(id), count: done.size, failed, repairs };
}

/** Today's output: one document (or error record) a line, as `JSON.stringify` writes it. */
export const jsonlFormat = defineFormat({
  name: 'jsonl',
  description: 'JSON Lines: one document or error record a line (the default)',
  extension: '.jsonl',
  target: 'stream',
  encode: encodeJsonLine,
  open: openStream,
  async resume(target: OutputTarget) {
    return target.kind === 'file' ? resumeJsonLines(target.path) : NOTHING_DONE;
  },
});
