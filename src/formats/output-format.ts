import type { Result } from '../document/types.js';

/**
 * What a stream output needs of standard output (a Node writable stream has it): to take bytes,
 * to say when it wants no more for now, and to tell when it drained or failed.
 */
export interface ByteSink {
  write(chunk: Uint8Array): boolean;
  on(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'drain', listener: () => void): unknown;
}

/** Where results go: standard output, a file, or a folder (`-o DIR/`). */
export type OutputTarget = { kind: 'stdout'; stream: ByteSink } | { kind: 'file'; path: string } | { kind: 'folder'; path: string };

/** The ids an earlier, interrupted run finished (`--resume`), which this run skips. */
export interface DoneIds {
  has(id: string): boolean;
  /** How many ids are done, and how many of them are error records. */
  readonly count: number;
  readonly failed: number;
  /** The error records among them by code, so that a resumed run's summary is an uninterrupted one's. */
  readonly errorCodes?: ReadonlyMap<string, number>;
  /** What was repaired before going on (a torn last line cut off), for the user. */
  readonly repairs: string[];
}

export const NOTHING_DONE: DoneIds = { has: () => false, count: 0, failed: 0, repairs: [] };

export interface OpenOptions {
  append: boolean;
  warn?: (message: string) => void;
}

/** Writes one run's results, in input order. */
export interface FormatWriter {
  /** `encoded` is what the format's `encode` made of the result with this id. */
  write(id: string, encoded: Uint8Array): Promise<void>;
  /** Flushes and closes; the output is complete when it resolves. */
  close(): Promise<void>;
}

/**
 * An output format: how one result (a document or an error record) is encoded, where it can be
 * written, and how `--resume` reads back what an earlier run finished. The batch runner knows
 * nothing else of formats; `encode` runs where the document was made (in a worker thread when
 * there are workers), so it must be a pure function of the result.
 */
export interface OutputFormat {
  /** As `--format` names it. */
  readonly name: string;
  readonly description: string;
  /** Of the files it writes, with the dot (`.jsonl`). */
  readonly extension: string;
  /** `stream`: results follow one another in one output (standard output or a file); `folder`: files in `-o DIR/`. */
  readonly target: 'stream' | 'folder';
  encode(result: Result): Uint8Array;
  /**
   * Opens the output; with `append`, after what `resume` found, keeping it. `warn` takes what
   * the format could not hold (once per run, with a count), for standard error.
   */
  open(target: OutputTarget, options: OpenOptions): Promise<FormatWriter>;
  /** Reads what an earlier run wrote to `target` and repairs its end; absent if the format cannot resume. */
  resume?(target: OutputTarget): Promise<DoneIds>;
}

/** Checks a format's shape where it is defined (as `defineStage` does for stages). */
export function defineFormat(format: OutputFormat): OutputFormat {
  const problem = (message: string): never => {
    throw new TypeError(`defineFormat(${JSON.stringify(format?.name ?? null)}): ${message}`);
  };
  if (!/^[a-z][a-z0-9-]*$/.test(format.name)) problem('"name" must be lower-case letters, digits and dashes');
  if (!/^\.[a-z0-9.]+$/.test(format.extension)) problem('"extension" must start with a dot, like ".jsonl"');
  if (format.target !== 'stream' && format.target !== 'folder') problem('"target" must be "stream" or "folder"');
  if (typeof format.encode !== 'function' || typeof format.open !== 'function') problem('"encode" and "open" must be functions');
  return Object.freeze({ ...format });
}
