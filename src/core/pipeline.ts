import type { DocumentInput, ErrorRecord, PipelineInfo, ThaiDocument } from '../document/types.js';
import { AnnotatedDocument } from './annotated-document.js';
import { PipelineDefinitionError } from './definition.js';
import { documentId } from './document-id.js';
import { inProcessExecutor } from './in-process-executor.js';
import { DEFAULT_MAX_CHARS } from './input-checks.js';
import { toInputItem } from './input-item.js';
import type { PipelinePlan } from './plan.js';
import { inputItems, processItems } from './process-many.js';
import type { Stage, StageOptions, StageRunner } from './stage.js';

/** One stage of a built pipeline, with its resolved options and its loaded runner. */
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
  /** Inputs longer than this many characters become `too-large` error records (default 10,000,000). */
  maxChars?: number;
}

/**
 * A built, checked pipeline: stages with their resources loaded, ready for many documents.
 * `D` is the document type its documents have (all layers optional unless known).
 */
export class Pipeline<D extends ThaiDocument = ThaiDocument> {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly plan: PipelinePlan;
  readonly steps: readonly PipelineStep[];
  readonly info: PipelineInfo;

  constructor(plan: PipelinePlan, steps: PipelineStep[]) {
    this.plan = plan;
    this.name = plan.name;
    this.version = plan.version;
    this.source = plan.source;
    this.steps = steps;
    this.info = { name: plan.name, version: plan.version, stages: steps.map((s) => ({ name: s.stage.name, version: s.stage.version })) };
  }

  /** Runs every stage on one input. Rejects with DocumentProcessingError when a stage fails. */
  async process(input: DocumentInput | string): Promise<D> {
    // What is not a document (null, {text: 42}) is refused as processMany refuses it, not with a TypeError from a stage.
    const item = toInputItem(typeof input === 'string' ? { text: input } : input, documentId, { allowBytes: true });
    if (item.kind === 'error') throw new DocumentProcessingError(item.record);
    const record: DocumentInput = item.input;
    const doc = new AnnotatedDocument(item.input.id, record);
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
    return doc.toJSON(this.info, this.plan.layers) as D;
  }

  /**
   * Processes many inputs in this thread with bounded concurrency, yielding one result per
   * input in input order: the document, or the error record that stands in for it (a record
   * that is not a document, an empty or oversized one, a failing stage). For worker threads,
   * see the `processMany` function, which shares this code and its error codes.
   */
  async *processMany(inputs: Iterable<unknown> | AsyncIterable<unknown>, options: ProcessManyOptions = {}): AsyncGenerator<D | ErrorRecord> {
    const executor = inProcessExecutor(this, { maxChars: options.maxChars ?? DEFAULT_MAX_CHARS });
    for await (const outcome of processItems(executor, inputItems(inputs), { concurrency: Math.max(1, options.concurrency ?? 4) })) {
      yield outcome.value as D | ErrorRecord;
    }
  }
}

/**
 * Loads every stage of a checked plan (models, dictionaries) and returns the pipeline. A stage
 * that cannot load with its options (a missing model file) is a definition problem, reported
 * with the file and the stage.
 */
export function buildPipeline<D extends ThaiDocument = ThaiDocument>(plan: PipelinePlan): Pipeline<D> {
  const steps = plan.steps.map(({ stage, options, position }): PipelineStep => {
    try {
      return { stage, options, runner: stage.create(options, { baseDir: plan.baseDir }) };
    } catch (error) {
      throw new PipelineDefinitionError(plan.source, `stage ${position} "${stage.name}": ${(error as Error).message}`);
    }
  });
  return new Pipeline<D>(plan, steps);
}
