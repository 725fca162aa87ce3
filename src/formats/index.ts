import { jsonFilesFormat } from './json-files.js';
import { jsonlFormat } from './jsonl.js';
import type { OutputFormat } from './output-format.js';

/** The formats `--format` can name. */
export const builtinFormats: readonly OutputFormat[] = [jsonlFormat, jsonFilesFormat];

export function findFormat(name: string): OutputFormat | undefined {
  return builtinFormats.find((format) => format.name === name);
}

export function formatNames(): string[] {
  return builtinFormats.map((format) => format.name);
}
