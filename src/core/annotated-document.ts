import { CodePointIndex } from './code-points.js';
import {
  DOCUMENT_SCHEMA,
  type DateMention,
  type DocumentInput,
  type DocumentMeta,
  type Entity,
  type Parenthetical,
  type PipelineInfo,
  type Sentence,
  type Span,
  type ThaiDocument,
  type Token,
  type Warning,
} from '../document/types.js';

/**
 * The document while a pipeline works on it. Stages read `text` and add standoff layers;
 * problems go to `warn()` so one bad document never stops a batch.
 */
export class AnnotatedDocument {
  readonly id: string;
  readonly input: DocumentInput;
  meta: DocumentMeta;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  dates: DateMention[] = [];
  entities: Entity[] = [];
  parentheticals: Parenthetical[] = [];
  warnings: Warning[] = [];
  private _text = '';
  private _index: CodePointIndex | null = null;

  constructor(id: string, input: DocumentInput) {
    this.id = id;
    this.input = input;
    this.meta = {};
    for (const key of ['title', 'published', 'url'] as const) {
      const value = input[key];
      if (typeof value === 'string' && value !== '') this.meta[key] = value;
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

  toJSON(pipeline: PipelineInfo): ThaiDocument {
    return {
      schema: DOCUMENT_SCHEMA,
      id: this.id,
      text: this._text,
      meta: this.meta,
      tokens: this.tokens,
      sentences: this.sentences,
      dates: this.dates,
      entities: this.entities,
      parentheticals: this.parentheticals,
      warnings: this.warnings,
      pipeline,
    };
  }
}
