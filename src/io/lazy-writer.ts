import type { OutputWriter } from './output-writer.js';

/** A writer that opens its output only when needed. */
export interface LazyWriter extends OutputWriter {
  /** Closes the output if anything opened it; leaves an untouched output untouched. */
  closeIfOpened(): Promise<void>;
}

/**
 * Defers opening the output (which truncates a file) to the first document, so that a run
 * that fails before producing anything (a bad pipeline definition found by a worker) leaves
 * an earlier output intact. `close()` opens it if need be: a run with no input still creates it.
 */
export function openOnFirstWrite(open: () => Promise<OutputWriter>): LazyWriter {
  let opened: Promise<OutputWriter> | null = null;
  return {
    async write(id, line) {
      opened ??= open();
      await (await opened).write(id, line);
    },
    async close() {
      opened ??= open();
      await (await opened).close();
    },
    async closeIfOpened() {
      if (opened) await (await opened).close();
    },
  };
}
