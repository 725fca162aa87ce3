import { bratFormat } from './brat.js';
import { conlluFormat } from './conllu.js';
import { csvFormat } from './csv.js';
import { elasticsearchFormat } from './elasticsearch.js';
import { iobFormat } from './iob.js';
import { jsonFilesFormat } from './json-files.js';
import { jsonlFormat } from './jsonl.js';
import { labelStudioFormat } from './label-studio.js';
import type { OutputFormat } from './output-format.js';
import { parquetFormat } from './parquet.js';
import { prodigyFormat } from './prodigy.js';
import { spacyFormat } from './spacy.js';

/** The formats `--format` can name. */
export const builtinFormats: readonly OutputFormat[] = [
  jsonlFormat,
  jsonFilesFormat,
  spacyFormat,
  conlluFormat,
  iobFormat,
  bratFormat,
  labelStudioFormat,
  prodigyFormat,
  parquetFormat,
  csvFormat,
  elasticsearchFormat,
];

export function findFormat(name: string): OutputFormat | undefined {
  return builtinFormats.find((format) => format.name === name);
}

export function formatNames(): string[] {
  return builtinFormats.map((format) => format.name);
}
