import type { DocumentInput, ErrorRecord, ThaiDocument } from '../document/types.js';
import type { IdentifiedInput } from '../io/input-item.js';
import type { PipelineDefinition } from '../core/definition.js';
import { documentId } from '../core/pipeline.js';
import { DEFAULT_MAX_CHARS } from './input-checks.js';
import { mapOrdered } from '../core/ordered-map.js';
import type { Outcome, Result } from './process-input.js';
import { startExecutor } from './choose-executor.js';
import { defaultWorkers } from './workers-option.js';

export interface ParallelProcessOptions {
  /**
   * Worker threads, each building the pipeline once (default: one per core). 0 processes in
   * this thread. Workers need the built package (they are not available from the TypeScript sources).
   */
  workers?: number;
  /** Inputs in flight at once (default: 8 per worker, or 4 in this thread). Bounds memory. */
  concurrency?: number;
  /** Inputs longer than this many characters become `too-large` error records (default 10,000,000). */
  maxChars?: number;
}

/**
 * Processes many inputs with worker threads, yielding one result per input in input order:
 * the document, or the error record `{id, error: {code, message}}` that stands in for it
 * (empty, binary, too large, a failing stage). Reads the inputs lazily, so an endless or huge
 * stream is processed in bounded memory.
 *
 *   for await (const doc of processMany('default', readMyRecords(), { workers: 4 })) ...
 */
export async function* processMany(
  pipeline: string | PipelineDefinition,
  inputs: Iterable<DocumentInput | string> | AsyncIterable<DocumentInput | string>,
  options: ParallelProcessOptions = {},
): AsyncGenerator<ThaiDocument | ErrorRecord> {
  const workers = options.workers ?? defaultWorkers();
  const limits = { maxChars: options.maxChars ?? DEFAULT_MAX_CHARS };
  const executor = await startExecutor({ pipeline, limits, form: 'object' }, workers);
  try {
    const run = (input: DocumentInput | string): Promise<Outcome<Result | Uint8Array>> => executor.run(identify(input));
    for await (const outcome of mapOrdered(inputs, run, { concurrency: options.concurrency ?? executor.concurrency })) {
      yield outcome.value as Result;
    }
  } finally {
    await executor.close();
  }
}

function identify(input: DocumentInput | string): IdentifiedInput {
  const record: DocumentInput = typeof input === 'string' ? { text: input } : input;
  return { ...record, id: documentId(record) };
}
