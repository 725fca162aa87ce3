import { availableParallelism } from 'node:os';

/** How many worker threads: a number (0: the caller's thread), or `auto` to decide from the input's size. */
export type WorkersOption = number | 'auto';

/** One worker per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}
