import { availableParallelism } from 'node:os';

/** How many worker threads: a number (0: the caller's thread), or `auto` to decide from the input's size. */
export type WorkersOption = number | 'auto';

/** One worker per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * The most worker threads allowed: 4 per core, at least 8. Each worker holds its own pipeline
 * (about 100 MB with the default one) and beyond the cores they only wait their turn, so a
 * larger number is a mistake (`--workers 100000` started threads until memory ran out).
 */
export function maxWorkers(): number {
  return Math.max(8, 4 * availableParallelism());
}
