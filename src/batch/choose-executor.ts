import type { Result } from '../document/types.js';
import type { Executor } from '../core/executor.js';
import { inProcessExecutor } from '../core/in-process-executor.js';
import type { InputItem } from '../core/input-item.js';
import { buildPipeline } from '../core/pipeline.js';
import { planPipeline } from '../core/plan.js';
import { findFormat } from '../formats/index.js';
import { builtinRegistry } from '../stages/index.js';
import { inputSize, startWorkers, type WorkerSetup } from './worker-executor.js';
import { defaultWorkers, type WorkersOption } from './workers-option.js';

/** The pipeline in this thread (workers: 0) or in a pool of worker threads. */
export async function startExecutor(setup: WorkerSetup, workers: number): Promise<Executor<Result | Uint8Array>> {
  if (workers > 0) return startWorkers(setup, workers);
  const encode = setup.format === null ? undefined : findFormat(setup.format)?.encode;
  return inProcessExecutor(buildPipeline(planPipeline(setup.definition, builtinRegistry)), setup.limits, encode);
}

/**
 * Below this much input, `workers: 'auto'` processes in this thread: each worker imports the
 * code and builds the pipeline (about 1 s here, in parallel) and two workers run about 1.8 times
 * as fast as one thread, so a job shorter than a few seconds (the default pipeline does about
 * 100k characters a second on one core) would finish later with workers.
 */
export const AUTO_IN_PROCESS_CHARS = 1_000_000;

/**
 * Where documents are processed: a number is obeyed (0: this thread). `auto` reads ahead up to
 * AUTO_IN_PROCESS_CHARS of input: when the input ends within that, it is processed here;
 * otherwise a pool of one worker per core starts. Returns the items to process, read-ahead included.
 */
export async function chooseExecutor(
  items: AsyncIterable<InputItem>,
  workers: WorkersOption,
  setup: WorkerSetup,
): Promise<{ executor: Executor<Result | Uint8Array>; items: AsyncIterable<InputItem> }> {
  if (workers !== 'auto') return { executor: await startExecutor(setup, workers), items };
  const iterator = items[Symbol.asyncIterator]();
  const ahead: InputItem[] = [];
  let chars = 0;
  let ended = false;
  while (chars < AUTO_IN_PROCESS_CHARS) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    ahead.push(next.value);
    chars += itemSize(next.value);
  }
  return { executor: await startExecutor(setup, ended ? 0 : defaultWorkers()), items: replay(ahead, iterator) };
}

/** Characters of an input's text or HTML, or bytes of its file. */
export function itemSize(item: InputItem): number {
  return item.kind === 'document' ? inputSize(item.input) : 0;
}

async function* replay<T>(ahead: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* ahead.splice(0);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
