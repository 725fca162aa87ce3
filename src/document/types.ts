/**
 * The annotated document, schema `thai-extract/document@1` (see README "Document format").
 * Every offset is a Unicode code point index into `text`; `start` inclusive, `end` exclusive.
 */

import type { EntityLabel, EntitySource } from '../entities/labels.js';

export const DOCUMENT_SCHEMA = 'thai-extract/document@1';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type TokenKind = 'thai' | 'latin' | 'number' | 'punct' | 'symbol' | 'emoji' | 'space' | 'other';

export interface Token extends Span {
  kind: TokenKind;
}

export type Sentence = Span;

export type DateType = 'date' | 'range' | 'month' | 'year' | 'time' | 'datetime' | 'relative' | 'fiscal';

/** An ISO-like string at the expression's own precision, or an interval of two such strings. */
export type DateValue = string | { start: string | null; end: string | null } | null;

export interface DateMention extends Span {
  type: DateType;
  value: DateValue;
  [extra: string]: unknown;
}

export interface Entity extends Span {
  label: EntityLabel;
  /** What proposed it: the sequence model, a pattern, compromise on a Latin run, the dates layer. */
  source: EntitySource;
  /** Canonical id of the place or organisation named (`country:US`, `th-province:10`, `org:ASEAN`). */
  id?: string;
  /** The date layer's value of a DATE or TIME entity. */
  value?: DateValue;
  [extra: string]: unknown;
}

export interface Parenthetical extends Span {
  thai?: Span;
  english?: Span;
  acronym?: Span;
  [extra: string]: unknown;
}

export interface Warning {
  stage: string;
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface DocumentMeta {
  title?: string;
  published?: string;
  url?: string;
  [key: string]: unknown;
}

export interface PipelineInfo {
  name: string;
  version: string;
  stages: { name: string; version: string }[];
}

export interface ThaiDocument {
  schema: typeof DOCUMENT_SCHEMA;
  id: string;
  text: string;
  meta: DocumentMeta;
  tokens: Token[];
  sentences: Sentence[];
  dates: DateMention[];
  entities: Entity[];
  parentheticals: Parenthetical[];
  warnings: Warning[];
  pipeline: PipelineInfo;
}

/** What a document that could not be processed becomes: one line, never silence. */
export interface ErrorRecord {
  id: string;
  error: { code: string; message: string; [extra: string]: unknown };
}

/** One input document: text, HTML or bytes, plus whatever metadata the source has. */
export interface DocumentInput {
  id?: string;
  text?: string;
  html?: string;
  bytes?: Uint8Array;
  published?: string;
  url?: string;
  title?: string;
  [key: string]: unknown;
}

export const SPAN_LAYERS = ['tokens', 'sentences', 'dates', 'entities', 'parentheticals'] as const;
export type SpanLayer = (typeof SPAN_LAYERS)[number];
