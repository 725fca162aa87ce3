import type { AnnotatedDocument } from './annotated-document.js';

/**
 * The name of something a stage reads or adds. Besides the document's layers (`tokens`,
 * `dates`, a user stage's `keywords`), a stage may declare:
 * - `input`: the raw input (bytes, text or HTML), there before any stage runs;
 * - `text`: the decoded text, and `text:<step>` for a step that rewrote it (`text:clean`);
 * - `meta:<field>`: a metadata field it fills (`meta:published`).
 * Any other name is a layer: a list of items under that name in the output document.
 */
export type LayerName = string;

export type OptionType = 'boolean' | 'number' | 'string' | 'string[]';

export interface OptionSpec {
  type: OptionType;
  description: string;
  default?: boolean | number | string | readonly string[];
  /** For strings: the only values allowed. */
  values?: readonly string[];
  /** For numbers: inclusive bounds. */
  min?: number;
  max?: number;
}

export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

/** Option values after checking against the stage's spec, defaults filled in. */
export type StageOptions = Record<string, unknown>;

/** What a stage's `create` may use. */
export interface StageContext {
  /** Folder of the pipeline definition file: options that name files are relative to it. */
  baseDir: string;
}

/** A stage prepared with its options: resources loaded once, then run on many documents. */
export interface StageRunner {
  run(doc: AnnotatedDocument): void | Promise<void>;
}

/**
 * A named, versioned processing step. It declares what it reads and adds so that a pipeline is
 * checked when it is built, before any document is read:
 * - `requires`: must be provided by an earlier stage (or be `input`);
 * - `uses`: read when present; if a stage of the pipeline provides it, that stage must run first;
 * - `provides`: what it adds. A new layer name is the stage's own layer (`doc.layers[name]`).
 */
export interface Stage {
  readonly name: string;
  /** Bumped whenever the stage's output for the same input can change. */
  readonly version: string;
  readonly description: string;
  readonly requires: readonly LayerName[];
  readonly uses: readonly LayerName[];
  readonly provides: readonly LayerName[];
  /** True for stages that rewrite `text`; they must run before any stage that adds a layer. */
  readonly changesText: boolean;
  readonly options: OptionsSpec;
  create(options: StageOptions, context: StageContext): StageRunner;
}

/** What `defineStage` takes: a stage, with `uses`, `changesText` and `options` optional. */
export interface StageDefinition {
  name: string;
  version: string;
  description: string;
  requires: readonly LayerName[];
  uses?: readonly LayerName[];
  provides: readonly LayerName[];
  changesText?: boolean;
  options?: OptionsSpec;
  create(options: StageOptions, context: StageContext): StageRunner;
}

const STAGE_NAME = /^[a-z][a-z0-9-]*$/;
const DECLARED_NAME = /^[a-z][a-z0-9-]*(?::[a-z][a-zA-Z0-9-]*)?$/;

/**
 * Makes a stage from its definition, checking the definition's shape at once (a mistake in a
 * stage is the stage author's, so it throws a TypeError where the stage is defined, not later
 * in a pipeline). The built-in stages are made with this function too.
 *
 *   const keywords = defineStage({
 *     name: 'keywords', version: '1', description: 'frequent content words',
 *     requires: ['tokens'], provides: ['keywords'],
 *     create: () => ({ run(doc) { doc.layers.keywords = [...]; } }),
 *   });
 */
export function defineStage(definition: StageDefinition): Stage {
  const problem = (message: string): never => {
    throw new TypeError(`defineStage(${JSON.stringify(definition?.name ?? null)}): ${message}`);
  };
  if (!definition || typeof definition !== 'object') problem('the definition must be an object');
  const { name, version, description, requires, uses = [], provides, changesText = false, options = {}, create } = definition;
  if (typeof name !== 'string' || !STAGE_NAME.test(name)) problem('"name" must be lower-case letters, digits and dashes, starting with a letter');
  if (typeof version !== 'string' || version === '') problem('"version" must be a non-empty string');
  if (typeof description !== 'string') problem('"description" must be a string');
  for (const [key, list] of Object.entries({ requires, uses, provides })) {
    if (!Array.isArray(list) || !list.every((layer) => typeof layer === 'string' && DECLARED_NAME.test(layer))) {
      problem(`"${key}" must be a list of layer names such as "tokens", "text" or "meta:published"`);
    }
  }
  if (provides.length === 0) problem('"provides" must name at least one layer');
  if (typeof changesText !== 'boolean') problem('"changesText" must be true or false');
  if (!options || typeof options !== 'object' || Array.isArray(options)) problem('"options" must be an object of option specs');
  if (typeof create !== 'function') problem('"create" must be a function (options, context) => ({ run(doc) })');
  return Object.freeze({
    name,
    version,
    description,
    requires: Object.freeze([...requires]),
    uses: Object.freeze([...uses]),
    provides: Object.freeze([...provides]),
    changesText,
    options: Object.freeze({ ...options }),
    create,
  });
}

/**
 * Whether a declared name is a layer of items, rather than `input`, `text`, a metadata field
 * (`meta:title`) or a stage's work on a layer another stage made (`text:clean`,
 * `sentences:names-whole`): a name with a colon is a state that later stages may ask for.
 */
export function isItemLayer(name: LayerName): boolean {
  return name !== 'input' && name !== 'text' && !name.includes(':');
}
