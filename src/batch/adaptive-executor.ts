import type { IdentifiedInput } from '../io/input-item.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { Executor } from './executor.js';
import { inProcessExecutor } from './in-process-executor.js';
import type { Outcome, Result } from './process-input.js';
import { startWorkers, type WorkerSetup } from './worker-executor.js';

/**
 * Work done in this thread before worker threads are started. Each worker imports the code and
 * builds the pipeline (0.4-1 s here, in parallel), which a short job never earns back.
 */
export const START_WORKERS_AFTER_MS = 1000;

/**
 * Starts in this thread, so small jobs (a few hundred sentences) pay no start-up; once the
 * pipeline has worked for START_WORKERS_AFTER_MS, starts `workers` threads in the background
 * and sends them every input from then on. Each input resolves wherever it ran; the caller
 * keeps the output order. When workers cannot start (running from the TypeScript sources),
 * everything stays in this thread.
 */
export function adaptiveExecutor(setup: WorkerSetup, workers: number): Executor<Result | Uint8Array> {
  const local = inProcessExecutor(createPipeline(setup.pipeline), setup.limits, setup.form);
  let pool: Executor<Result | Uint8Array> | null = null;
  let starting: Promise<void> | null = null;
  let busyMs = 0;
  return {
    concurrency: workers * 8,
    async run(input: IdentifiedInput): Promise<Outcome<Result | Uint8Array>> {
      if (pool) return pool.run(input);
      if (!starting && busyMs >= START_WORKERS_AFTER_MS) {
        starting = startWorkers(setup, workers).then(
          (started) => void (pool = started),
          () => {}, // no built worker script: carry on here
        );
      }
      const started = performance.now();
      const outcome = await local.run(input);
      busyMs += performance.now() - started;
      return outcome;
    },
    async close() {
      await starting;
      await pool?.close();
    },
  };
}
