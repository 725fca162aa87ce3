import { getHeapStatistics } from 'node:v8';
import type { Piscina } from 'piscina';
import type { Result } from '../document/types.js';
import type { LoadedDefinition } from '../core/definition.js';
import type { Executor } from '../core/executor.js';
import type { IdentifiedInput } from '../core/input-item.js';
import type { InputLimits } from '../core/input-checks.js';
import { encodeOutcome, failure, type Outcome } from '../core/process-input.js';
import { findFormat } from '../formats/index.js';
import { findWorkerFile } from './worker-file.js';

/** What each worker needs to build its own copy of the pipeline. */
export interface WorkerSetup {
  /** The definition as the main thread read and checked it, so every worker builds the same pipeline. */
  definition: LoadedDefinition;
  limits: InputLimits;
  /** The output format whose encoding workers make, or null for document objects. */
  format: string | null;
}

/**
 * Each worker's V8 old-generation limit. A worker of the default pipeline holds about 45 MB
 * live (models, gazetteers, code) and a 200k-character document fits in 128 MB; without a limit
 * V8 sizes a worker's heap for this machine's RAM and lets garbage pile up between collections
 * (2 workers grew a run past 400 MB). A smaller limit makes V8 collect sooner, at no measurable
 * CPU cost. Larger documents go to workers without this limit (LARGE_INPUT_CHARS).
 */
export const WORKER_MAX_OLD_GENERATION_MB = 256;

/**
 * Inputs of more characters (or bytes) than this are processed by the large workers, whose
 * heap is as large as this thread's: a document that this thread would process, a worker
 * processes too, whatever else is in the batch. The default pipeline's heap peaks at about 280
 * bytes a character (a 2M-character article on one line: 556 MB, in `entities`), so 200k
 * characters stay well under the small workers' 256 MB.
 */
export const LARGE_INPUT_CHARS = 200_000;

/** The heap of a large worker: the limit V8 gave this thread (about a quarter of the RAM, at most 4 GB). */
export function largeWorkerHeapMb(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
}

/** A pipeline that workers could not build (a stage failed to load); nothing was processed. */
export class WorkerPipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerPipelineError';
  }
}

/** The fields of an input the built-in stages read: a worker is sent these only. */
const WORKER_FIELDS = ['id', 'text', 'html', 'bytes', 'format', 'published', 'url', 'title'] as const;

/**
 * What a worker is sent of an input: the fields the stages read. Other fields of a record stay
 * behind; copying them to the worker could fail (a field nested 20,000 deep overflows the
 * structured clone's stack) for a document that processes fine in this thread.
 */
export function workerInput(input: IdentifiedInput): IdentifiedInput {
  const sent: IdentifiedInput = { id: input.id };
  for (const field of WORKER_FIELDS) if (input[field] !== undefined) (sent as Record<string, unknown>)[field] = input[field];
  return sent;
}

/** Characters of an input's text or HTML, or bytes of its file. */
export function inputSize(input: IdentifiedInput): number {
  return input.text?.length ?? input.html?.length ?? input.bytes?.length ?? 0;
}

/**
 * Starts `workers` worker threads (piscina), each building the pipeline once, and resolves
 * when one has built it (rejecting with WorkerPipelineError when a stage cannot load). The main
 * thread never builds the pipeline, so it loads nothing it does not use. Inputs over
 * LARGE_INPUT_CHARS, and any input whose worker ran out of heap, go to a second pool of up to
 * `workers` large workers, started when first needed.
 */
export async function startWorkers(setup: WorkerSetup, workers: number): Promise<Executor<Result | Uint8Array>> {
  const filename = findWorkerFile();
  if (!filename) throw new Error('worker threads need the built package (npm run build); use workers: 0 to process in this thread');
  // loaded here, not with the package: a program that only annotates in its own thread never needs it
  const { Piscina: Pool } = await import('piscina');
  const startPool = (minThreads: number, heapMb: number): Piscina => {
    const pool = new Pool({
      filename,
      workerData: setup,
      minThreads,
      maxThreads: workers,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    // Piscina reports here a worker that fails with no task (the pool replaces it), and the
    // answer of a worker to a task that `destroy()` already cancelled, as when the output pipe
    // closes (`| head -1`). Neither loses a document: every task's own failure is its promise's.
    pool.on('error', () => {});
    return pool;
  };
  const pool = startPool(workers, WORKER_MAX_OLD_GENERATION_MB);
  const problem = (await pool.run(null)) as string | null;
  if (problem) {
    await pool.destroy();
    throw new WorkerPipelineError(problem);
  }
  let large: Piscina | null = null;
  const largePool = (): Piscina => (large ??= startPool(0, largeWorkerHeapMb()));
  const encode = setup.format === null ? undefined : findFormat(setup.format)?.encode;
  const failed = (input: IdentifiedInput, error: unknown): Outcome<Result | Uint8Array> => {
    const record = { id: input.id, error: { code: 'worker-failed' as const, message: (error as Error)?.message ?? String(error) } };
    return encodeOutcome(failure(record), encode);
  };
  return {
    // A few inputs queued per worker, so none waits for the main thread.
    concurrency: workers * 8,
    async run(input: IdentifiedInput): Promise<Outcome<Result | Uint8Array>> {
      const sent = workerInput(input);
      if (inputSize(input) > LARGE_INPUT_CHARS)
        return largePool()
          .run(sent)
          .catch((error: unknown) => failed(input, error));
      try {
        return await pool.run(sent);
      } catch (error) {
        // The small heap was not enough for this one: a large worker does it again.
        if ((error as NodeJS.ErrnoException)?.code !== 'ERR_WORKER_OUT_OF_MEMORY') return failed(input, error);
        return largePool()
          .run(sent)
          .catch((again: unknown) => failed(input, again));
      }
    },
    close: () => Promise.all([pool.destroy(), large?.destroy()]).then(() => undefined),
  };
}
