import type { ErrorRecord, Result } from '../document/types.js';
import { checkInput, checkResult, type InputLimits } from './input-checks.js';
import type { IdentifiedInput } from './input-item.js';
import { DocumentProcessingError, type Pipeline } from './pipeline.js';

/** The result of one input: the document or its error record, plus what progress needs. */
export interface Outcome<T = Result> {
  id: string;
  ok: boolean;
  /** Characters of the analysed text (0 for an error). */
  chars: number;
  /** The error code when `ok` is false. */
  error?: string;
  /** The document or error record, or its encoding in the output format. */
  value: T;
}

/** Checks and processes one input; never rejects for a problem with the document itself. */
export async function processInput(pipeline: Pipeline, input: IdentifiedInput, limits: InputLimits): Promise<Outcome> {
  const refused = checkInput(input, limits);
  if (refused) return failure(refused);
  let doc: Awaited<ReturnType<Pipeline['process']>>;
  try {
    doc = await pipeline.process(input);
  } catch (error) {
    // Anything a stage throws stays with its document: a batch never stops for one input.
    const record: ErrorRecord =
      error instanceof DocumentProcessingError
        ? error.record
        : { id: input.id, error: { code: 'internal', message: (error as Error)?.message ?? String(error) } };
    return failure(record);
  }
  const empty = checkResult(input, doc);
  if (empty) return failure(empty);
  return { id: input.id, ok: true, chars: doc.text.length, value: doc };
}

/** The outcome of an input that yields an error record. */
export function failure(record: ErrorRecord): Outcome<ErrorRecord> {
  return { id: record.id, ok: false, chars: 0, error: record.error.code, value: record };
}

/** The same outcome with its value encoded (in a worker thread, off the main thread, when there is one). */
export function encodeOutcome<T>(outcome: Outcome, encode: ((result: Result) => T) | undefined): Outcome<Result | T> {
  return encode ? { ...outcome, value: encode(outcome.value) } : outcome;
}
