import { availableParallelism } from 'node:os';
import type { InputItem } from '../io/input-item.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { Executor } from './executor.js';
import { inProcessExecutor } from './in-process-executor.js';
import type { Result } from './process-input.js';
import { startWorkers, type WorkerSetup } from './worker-executor.js';

/**
 * Below this much input, starting worker threads costs more than it saves, so `workers: 'auto'`
 * processes in this thread. Each worker imports the code and builds the pipeline (0.4-0.8 s
 * here, in parallel), about what 1-2 M characters take in one thread with the default
 * pipeline on 2 cores; `npm run bench -- --small N` compares the choices.
 */
export const AUTO_IN_PROCESS_CHARS = 2_000_000;

export type WorkersOption = number | 'auto';

export function defaultWorkers(): number {
  return availableParallelism();
}

/** The pipeline in this thread (workers: 0) or in a pool of worker threads. */
export async function startExecutor(setup: WorkerSetup, workers: number): Promise<Executor<Result | Uint8Array>> {
  return workers === 0 ? inProcessExecutor(createPipeline(setup.pipeline), setup.limits, setup.form) : startWorkers(setup, workers);
}

/**
 * Picks where documents are processed. A number is obeyed (0: this thread). `auto` reads ahead
 * up to AUTO_IN_PROCESS_CHARS of input: when the input ends within that, it is processed here;
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
    chars += next.value.kind === 'document' ? inputSize(next.value.input) : 0;
  }
  return { executor: await startExecutor(setup, ended ? 0 : defaultWorkers()), items: replay(ahead, iterator) };
}

/** The size of an input in characters of its text or HTML, or bytes of its file. */
export function inputSize(input: { text?: string; html?: string; bytes?: Uint8Array }): number {
  return input.text?.length ?? input.html?.length ?? input.bytes?.length ?? 0;
}

async function* replay<T>(ahead: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* ahead.splice(0);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}
