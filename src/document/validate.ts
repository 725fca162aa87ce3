import { Ajv, type ValidateFunction } from 'ajv';
import schema from './document.schema.json' with { type: 'json' };
import { CodePointIndex } from '../core/code-points.js';
import { SPAN_LAYERS } from './types.js';

/** The JSON Schema of `thai-extract/document@1`. */
export const documentSchema = schema;

let compiled: ValidateFunction | null = null;

/**
 * Checks a document against the JSON Schema and the invariants a schema cannot state: every
 * span (and nested span) lies inside `text` and its `text` is the text at its code point
 * offsets. Returns the problems found, empty when the document is valid.
 */
export function validateDocument(doc: unknown): string[] {
  if (!compiled) compiled = new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!compiled(doc)) {
    return (compiled.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message}`);
  }
  const d = doc as Record<string, unknown> & { text: string };
  const index = new CodePointIndex(d.text);
  const problems: string[] = [];
  const check = (span: { start: number; end: number; text: string }, where: string) => {
    if (span.end > index.length || span.start >= span.end) {
      problems.push(`${where}: [${span.start}, ${span.end}) is empty or outside the text (${index.length} code points)`);
    } else if (index.slice(span.start, span.end) !== span.text) {
      problems.push(`${where}: text ${JSON.stringify(span.text)} is not the text at [${span.start}, ${span.end})`);
    }
  };
  for (const layer of SPAN_LAYERS) {
    (d[layer] as Record<string, unknown>[]).forEach((span, i) => {
      check(span as never, `${layer}[${i}]`);
      for (const part of ['thai', 'english', 'acronym']) {
        if (span[part] && typeof span[part] === 'object') check(span[part] as never, `${layer}[${i}].${part}`);
      }
    });
  }
  return problems;
}
