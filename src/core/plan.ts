import { loadDefinition, PipelineDefinitionError, type LoadedDefinition, type PipelineDefinition } from './definition.js';
import { resolveOptions } from './options.js';
import type { StageRegistry } from './registry.js';
import { isItemLayer, type LayerName, type Stage, type StageOptions } from './stage.js';

/** A stage of a checked plan, with its options resolved. */
export interface PlannedStep {
  stage: Stage;
  options: StageOptions;
  /** 1-based, as messages count. */
  position: number;
}

/** A pipeline definition, checked: every stage known, every option valid, the order sound. Nothing is loaded yet. */
export interface PipelinePlan {
  name: string;
  version: string;
  definition: PipelineDefinition;
  /** The file the definition came from, or "(inline definition)". */
  source: string;
  /** Where relative paths in options resolve from. */
  baseDir: string;
  steps: readonly PlannedStep[];
  /** The layers of items the documents will carry, in pipeline order. */
  layers: readonly LayerName[];
}

/**
 * Checks a definition (a built-in name, a path to a JSON file, or an object) against the
 * stages of `registry`, loading nothing: every problem is found here, before any document is
 * read, and reported with the file, the stage and the fix. It checks that
 * - each stage exists and its options are valid;
 * - what a stage `requires` is provided by an earlier stage;
 * - what a stage `uses` is provided, if by a stage of this pipeline, by an earlier one;
 * - a stage that changes the text runs before any stage that adds a layer;
 * - no layer is provided twice.
 */
export function planPipeline(nameOrDefinition: string | PipelineDefinition | LoadedDefinition, registry: StageRegistry): PipelinePlan {
  const loaded = isLoaded(nameOrDefinition) ? nameOrDefinition : loadDefinition(nameOrDefinition);
  const { definition, source, baseDir } = loaded;
  const fail = (message: string): never => {
    throw new PipelineDefinitionError(source, message);
  };
  if (!definition || typeof definition !== 'object' || Array.isArray(definition)) fail('a pipeline definition must be a JSON object');
  if (typeof definition.name !== 'string' || definition.name === '') fail('"name" must be a non-empty string');
  if (definition.version !== undefined && typeof definition.version !== 'string') fail('"version" must be a string');
  if (!Array.isArray(definition.stages) || definition.stages.length === 0) fail('"stages" must be a non-empty list');

  const steps: PlannedStep[] = definition.stages.map((entry, i) => {
    const where = `stage ${i + 1}`;
    const name = typeof entry === 'string' ? entry : entry && typeof entry === 'object' && !Array.isArray(entry) ? entry.stage : undefined;
    if (typeof name !== 'string') return fail(`${where}: expected a stage name or {"stage": NAME, "options": {...}}, got ${JSON.stringify(entry)}`);
    const stage = registry.get(name) ?? fail(`${where}: unknown stage "${name}" (known stages: ${registry.names().join(', ')})`);
    const { options, problems } = resolveOptions(stage.options, typeof entry === 'string' ? undefined : entry.options);
    if (problems.length) fail(`${where} "${name}": ${problems.join('; ')}`);
    return { stage, options, position: i + 1 };
  });

  const available = new Map<LayerName, PlannedStep | null>([['input', null]]);
  const label = (step: PlannedStep): string => `stage ${step.position} "${step.stage.name}"`;
  for (const step of steps) {
    const { stage } = step;
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length) {
      fail(`${label(step)} requires ${quoted(missing)}, which no earlier stage provides (${suppliers(missing, registry)})`);
    }
    for (const layer of stage.uses) {
      const later = steps.find((other) => other.position > step.position && other.stage.provides.includes(layer));
      if (later && !available.has(layer)) {
        fail(`${label(step)} uses "${layer}", which ${label(later)} provides after it: put "${later.stage.name}" before "${stage.name}"`);
      }
    }
    if (stage.changesText) {
      const annotated = [...available].filter(([layer]) => isItemLayer(layer));
      if (annotated.length) {
        const layers = annotated.map(([layer]) => layer).join(', ');
        fail(`${label(step)} changes the text, so it must come before the stages that add ${layers}`);
      }
    }
    for (const layer of stage.provides.filter(isItemLayer)) {
      const earlier = available.get(layer);
      if (earlier) fail(`${label(step)} provides "${layer}", which ${label(earlier)} provides already; keep one of them`);
    }
    for (const layer of stage.provides) available.set(layer, step);
  }
  const layers = steps.flatMap((step) => step.stage.provides.filter(isItemLayer));
  return { name: definition.name, version: definition.version ?? '1', definition, source, baseDir, steps, layers };
}

function isLoaded(value: unknown): value is LoadedDefinition {
  return typeof value === 'object' && value !== null && 'definition' in value && 'source' in value && 'baseDir' in value;
}

function quoted(layers: readonly string[]): string {
  return layers.map((layer) => `"${layer}"`).join(', ');
}

function suppliers(layers: readonly LayerName[], registry: StageRegistry): string {
  return layers
    .map((layer) => {
      const names = registry.providersOf(layer);
      return names.length ? `"${layer}" comes from ${names.join(' or ')}` : `no stage provides "${layer}"`;
    })
    .join('; ');
}
