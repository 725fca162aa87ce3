import type { IdentifiedInput } from '../io/input-item.js';
import type { Outcome } from './process-input.js';

/** Runs the pipeline on inputs, in this thread or in worker threads. */
export interface Executor<T> {
  /** Resolves to the input's outcome; never rejects (a crash becomes an error record). */
  run(input: IdentifiedInput): Promise<Outcome<T>>;
  /** How many inputs it can usefully have in flight. */
  readonly concurrency: number;
  close(): Promise<void>;
}
