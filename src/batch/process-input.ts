import type { ErrorRecord, ThaiDocument } from '../document/types.js';
import type { IdentifiedInput } from '../io/input-item.js';
import { encodeJsonLine } from '../io/json-line.js';
import { DocumentProcessingError, type Pipeline } from '../core/pipeline.js';
import { checkInput, checkResult, type InputLimits } from './input-checks.js';

/** The result of one input: the document or its error record, plus what progress needs. */
export interface Outcome<T> {
  id: string;
  ok: boolean;
  /** Characters of the analysed text (0 for an error). */
  chars: number;
  /** The error code when `ok` is false. */
  error?: string;
  /** The document or error record, as an object or as its output line (UTF-8 JSON and `\n`). */
  value: T;
}

export type ResultForm = 'object' | 'line';
export type Result = ThaiDocument | ErrorRecord;

/** Checks and processes one input; never rejects for a problem with the document itself. */
export async function processInput(pipeline: Pipeline, input: IdentifiedInput, limits: InputLimits): Promise<Outcome<Result>> {
  const refused = checkInput(input, limits);
  if (refused) return failure(refused);
  let doc: ThaiDocument;
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

/**
 * The same outcome with its value in the requested form. A line is serialised and encoded
 * where it is made (in a worker, off the main thread) into a buffer of its own, which can be
 * moved to the main thread without copying.
 */
export function inForm(outcome: Outcome<Result>, form: ResultForm): Outcome<Result | Uint8Array> {
  return form === 'line' ? { ...outcome, value: encodeJsonLine(outcome.value) } : outcome;
}
