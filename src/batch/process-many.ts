import type { ErrorRecord, ThaiDocument } from '../document/types.js';
import type { PipelineDefinition } from '../core/definition.js';
import type { Executor } from '../core/executor.js';
import { inProcessExecutor } from '../core/in-process-executor.js';
import { DEFAULT_MAX_CHARS } from '../core/input-checks.js';
import { Pipeline } from '../core/pipeline.js';
import { inputItems, processItems } from '../core/process-many.js';
import { checkPipeline } from '../create-pipeline.js';
import { builtinRegistry } from '../stages/index.js';
import { startExecutor } from './choose-executor.js';
import { defaultWorkers, maxWorkers } from './workers-option.js';

export interface ParallelProcessOptions {
  /**
   * Worker threads, each building the pipeline once (default: one per core). 0 processes in
   * this thread. Workers need the built package (they are not available from the TypeScript
   * sources), and a pipeline of built-in stages: user stages run in this thread.
   */
  workers?: number;
  /** Inputs in flight at once (default: 8 per worker, or 4 in this thread). Bounds memory. */
  concurrency?: number;
  /** Inputs longer than this many characters become `too-large` error records (default 10,000,000). */
  maxChars?: number;
}

/**
 * Processes many inputs, in worker threads or in this thread, yielding one result per input in
 * input order: the document, or the error record `{id, error: {code, message}}` that stands in
 * for it (not a document, empty, binary, too large, a failing stage). Reads the inputs lazily, so
 * an endless or huge stream is processed in bounded memory. The same code as
 * `pipeline.processMany`, with the same error codes.
 *
 *   for await (const doc of processMany('default', readMyRecords(), { workers: 4 })) ...
 */
export async function* processMany(
  pipeline: string | PipelineDefinition | Pipeline,
  inputs: Iterable<unknown> | AsyncIterable<unknown>,
  options: ParallelProcessOptions = {},
): AsyncGenerator<ThaiDocument | ErrorRecord> {
  const limits = { maxChars: options.maxChars ?? DEFAULT_MAX_CHARS };
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0 || workers > maxWorkers()) {
    throw new RangeError(`processMany: workers must be a whole number from 0 to ${maxWorkers()}, got ${workers}`);
  }
  let executor: Executor<unknown>;
  if (pipeline instanceof Pipeline && workers === 0) {
    executor = inProcessExecutor(pipeline, limits);
  } else {
    const plan = pipeline instanceof Pipeline ? pipeline.plan : checkPipeline(pipeline);
    const userStages = plan.steps.filter((step) => builtinRegistry.get(step.stage.name) !== step.stage);
    if (workers > 0 && userStages.length) {
      throw new TypeError(`user stages (${userStages.map((s) => s.stage.name).join(', ')}) run in this thread only: use workers: 0`);
    }
    const { definition, source, baseDir } = plan;
    executor = await startExecutor({ definition: { definition, source, baseDir }, limits, format: null }, workers);
  }
  try {
    for await (const outcome of processItems(executor, inputItems(inputs), { concurrency: options.concurrency })) {
      yield outcome.value as ThaiDocument | ErrorRecord;
    }
  } finally {
    await executor.close();
  }
}
