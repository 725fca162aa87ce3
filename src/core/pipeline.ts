import { createHash } from 'node:crypto';
import { AnnotatedDocument } from './annotated-document.js';
import type { DocumentInput, ErrorRecord, PipelineInfo, ThaiDocument } from '../document/types.js';
import { findStage, stageNames } from '../stages/registry.js';
import { loadDefinition, PipelineDefinitionError, type PipelineDefinition } from './definition.js';
import { resolveOptions } from './options.js';
import type { Layer, Stage, StageOptions, StageRunner } from './stage.js';

const SPAN_LAYERS: readonly Layer[] = ['tokens', 'sentences', 'dates', 'entities', 'parentheticals'];

/** One stage of a built pipeline, with its resolved options. */
export interface PipelineStep {
  stage: Stage;
  options: StageOptions;
  runner: StageRunner;
}

/** A document that could not be processed; `record` is the error line to emit in its place. */
export class DocumentProcessingError extends Error {
  readonly record: ErrorRecord;
  constructor(record: ErrorRecord) {
    super(`${record.id}: ${record.error.message}`);
    this.name = 'DocumentProcessingError';
    this.record = record;
  }
}

export interface ProcessManyOptions {
  /** Documents in flight at once (default 4). Output keeps input order. */
  concurrency?: number;
}

/** A built, checked pipeline: stages with their resources loaded, ready for many documents. */
export class Pipeline {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly steps: readonly PipelineStep[];
  readonly info: PipelineInfo;

  constructor(name: string, version: string, source: string, steps: PipelineStep[]) {
    this.name = name;
    this.version = version;
    this.source = source;
    this.steps = steps;
    this.info = { name, version, stages: steps.map((s) => ({ name: s.stage.name, version: s.stage.version })) };
  }

  /** Runs every stage on one input. Rejects with DocumentProcessingError when a stage fails. */
  async process(input: DocumentInput | string): Promise<ThaiDocument> {
    const record: DocumentInput = typeof input === 'string' ? { text: input } : input;
    const doc = new AnnotatedDocument(documentId(record), record);
    for (const step of this.steps) {
      try {
        await step.runner.run(doc);
      } catch (error) {
        throw new DocumentProcessingError({
          id: doc.id,
          error: { code: 'stage-failed', stage: step.stage.name, message: (error as Error)?.message ?? String(error) },
        });
      }
    }
    return doc.toJSON(this.info);
  }

  /**
   * Processes many inputs with bounded concurrency, yielding one result per input in input
   * order: the document, or the error record that stands in for it.
   */
  async *processMany(
    inputs: Iterable<DocumentInput | string> | AsyncIterable<DocumentInput | string>,
    options: ProcessManyOptions = {},
  ): AsyncGenerator<ThaiDocument | ErrorRecord> {
    const concurrency = Math.max(1, options.concurrency ?? 4);
    const pending: Promise<ThaiDocument | ErrorRecord>[] = [];
    for await (const input of inputs) {
      pending.push(this.process(input).catch(toErrorRecord));
      if (pending.length >= concurrency) yield await pending.shift()!;
    }
    while (pending.length) yield await pending.shift()!;
  }
}

function toErrorRecord(error: unknown): ErrorRecord {
  if (error instanceof DocumentProcessingError) return error.record;
  throw error;
}

/** The input's own id, or one derived from its content so that reruns give the same id. */
export function documentId(input: DocumentInput): string {
  if (typeof input.id === 'string' && input.id !== '') return input.id;
  if (typeof input.id === 'number') return String(input.id);
  const hash = createHash('sha1');
  hash.update(input.text ?? input.html ?? input.bytes ?? '');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds a pipeline from a built-in name (`default`), a path to a JSON definition, or a
 * definition object. Every problem (unknown stage, bad option, a requirement no earlier stage
 * provides) is found here, before any document is read, and reported naming the file and stage.
 */
export function createPipeline(nameOrDefinition: string | PipelineDefinition = 'default'): Pipeline {
  const { definition, source, baseDir } = loadDefinition(nameOrDefinition);
  const fail = (message: string): never => {
    throw new PipelineDefinitionError(source, message);
  };
  if (!definition || typeof definition !== 'object' || Array.isArray(definition)) fail('a pipeline definition must be a JSON object');
  if (typeof definition.name !== 'string' || definition.name === '') fail('"name" must be a non-empty string');
  if (!Array.isArray(definition.stages) || definition.stages.length === 0) fail('"stages" must be a non-empty list');

  const available = new Set<Layer>(['input']);
  const steps: PipelineStep[] = [];
  for (const [i, entry] of definition.stages.entries()) {
    const where = `stage ${i + 1}`;
    const name = typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? entry.stage : undefined;
    if (typeof name !== 'string') fail(`${where}: expected a stage name or {"stage": NAME, "options": {...}}, got ${JSON.stringify(entry)}`);
    const stage = findStage(name!);
    if (!stage) fail(`${where}: unknown stage "${name}" (known stages: ${stageNames().join(', ')})`);
    const { options, problems } = resolveOptions(stage!.options, typeof entry === 'string' ? undefined : entry.options);
    if (problems.length) fail(`${where} "${name}": ${problems.join('; ')}`);
    const missing = stage!.requires.filter((layer) => !available.has(layer));
    if (missing.length) {
      fail(`${where} "${name}" requires ${missing.map((l) => `"${l}"`).join(', ')}, which no earlier stage provides` + ` (${suppliers(missing)})`);
    }
    if (stage!.changesText) {
      const built = SPAN_LAYERS.filter((layer) => available.has(layer));
      if (built.length) fail(`${where} "${name}" changes the text, so it must come before the stages that add ${built.join(', ')}`);
    }
    let runner: StageRunner;
    try {
      runner = stage!.create(options, { baseDir });
    } catch (error) {
      fail(`${where} "${name}": ${(error as Error).message}`);
      continue;
    }
    for (const layer of stage!.provides) available.add(layer);
    steps.push({ stage: stage!, options, runner });
  }
  return new Pipeline(definition.name, definition.version ?? '1', source, steps);
}

function suppliers(layers: Layer[]): string {
  return layers
    .map((layer) => {
      const names = stageNames().filter((n) => findStage(n)!.provides.includes(layer));
      return names.length ? `"${layer}" comes from ${names.join(' or ')}` : `nothing provides "${layer}"`;
    })
    .join('; ');
}
