import { Piscina } from 'piscina';
import type { IdentifiedInput } from '../io/input-item.js';
import type { PipelineDefinition } from '../pipeline/definition.js';
import type { Executor } from './executor.js';
import type { InputLimits } from './input-checks.js';
import { failure, inForm, type Outcome, type Result, type ResultForm } from './process-input.js';
import { findWorkerFile } from './worker-file.js';

/** What each worker needs to build its own copy of the pipeline. */
export interface WorkerSetup {
  pipeline: string | PipelineDefinition;
  limits: InputLimits;
  form: ResultForm;
}

/** A pipeline definition that workers could not build; nothing was processed. */
export class WorkerPipelineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerPipelineError';
  }
}

/**
 * Starts `workers` worker threads (piscina), each building the pipeline once, and resolves
 * when one has built it (rejecting with WorkerPipelineError for a bad definition). The main
 * thread never builds the pipeline, so it loads nothing it does not use.
 */
export async function startWorkers(setup: WorkerSetup, workers: number): Promise<Executor<Result | Uint8Array>> {
  const filename = findWorkerFile();
  if (!filename) throw new Error('worker threads need the built package (npm run build); use workers: 0 to process in this thread');
  const pool = new Piscina({ filename, workerData: setup, minThreads: workers, maxThreads: workers, idleTimeout: 60_000 });
  const problem = (await pool.run(null)) as string | null;
  if (problem) {
    await pool.destroy();
    throw new WorkerPipelineError(problem);
  }
  return {
    // A few inputs queued per worker, so none waits for the main thread.
    concurrency: workers * 8,
    run(input: IdentifiedInput): Promise<Outcome<Result | Uint8Array>> {
      return pool.run(input).catch((error: unknown) => {
        const record = { id: input.id, error: { code: 'worker-failed', message: (error as Error)?.message ?? String(error) } };
        return inForm(failure(record), setup.form);
      });
    },
    close: () => pool.destroy(),
  };
}
