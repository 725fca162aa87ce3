// The worker-thread entry point: builds the pipeline once per worker, then serves inputs.
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { IdentifiedInput } from '../io/input-item.js';
import { PipelineDefinitionError } from '../core/definition.js';
import { createPipeline, type Pipeline } from '../core/pipeline.js';
import { inForm, processInput } from './process-input.js';
import type { WorkerSetup } from './worker-executor.js';

const setup = workerData as WorkerSetup;
let pipeline: Pipeline | null = null;
let definitionProblem: string | null = null;
try {
  pipeline = createPipeline(setup.pipeline);
} catch (error) {
  if (!(error instanceof PipelineDefinitionError)) throw error;
  definitionProblem = error.message;
}

/** `null` asks whether the pipeline was built: resolves to the definition problem, or null. */
export default async function processInWorker(input: IdentifiedInput | null): Promise<unknown> {
  if (input === null) return definitionProblem;
  const outcome = inForm(await processInput(pipeline!, input, setup.limits), setup.form);
  // An output line's buffer is moved to the main thread, not copied.
  return outcome.value instanceof Uint8Array ? move({ [transferableSymbol]: [outcome.value.buffer], [valueSymbol]: outcome } as never) : outcome;
}
