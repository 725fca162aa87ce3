import type { LoadedDefinition } from '../core/definition.js';
import type { InputLimits } from '../core/input-checks.js';
import type { InputItem } from '../core/input-item.js';
import type { Outcome } from '../core/process-input.js';
import { processItems } from '../core/process-many.js';
import type { DoneIds, FormatWriter, OutputFormat } from '../formats/output-format.js';
import type { InputSource } from '../io/input-sources.js';
import type { ByteCounter } from '../io/open-file.js';
import { readSource } from '../io/read-records.js';
import { chooseExecutor, itemSize } from './choose-executor.js';
import { UniqueIds } from './unique-ids.js';
import type { WorkersOption } from './workers-option.js';

/** Input characters (or file bytes) in flight at most: with the output they become, this bounds memory. */
const MAX_CHARS_IN_FLIGHT = 8_000_000;

export interface BatchRun {
  sources: readonly InputSource[];
  stdin: AsyncIterable<Buffer | string>;
  /** The checked definition; each worker (or this thread) builds its pipeline from it. */
  definition: LoadedDefinition;
  workers: WorkersOption;
  limits: InputLimits;
  format: OutputFormat;
  writer: FormatWriter;
  /** Ids an earlier run finished (`--resume`): they are skipped. */
  done: DoneIds;
  counter: ByteCounter;
  /** Called once per result written (not for skipped ones), for progress and statistics. */
  onOutcome(outcome: Outcome<unknown>): void;
  /** Called once per input an earlier run finished. */
  onSkipped(id: string): void;
}

/**
 * Reads every source, processes every document and writes one result per input record, in
 * input order: the document or its error record, encoded by the output format (in the worker
 * that made it). Returns the duplicate-id renamings.
 */
export async function runBatch(run: BatchRun): Promise<UniqueIds> {
  const ids = new UniqueIds();
  const items = remaining(identified(records(run), ids), run);
  const { executor, items: toProcess } = await chooseExecutor(items, run.workers, { definition: run.definition, limits: run.limits, format: run.format.name });
  try {
    const options = { maxWeight: MAX_CHARS_IN_FLIGHT, weight: itemSize, encodeError: run.format.encode };
    for await (const outcome of processItems(executor, toProcess, options)) {
      await run.writer.write(outcome.id, outcome.value as Uint8Array);
      run.onOutcome(outcome);
    }
  } finally {
    await executor.close();
  }
  return ids;
}

async function* records(run: BatchRun): AsyncGenerator<InputItem> {
  for (const source of run.sources) yield* readSource(source, { maxChars: run.limits.maxChars, stdin: run.stdin, counter: run.counter });
}

async function* identified(items: AsyncIterable<InputItem>, ids: UniqueIds): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if (item.kind === 'document') item.input.id = ids.take(item.input.id);
    else item.record.id = ids.take(item.record.id);
    yield item;
  }
}

async function* remaining(items: AsyncIterable<InputItem>, run: BatchRun): AsyncGenerator<InputItem> {
  for await (const item of items) {
    const id = item.kind === 'document' ? item.input.id : item.record.id;
    if (run.done.has(id)) {
      run.onSkipped(id);
      continue;
    }
    yield item;
  }
}
