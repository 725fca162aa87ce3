import { createHash } from 'node:crypto';
import path from 'node:path';
import { PipelineDefinitionError, type PipelineDefinition, type StageEntry } from '../core/definition.js';
import type { PipelinePlan } from '../core/plan.js';
import { readWordList } from '../segmenter/word-list.js';

/**
 * The pipeline as it travels with every chunk, so that each worker builds the same one whatever
 * files its machine has: the definition as data, with no file paths left in it.
 */
export interface QueuedPipeline {
  name: string;
  version: string;
  /** Self-contained: a segment `dictionaryFile` is read into `words` where the chunks are queued. */
  definition: PipelineDefinition;
  /** Where the definition was read from, for messages. */
  source: string;
  /** Each stage's version where the chunks were queued: a worker whose stages differ refuses the chunk. */
  stages: { name: string; version: string }[];
  /** A hash of the definition and the stage versions: chunk ids include it, and a worker builds one pipeline per key. */
  key: string;
}

/** Options that name files, which a worker on another machine may not have. */
const FILE_OPTIONS: Record<string, readonly string[]> = { segment: ['dictionaryFile'], sentences: ['model'], entities: ['model'] };

/**
 * A checked plan as a self-contained definition. A segment word file is read here, into the
 * stage's `words`; a model file cannot travel with the chunks, so naming one is a definition
 * error (workers would silently differ, or fail, depending on their machine).
 */
export function portablePipeline(plan: PipelinePlan): QueuedPipeline {
  const stages: StageEntry[] = plan.steps.map(({ stage, position }, i) => {
    const entry = plan.definition.stages[i];
    if (typeof entry === 'string' || !entry.options) return entry;
    const options: Record<string, unknown> = { ...entry.options };
    for (const option of FILE_OPTIONS[stage.name] ?? []) {
      if (options[option] === undefined) continue;
      if (stage.name !== 'segment') {
        throw new PipelineDefinitionError(
          plan.source,
          `stage ${position} "${stage.name}": option "${option}" names a file, which workers on other machines may not have; a queued pipeline cannot name model files`,
        );
      }
      const file = path.resolve(plan.baseDir, String(options[option]));
      let words: string[];
      try {
        words = readWordList(file);
      } catch (error) {
        throw new PipelineDefinitionError(plan.source, `stage ${position} "segment": cannot read ${file}: ${(error as Error).message}`);
      }
      options.words = [...((options.words as string[] | undefined) ?? []), ...words];
      delete options[option];
    }
    return { stage: entry.stage, options };
  });
  const definition: PipelineDefinition = { ...plan.definition, stages };
  const versions = plan.steps.map(({ stage }) => ({ name: stage.name, version: stage.version }));
  const key = createHash('sha1')
    .update(JSON.stringify([definition, versions]))
    .digest('hex')
    .slice(0, 12);
  return { name: plan.name, version: plan.version, definition, source: plan.source, stages: versions, key };
}

/** Why this worker's plan of a queued pipeline differs from the one the chunk was queued with, or null. */
export function stageDifference(queued: QueuedPipeline, plan: PipelinePlan): string | null {
  const here = plan.steps.map(({ stage }) => `${stage.name} ${stage.version}`).join(', ');
  const there = queued.stages.map(({ name, version }) => `${name} ${version}`).join(', ');
  if (here === there) return null;
  return `the chunk was queued for stages ${there}, but this worker has ${here}: run the same thai-extract version on every worker`;
}
