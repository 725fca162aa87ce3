import type { AnnotatedDocument } from './annotated-document.js';

/**
 * What a stage reads and writes. `input` is the raw input (bytes, text or HTML); `text` is the
 * decoded text; `text:normalized` and `text:clean` mark the text-changing steps; the span
 * layers are the document's layers; `meta:title` / `meta:published` are lifted metadata.
 */
export type Layer =
  | 'input'
  | 'text'
  | 'text:normalized'
  | 'text:clean'
  | 'meta:title'
  | 'meta:published'
  | 'tokens'
  | 'sentences'
  | 'dates'
  | 'entities'
  | 'parentheticals';

export type OptionType = 'boolean' | 'number' | 'string' | 'string[]';

export interface OptionSpec {
  type: OptionType;
  description: string;
  default?: unknown;
  /** For strings: the only values allowed. */
  values?: readonly string[];
  /** For numbers: inclusive bounds. */
  min?: number;
  max?: number;
}

export type OptionsSpec = Record<string, OptionSpec>;
export type StageOptions = Record<string, unknown>;

/** What a stage's `create` may use: where relative paths in options resolve from. */
export interface StageContext {
  /** Folder of the pipeline definition file, for options that name files. */
  baseDir: string;
}

/** A stage prepared with its options: resources loaded once, then run on many documents. */
export interface StageRunner {
  run(doc: AnnotatedDocument): void | Promise<void>;
}

/**
 * A named, versioned processing step. Stages declare what they read (`requires`) and add
 * (`provides`) so that a pipeline is checked when it is built, not when it runs.
 */
export interface Stage {
  name: string;
  /** Bumped whenever the stage's output for the same input can change. */
  version: string;
  description: string;
  requires: readonly Layer[];
  provides: readonly Layer[];
  /** True for stages that rewrite `text`; they must run before any span layer exists. */
  changesText?: boolean;
  options: OptionsSpec;
  create(options: StageOptions, context: StageContext): StageRunner;
}
