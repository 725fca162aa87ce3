import { Piscina } from 'piscina';
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
 * live (models, gazetteers, code) and a 1M-character document fits in 128 MB; without a limit
 * V8 sizes a worker's heap for this machine's RAM and lets garbage pile up between collections
 * (2 workers grew a run past 400 MB). A smaller limit makes V8 collect sooner, at no measurable
 * CPU cost. A document needing more heap than this ends its worker, and becomes a
 * `worker-failed` error record; the pool starts a fresh worker.
 */
export const WORKER_MAX_OLD_GENERATION_MB = 256;

/** A pipeline that workers could not build (a stage failed to load); nothing was processed. */
export class WorkerPipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerPipelineError';
  }
}

/**
 * Starts `workers` worker threads (piscina), each building the pipeline once, and resolves
 * when one has built it (rejecting with WorkerPipelineError when a stage cannot load). The main
 * thread never builds the pipeline, so it loads nothing it does not use.
 */
export async function startWorkers(setup: WorkerSetup, workers: number): Promise<Executor<Result | Uint8Array>> {
  const filename = findWorkerFile();
  if (!filename) throw new Error('worker threads need the built package (npm run build); use workers: 0 to process in this thread');
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB };
  const pool = new Piscina({ filename, workerData: setup, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, resourceLimits });
  const problem = (await pool.run(null)) as string | null;
  if (problem) {
    await pool.destroy();
    throw new WorkerPipelineError(problem);
  }
  const encode = setup.format === null ? undefined : findFormat(setup.format)?.encode;
  return {
    // A few inputs queued per worker, so none waits for the main thread.
    concurrency: workers * 8,
    run(input: IdentifiedInput): Promise<Outcome<Result | Uint8Array>> {
      return pool.run(input).catch((error: unknown) => {
        const record = { id: input.id, error: { code: 'worker-failed' as const, message: (error as Error)?.message ?? String(error) } };
        return encodeOutcome(failure(record), encode);
      });
    },
    close: () => pool.destroy(),
  };
}
