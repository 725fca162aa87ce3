// The worker-thread entry point: builds the pipeline once per worker, then serves inputs.
import { workerData } from 'node:worker_threads';
import type { IdentifiedInput } from '../io/input-item.js';
import { PipelineDefinitionError } from '../pipeline/definition.js';
import { createPipeline, type Pipeline } from '../pipeline/pipeline.js';
import { inForm, processInput, type Outcome, type Result } from './process-input.js';
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
export default async function processInWorker(input: IdentifiedInput | null): Promise<Outcome<Result | string> | string | null> {
  if (input === null) return definitionProblem;
  return inForm(await processInput(pipeline!, input, setup.limits), setup.form);
}
