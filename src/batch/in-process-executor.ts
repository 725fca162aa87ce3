import type { Pipeline } from '../core/pipeline.js';
import type { Executor } from './executor.js';
import type { InputLimits } from './input-checks.js';
import { inForm, processInput, type Result, type ResultForm } from './process-input.js';

/** Runs the pipeline in this thread: no start-up cost, the choice for small jobs. */
export function inProcessExecutor(pipeline: Pipeline, limits: InputLimits, form: ResultForm): Executor<Result | Uint8Array> {
  return {
    concurrency: 4,
    async run(input) {
      return inForm(await processInput(pipeline, input, limits), form);
    },
    async close() {},
  };
}
