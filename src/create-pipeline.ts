import { buildPipeline, type Pipeline } from './core/pipeline.js';
import type { PipelineDefinition } from './core/definition.js';
import { planPipeline, type PipelinePlan } from './core/plan.js';
import type { Stage } from './core/stage.js';
import type { FullDocument, ThaiDocument, TokensDocument } from './document/types.js';
import { builtinRegistry } from './stages/index.js';

export interface CreatePipelineOptions {
  /** User stages (made with `defineStage`) that the definition may name beside the built-in ones. */
  stages?: readonly Stage[];
}

/**
 * Checks a pipeline definition without loading any stage: a built-in name (`default`), a path to
 * a JSON definition, or a definition object. Throws PipelineDefinitionError naming the file, the
 * stage and the fix (unknown stage, bad option, a requirement no earlier stage provides, a stage
 * that uses a layer a later stage provides).
 */
export function checkPipeline(nameOrDefinition: string | PipelineDefinition = 'default', options: CreatePipelineOptions = {}): PipelinePlan {
  const registry = options.stages?.length ? builtinRegistry.with(options.stages) : builtinRegistry;
  return planPipeline(nameOrDefinition, registry);
}

/**
 * Builds a pipeline: checks the definition (see `checkPipeline`), then loads its stages. The
 * built-in pipelines give documents with their layers typed as present.
 *
 *   const pipeline = createPipeline('default');
 *   const doc = await pipeline.process({ id: 'a', text: 'วันที่ 1 มีนาคม 2562' });
 */
export function createPipeline(name?: 'default' | 'raw-text', options?: CreatePipelineOptions): Pipeline<FullDocument>;
export function createPipeline(name: 'tokens', options?: CreatePipelineOptions): Pipeline<TokensDocument>;
export function createPipeline(nameOrDefinition: string | PipelineDefinition, options?: CreatePipelineOptions): Pipeline<ThaiDocument>;
export function createPipeline(nameOrDefinition: string | PipelineDefinition = 'default', options: CreatePipelineOptions = {}): Pipeline<ThaiDocument> {
  return buildPipeline(checkPipeline(nameOrDefinition, options));
}
