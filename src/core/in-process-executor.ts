import type { Result } from '../document/types.js';
import type { Executor } from './executor.js';
import type { InputLimits } from './input-checks.js';
import type { Pipeline } from './pipeline.js';
import { encodeOutcome, failure, processInput } from './process-input.js';

/**
 * Runs the pipeline in this thread: no start-up cost, the choice for small jobs and for
 * pipelines with user stages. Documents in flight share the thread: concurrency only
 * overlaps the stages that wait (none of the built-in ones do), so it is kept small.
 */
export function inProcessExecutor<T = Result>(pipeline: Pipeline, limits: InputLimits, encode?: (result: Result) => T): Executor<T | Result> {
  return {
    concurrency: 4,
    async run(input) {
      try {
        return encodeOutcome(await processInput(pipeline, input, limits), encode);
      } catch (error) {
        // processInput catches what stages throw; this is an encoder's bug.
        const record = { id: input.id, error: { code: 'internal' as const, message: (error as Error)?.message ?? String(error) } };
        return encodeOutcome(failure(record), encode);
      }
    },
    async close() {},
  };
}
