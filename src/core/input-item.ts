import type { DocumentInput, ErrorCode, ErrorRecord } from '../document/types.js';

/** A document ready for the pipeline, with its id settled. */
export type IdentifiedInput = DocumentInput & { id: string };

/**
 * What a reader yields for each record: a document to process, or the error record that
 * stands in for a record that could not even be read (malformed JSON, too large, ...).
 */
export type InputItem = { kind: 'document'; input: IdentifiedInput } | { kind: 'error'; record: ErrorRecord };

/** Where a record was read from, for error records. */
export interface RecordPlace {
  source?: string;
  line?: number;
  index?: number;
}

/** An error record for a record that could not be read, naming where it was. */
export function readError(id: string, code: ErrorCode, message: string, where: RecordPlace = {}): InputItem {
  return { kind: 'error', record: { id, error: { code, message, ...where } } };
}

/**
 * Checks that a record is a document (`{id?, text | html | bytes, ...}`) and settles its id:
 * its own (a non-empty string, or a number), else `defaultId(record)`. Anything else (null, a
 * number, `{text: 42}`) becomes an `invalid-record` error item, never an exception.
 */
export function toInputItem(
  value: unknown,
  defaultId: (record: DocumentInput) => string,
  options: { where?: RecordPlace; allowBytes?: boolean } = {},
): InputItem {
  const where = options.where ?? {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const id = typeof value === 'string' ? defaultId({ text: value }) : defaultId({});
    return readError(id, 'invalid-record', `expected a JSON object {"id", "text" | "html", ...}, got ${describe(value)}`, where);
  }
  const record = value as DocumentInput;
  const rawId: unknown = record.id;
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : defaultId(record);
  if (rawId !== undefined && rawId !== null && typeof rawId !== 'string' && typeof rawId !== 'number') {
    return readError(id, 'invalid-record', `"id" must be a string or a number, got ${describe(rawId)}`, where);
  }
  const hasBytes = options.allowBytes === true && record.bytes instanceof Uint8Array;
  for (const field of ['text', 'html'] as const) {
    if (record[field] !== undefined && typeof record[field] !== 'string') {
      return readError(id, 'invalid-record', `"${field}" must be a string, got ${describe(record[field])}`, where);
    }
  }
  if (typeof record.text !== 'string' && typeof record.html !== 'string' && !hasBytes) {
    return readError(id, 'invalid-record', 'the record has no "text" or "html"', where);
  }
  const input: IdentifiedInput = { ...record, id };
  if (!hasBytes) delete input.bytes;
  return { kind: 'document', input };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}
