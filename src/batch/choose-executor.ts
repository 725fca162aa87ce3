import { availableParallelism } from 'node:os';
import { createPipeline } from '../pipeline/pipeline.js';
import { adaptiveExecutor } from './adaptive-executor.js';
import type { Executor } from './executor.js';
import { inProcessExecutor } from './in-process-executor.js';
import type { Result } from './process-input.js';
import { startWorkers, type WorkerSetup } from './worker-executor.js';

export type WorkersOption = number | 'auto';

export function defaultWorkers(): number {
  return availableParallelism();
}

/** The pipeline in this thread (workers: 0) or in a pool of worker threads. */
export async function startExecutor(setup: WorkerSetup, workers: number): Promise<Executor<Result | Uint8Array>> {
  return workers === 0 ? inProcessExecutor(createPipeline(setup.pipeline), setup.limits, setup.form) : startWorkers(setup, workers);
}

/**
 * Where documents are processed: a number is obeyed (0: this thread); `auto` starts in this
 * thread and moves to one worker per core once the job proves long (see adaptiveExecutor).
 */
export async function chooseExecutor(workers: WorkersOption, setup: WorkerSetup): Promise<Executor<Result | Uint8Array>> {
  return workers === 'auto' ? adaptiveExecutor(setup, defaultWorkers()) : startExecutor(setup, workers);
}
