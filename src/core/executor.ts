import type { Result } from '../document/types.js';
import type { IdentifiedInput } from './input-item.js';
import type { Outcome } from './process-input.js';

/**
 * Runs the pipeline on inputs, in this thread or in worker threads. `T` is what results come
 * back as: the document objects, or their bytes in an output format (encoded where they were made).
 */
export interface Executor<T = Result> {
  /** Resolves to the input's outcome; never rejects (a crash becomes an error record). */
  run(input: IdentifiedInput): Promise<Outcome<T>>;
  /** How many inputs it can usefully have in flight. */
  readonly concurrency: number;
  close(): Promise<void>;
}
