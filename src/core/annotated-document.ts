import {
  DOCUMENT_LAYERS,
  DOCUMENT_SCHEMA,
  type DocumentInput,
  type DocumentLayers,
  type DocumentMeta,
  type LayerItem,
  type PipelineInfo,
  type Span,
  type ThaiDocument,
  type Warning,
} from '../document/types.js';
import { CodePointIndex } from './code-points.js';

/**
 * The document while a pipeline works on it. Stages read `text` and write layers
 * (`doc.layers.tokens = ...`); problems go to `warn()` so one bad document never stops a batch.
 */
export class AnnotatedDocument {
  readonly id: string;
  readonly input: DocumentInput;
  meta: DocumentMeta = {};
  /** Every layer the stages wrote, by name: the built-in ones and those of user stages. */
  readonly layers: DocumentLayers = {};
  readonly warnings: Warning[] = [];
  private _text = '';
  private _index: CodePointIndex | null = null;

  constructor(id: string, input: DocumentInput) {
    this.id = id;
    this.input = input;
    for (const key of ['title', 'published', 'url'] as const) {
      const value: unknown = input[key];
      // The schema promises an ISO date in meta.published (the dates stage resolves against it).
      if (key === 'published' && typeof value === 'string' && value !== '' && !/^\d{4}-\d{2}-\d{2}/.test(value)) {
        this.warn('input', 'invalid-field', `"published" must start with a date YYYY-MM-DD, got ${JSON.stringify(value).slice(0, 40)}: it is left out`);
      } else if (typeof value === 'string' && value !== '') this.meta[key] = value;
      // A number or an object where a string belongs is left out, but said: never silently.
      else if (value !== undefined && value !== null && value !== '') {
        this.warn('input', 'invalid-field', `"${key}" must be a string, got ${typeof value} ${JSON.stringify(value)?.slice(0, 40)}: it is left out`);
      }
    }
    if (typeof input.text === 'string') this.text = input.text;
  }

  get text(): string {
    return this._text;
  }

  set text(value: string) {
    this._text = value;
    this._index = null;
  }

  /** Code point ↔ UTF-16 conversion for the current text, built once per text. */
  get index(): CodePointIndex {
    if (!this._index) this._index = new CodePointIndex(this._text);
    return this._index;
  }

  /** A span from code point offsets. */
  span(start: number, end: number): Span {
    return { start, end, text: this.index.slice(start, end) };
  }

  /** A span from UTF-16 offsets, as JavaScript regular expressions and chrono-node give them. */
  spanFromUtf16(start: number, end: number): Span {
    const index = this.index;
    const s = index.toCodePoint(start);
    const e = index.toCodePoint(end);
    return { start: s, end: e, text: index.slice(s, e) };
  }

  warn(stage: string, code: string, message: string, span?: { start: number; end: number }): void {
    const warning: Warning = { stage, code, message };
    if (span) {
      warning.start = span.start;
      warning.end = span.end;
    }
    this.warnings.push(warning);
  }

  /**
   * The output document: the layers the pipeline provides (`provided`, in pipeline order) and no
   * others, the built-in ones at the top level in their fixed order, the rest under `layers`. A
   * provided layer that its stage left unwritten is an empty list: the stage ran and found nothing.
   */
  toJSON(pipeline: PipelineInfo, provided: readonly string[]): ThaiDocument {
    const doc: Record<string, unknown> = { schema: DOCUMENT_SCHEMA, id: this.id, text: this._text, meta: this.meta };
    for (const name of DOCUMENT_LAYERS) if (provided.includes(name)) doc[name] = this.layers[name] ?? [];
    const own = provided.filter((name) => !(DOCUMENT_LAYERS as readonly string[]).includes(name));
    if (own.length) doc.layers = Object.fromEntries(own.map((name): [string, readonly LayerItem[]] => [name, this.layers[name] ?? []]));
    doc.warnings = this.warnings;
    doc.pipeline = pipeline;
    return doc as unknown as ThaiDocument;
  }
}
