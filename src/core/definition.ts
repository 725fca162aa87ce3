import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FileTooLargeError, readFileLimited } from '../io/read-limited.js';
import { packageRoot } from '../package-root.js';

/** A pipeline definition is a few lines of JSON; a larger file is not one (`--pipeline /dev/zero` read forever). */
const MAX_DEFINITION_BYTES = 1024 * 1024;

/** A pipeline as plain data, as in `pipelines/*.json`. */
export interface PipelineDefinition {
  name: string;
  version?: string;
  description?: string;
  /** Each stage by name, or with options: `{"stage": "segment", "options": {"engine": "icu"}}`. */
  stages: readonly StageEntry[];
}

export type StageEntry = string | { stage: string; options?: Record<string, unknown> };

/** A definition together with where it came from, for error messages and relative paths. */
export interface LoadedDefinition {
  definition: PipelineDefinition;
  /** The file it was read from, or a description such as "(inline definition)". */
  source: string;
  baseDir: string;
}

/** The problem with a pipeline definition, found before any document is read. */
export class PipelineDefinitionError extends Error {
  readonly source: string;
  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = 'PipelineDefinitionError';
    this.source = source;
  }
}

export function pipelinesDir(): string {
  return path.join(packageRoot(), 'pipelines');
}

/** Names of the pipelines shipped with the package. */
export function builtinPipelineNames(): string[] {
  return readdirSync(pipelinesDir())
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Reads a definition given as a built-in name (`default`), a path to a JSON file, or an object.
 * A string containing a path separator or ending in `.json` is a path.
 */
export function loadDefinition(nameOrDefinition: string | PipelineDefinition): LoadedDefinition {
  if (typeof nameOrDefinition !== 'string') {
    return { definition: nameOrDefinition, source: '(inline definition)', baseDir: process.cwd() };
  }
  const isPath = nameOrDefinition.endsWith('.json') || /[\\/]/.test(nameOrDefinition);
  const file = isPath ? path.resolve(nameOrDefinition) : path.join(pipelinesDir(), `${nameOrDefinition}.json`);
  if (!existsSync(file)) {
    const known = builtinPipelineNames().join(', ');
    throw new PipelineDefinitionError(
      isPath ? file : `pipeline "${nameOrDefinition}"`,
      isPath ? 'no such file' : `no such built-in pipeline (built-in: ${known}); give a path to a .json file for your own`,
    );
  }
  let text: string;
  try {
    text = readFileLimited(file, MAX_DEFINITION_BYTES, 'a pipeline definition').toString('utf8');
  } catch (error) {
    throw new PipelineDefinitionError(file, error instanceof FileTooLargeError ? 'larger than 1 MB: not a pipeline definition' : (error as Error).message);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PipelineDefinitionError(file, `not valid JSON: ${(error as Error).message}`);
  }
  return { definition: parsed as PipelineDefinition, source: file, baseDir: path.dirname(file) };
}
