// The worker-thread entry point: builds the pipeline once per worker, then serves inputs.
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { PipelineDefinitionError } from '../core/definition.js';
import type { IdentifiedInput } from '../core/input-item.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import { planPipeline } from '../core/plan.js';
import { encodeOutcome, processInput } from '../core/process-input.js';
import { findFormat } from '../formats/index.js';
import { builtinRegistry } from '../stages/index.js';
import type { WorkerSetup } from './worker-executor.js';

const setup = workerData as WorkerSetup;
const encode = setup.format === null ? undefined : findFormat(setup.format)?.encode;
let pipeline: Pipeline | null = null;
let definitionProblem: string | null = null;
try {
  pipeline = buildPipeline(planPipeline(setup.definition, builtinRegistry));
} catch (error) {
  if (!(error instanceof PipelineDefinitionError)) throw error;
  definitionProblem = error.message;
}

/** `null` asks whether the pipeline was built: resolves to the definition problem, or null. */
export default async function processInWorker(input: IdentifiedInput | null): Promise<unknown> {
  if (input === null) return definitionProblem;
  const outcome = encodeOutcome(await processInput(pipeline!, input, setup.limits), encode);
  // An encoded result's buffer is moved to the main thread, not copied.
  return outcome.value instanceof Uint8Array ? move({ [transferableSymbol]: [outcome.value.buffer], [valueSymbol]: outcome } as never) : outcome;
}
