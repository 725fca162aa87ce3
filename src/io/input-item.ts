import type { DocumentInput, ErrorRecord } from '../document/types.js';

/** A document ready for the pipeline, with its id settled. */
export type IdentifiedInput = DocumentInput & { id: string };

/**
 * What a reader yields for each record: a document to process, or the error record that
 * stands in for a record that could not even be read (malformed JSON, too large, ...).
 */
export type InputItem = { kind: 'document'; input: IdentifiedInput } | { kind: 'error'; record: ErrorRecord };

/** An error record for a record that could not be read, naming where it was. */
export function readError(id: string, code: string, message: string, where: { source: string; line?: number; index?: number }): InputItem {
  return { kind: 'error', record: { id, error: { code, message, ...where } } };
}
