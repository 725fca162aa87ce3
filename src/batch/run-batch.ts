import type { InputItem } from '../io/input-item.js';
import type { InputSource } from '../io/input-sources.js';
import type { OutputWriter } from '../io/output-writer.js';
import { readSource } from '../io/read-records.js';
import type { ByteCounter } from '../io/open-file.js';
import type { BatchStats } from './batch-stats.js';
import { chooseExecutor, itemSize } from './choose-executor.js';
import type { WorkersOption } from './workers-option.js';
import type { InputLimits } from './input-checks.js';
import { mapOrdered } from '../core/ordered-map.js';
import { failure, inForm, type Outcome, type Result } from './process-input.js';
import type { ProgressBar } from './progress-bar.js';
import { UniqueIds } from './unique-ids.js';
import type { WorkerSetup } from './worker-executor.js';

/** Input characters (or file bytes) in flight at most: with the output they become, this bounds memory. */
const MAX_CHARS_IN_FLIGHT = 8_000_000;

export interface BatchRun {
  sources: readonly InputSource[];
  stdin: AsyncIterable<Buffer | string>;
  /** A built-in pipeline name, a definition file or a definition. */
  pipeline: WorkerSetup['pipeline'];
  workers: WorkersOption;
  limits: InputLimits;
  writer: OutputWriter;
  stats: BatchStats;
  counter: ByteCounter;
  progress?: ProgressBar;
  /** Ids an earlier run finished (`--resume`): they are skipped. */
  isDone?: (id: string) => boolean;
}

/**
 * Reads every source, processes every document and writes one result per input record, in
 * input order: the document or its error record. Returns the duplicate-id renamings.
 */
export async function runBatch(run: BatchRun): Promise<UniqueIds> {
  const ids = new UniqueIds();
  const items = remaining(identified(records(run), ids), run);
  const setup: WorkerSetup = { pipeline: run.pipeline, limits: run.limits, form: 'line' };
  const { executor, items: toProcess } = await chooseExecutor(items, run.workers, setup);
  try {
    const handle = (item: InputItem): Promise<Outcome<Result | Uint8Array>> =>
      item.kind === 'document' ? executor.run(item.input) : Promise.resolve(inForm(failure(item.record), 'line'));
    const limits = { concurrency: executor.concurrency, maxWeight: MAX_CHARS_IN_FLIGHT, weight: itemSize };
    for await (const outcome of mapOrdered(toProcess, handle, limits)) {
      await run.writer.write(outcome.id, outcome.value as Uint8Array);
      if (outcome.ok) {
        run.stats.ok++;
        run.stats.chars += outcome.chars;
      } else {
        run.stats.recordError(outcome.error ?? 'error');
      }
      run.progress?.update();
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
    if (run.isDone?.(id)) {
      run.stats.skipped++;
      continue;
    }
    yield item;
  }
}
