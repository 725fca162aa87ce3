import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { CodePointIndex } from '../core/code-points.js';
import schema from './document.schema.json' with { type: 'json' };
import { DOCUMENT_LAYERS } from './types.js';

/** The JSON Schema of `thai-extract/document@1`. */
export const documentSchema = schema;

let compiled: ValidateFunction | null = null;
// Ajv is loaded on the first validation, not with the package: a pipeline never validates,
// and loading it was a tenth of the package's start-up.
const requireHere = createRequire(import.meta.url);

type Item = Record<string, unknown>;

/** An object with numeric `start` and `end` and a string `text` is a span, wherever it is. */
function isSpan(value: unknown): value is { start: number; end: number; text: string } {
  if (value === null || typeof value !== 'object') return false;
  const { start, end, text } = value as Item;
  return typeof start === 'number' && typeof end === 'number' && typeof text === 'string';
}

/**
 * Checks a document against the JSON Schema and the invariants a schema cannot state: every
 * span of every layer (built-in or a user stage's), and every span nested in an item (a
 * parenthetical's `thai`), lies inside `text` on whole code points, and its `text` is the text
 * at its code point offsets. Returns the problems found, empty when the document is valid.
 */
export function validateDocument(doc: unknown): string[] {
  if (!compiled) {
    const { Ajv } = requireHere('ajv') as typeof import('ajv');
    compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  if (!compiled(doc)) {
    return (compiled.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message}`);
  }
  const d = doc as Item & { text: string; layers?: Record<string, Item[]> };
  const index = new CodePointIndex(d.text);
  const problems: string[] = [];
  const check = (span: { start: number; end: number; text: string }, where: string): void => {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > index.length || span.start >= span.end) {
      problems.push(`${where}: [${span.start}, ${span.end}) is empty or outside the text (${index.length} code points)`);
    } else if (index.slice(span.start, span.end) !== span.text) {
      problems.push(`${where}: text ${JSON.stringify(span.text)} is not the text at [${span.start}, ${span.end})`);
    }
  };
  const checkLayer = (items: Item[] | undefined, where: string): void => {
    items?.forEach((item, i) => {
      if (isSpan(item)) check(item, `${where}[${i}]`);
      for (const [key, value] of Object.entries(item)) if (isSpan(value)) check(value, `${where}[${i}].${key}`);
    });
  };
  for (const layer of DOCUMENT_LAYERS) checkLayer(d[layer] as Item[] | undefined, layer);
  for (const [name, items] of Object.entries(d.layers ?? {})) checkLayer(items, `layers.${name}`);
  return problems;
}
