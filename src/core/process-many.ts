import type { DocumentInput, ErrorRecord } from '../document/types.js';
import type { Executor } from './executor.js';
import { type InputItem, toInputItem } from './input-item.js';
import { mapOrdered } from './ordered-map.js';
import { documentId } from './document-id.js';
import { failure, type Outcome } from './process-input.js';

export interface ProcessItemsOptions {
  /** Items in flight at once (default: the executor's). Output keeps input order. */
  concurrency?: number;
  /** With `weight`: the in-flight items' total weight at most, to bound memory. */
  maxWeight?: number;
  weight?: (item: InputItem) => number;
  /** How an error item's record is handed back (encoded in the output format, when results are encoded). */
  encodeError?: (record: ErrorRecord) => unknown;
}

/**
 * The one way many documents are processed, whoever asks (`pipeline.processMany`, the
 * `processMany` function with worker threads, `thai-extract run`): bounded work in flight,
 * one outcome per item in input order, an item that could not be read yielding its error
 * record in its place. If the items' iterator throws, what it gave before is still processed
 * and yielded, then the error is thrown.
 */
export function processItems<T>(
  executor: Executor<T>,
  items: Iterable<InputItem> | AsyncIterable<InputItem>,
  options: ProcessItemsOptions = {},
): AsyncGenerator<Outcome<T>> {
  const encodeError = options.encodeError ?? ((record: ErrorRecord) => record);
  const handle = (item: InputItem): Promise<Outcome<T>> => {
    if (item.kind === 'document') return executor.run(item.input);
    const outcome = failure(item.record);
    return Promise.resolve({ ...outcome, value: encodeError(item.record) as T });
  };
  return mapOrdered(items, handle, { concurrency: options.concurrency ?? executor.concurrency, maxWeight: options.maxWeight, weight: options.weight });
}

/**
 * Library inputs as items: a string is a text; a record is checked (`{text: 42}`, `null` and
 * other non-documents become `invalid-record` error items) and keeps its id or gets one derived
 * from its content.
 */
export async function* inputItems(inputs: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<InputItem> {
  for await (const input of inputs) {
    const record: unknown = typeof input === 'string' ? { text: input } : input;
    yield toInputItem(record, (r: DocumentInput) => documentId(r), { allowBytes: true });
  }
}
