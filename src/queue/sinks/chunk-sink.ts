import type { OutputFormat } from '../../formats/output-format.js';
import type { QueuedPipeline } from '../portable-pipeline.js';

/** One result of a chunk, encoded in the sink's format (in the worker thread that made it). */
export interface ChunkResult {
  id: string;
  ok: boolean;
  value: Uint8Array;
}

/**
 * Where workers put each chunk's results, idempotently: writing a chunk again (after a worker
 * died, or a retry) replaces what an earlier attempt wrote, whole, so no document is ever doubled.
 */
export interface ChunkSink {
  /** The format results are encoded in by the worker threads. */
  readonly format: OutputFormat;
  /** For messages: the folder, or the database URL without its password. */
  readonly description: string;
  /** Starts a chunk's results; none of them is visible until `commit`. `warn` takes what the format could not hold. */
  begin(chunk: { id: string; pipeline: QueuedPipeline; warn?: (message: string) => void }): Promise<ChunkWrite>;
  /** Clears what killed workers left behind, when nobody can be writing it. */
  sweep?(olderThanMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface ChunkWrite {
  write(result: ChunkResult): Promise<void>;
  /** Makes the chunk's results visible at once, replacing an earlier attempt's. */
  commit(): Promise<void>;
  /** Drops what was written; the chunk will be done again. */
  abort(): Promise<void>;
}
