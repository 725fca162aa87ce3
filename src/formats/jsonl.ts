import { existsSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { encodeJsonLine } from '../io/json-line.js';
import { openFile } from '../io/open-file.js';
import { JsonRecordScanner } from '../io/record-scanner.js';
import { keptRanges, replaceFile } from '../io/replace-file.js';
import { type DoneIds, defineFormat, NOTHING_DONE, type OutputTarget } from './output-format.js';
import { DoneRecords } from './done-records.js';
import { openStream } from './stream-output.js';

/**
 * Reads the JSON Lines output of an earlier run and keeps only what is sound. Every line is
 * checked whole, in constant memory whatever its length: a line that is not one complete
 * document or error record (torn by a kill, corrupted, NUL bytes, not UTF-8, blank) or that
 * repeats an id already there is removed, so that its document is done again. Lines are removed
 * by cutting the file when they are at its end (a torn last line), else by writing the good lines
 * to a new file that replaces it. Memory holds the ids, never the documents.
 */
export async function resumeJsonLines(file: string): Promise<DoneIds> {
  if (!existsSync(file)) return NOTHING_DONE;
  const done = new DoneRecords();
  /** Byte ranges [start, end) of the lines to remove, line breaks included; neighbours merged. */
  const drop: number[] = [];
  let invalid = 0;
  let tornBytes = 0;
  let offset = 0;
  let lineStart = 0;
  let scanner = new JsonRecordScanner();
  const endLine = (end: number): void => {
    if (!done.add(scanner.finish())) {
      invalid++;
      if (drop.length && drop[drop.length - 1] === lineStart) drop[drop.length - 1] = end;
      else drop.push(lineStart, end);
    }
    lineStart = end;
    scanner = new JsonRecordScanner();
  };
  for await (const chunk of openFile(file, false)) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, from)) {
      scanner.push(chunk.subarray(from, nl));
      endLine(offset + nl + 1);
      from = nl + 1;
    }
    if (from < chunk.length) scanner.push(chunk.subarray(from));
    offset += chunk.length;
  }
  if (lineStart < offset) {
    // A last line without its line break was torn by the kill, whatever it holds.
    tornBytes = offset - lineStart;
    if (drop.length && drop[drop.length - 1] === lineStart) drop[drop.length - 1] = offset;
    else drop.push(lineStart, offset);
  }
  const repairs: string[] = [];
  if (drop.length === 2 && drop[1] === offset) await truncate(file, drop[0]);
  else if (drop.length) await replaceFile(file, keptRanges(drop, offset));
  if (invalid) {
    repairs.push(
      `removed ${invalid} invalid line(s) from ${file} (not a complete document or error record, or an id already there); their documents are done again`,
    );
  }
  if (tornBytes) repairs.push(`cut a torn last line (${tornBytes} bytes) from ${file}; it is done again`);
  return done.result(repairs);
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
