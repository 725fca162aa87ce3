/**
 * The annotated document, schema `thai-extract/document@1` (README "Document format"; the JSON
 * Schema is document.schema.json beside this file). Every offset is a Unicode code point index
 * into `text`; `start` inclusive, `end` exclusive; every span carries the text at its offsets.
 */
import type { Era, YearReading } from '../thai/eras.js';
import type { EntityLabel } from '../entities/labels.js';

export type { Era, YearReading, EntityLabel };

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
  /** The year as written, the era it was read in, and the Common-Era year. */
  year?: YearReading;
  /** For ranges: the second year. */
  endYear?: YearReading;
  /** A relative expression with no `published` date to resolve it against (`value` is null). */
  needsAnchor?: true;
}

/**
 * Where an entity came from: the sequence model, a pattern, the English-name finder, the dates
 * layer, or a short form defined in a parenthetical or listed in the built-in table (`กกต.`).
 */
export type EntitySource = 'model' | 'pattern' | 'english' | 'dates' | 'acronym';

export interface Entity extends Span {
  label: EntityLabel;
  source: EntitySource;
  /** A canonical id where the name is known: `country:US`, `th-province:50`, `org:ASEAN`. */
  id?: string;
  /** DATE and TIME entities: the value of the date they cover. */
  value?: DateValue;
}

/**
 * The form of the inside of a parenthesis: English (`EN`), a short form (`ACR`), both in either
 * order with their separator, or a Thai full name and its Thai short form (`TH-ACR`, `ACR-TH`).
 */
export type ParentheticalPattern = 'EN' | 'ACR' | 'EN:ACR' | 'ACR:EN' | 'EN-ACR' | 'ACR-EN' | 'EN,ACR' | 'ACR,EN' | 'EN(ACR)' | 'TH-ACR' | 'ACR-TH';

export interface Parenthetical extends Span {
  pattern: ParentheticalPattern;
  thai?: Span;
  english?: Span;
  acronym?: Span;
}

/** A line `clean` took out of the text, with why. */
export interface RemovedLine {
  line: number;
  text: string;
  role: 'title' | 'byline' | 'navigation' | 'boilerplate';
  /** For chrome recognised by its words: the rule (`follow`, `related-heading`, `player`, ...). */
  rule?: string;
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
  /** `YYYY-MM-DD` (an input record's own value is kept as it is). */
  published?: string;
  /** The publication time when the page gives one: `YYYY-MM-DDTHH:MM:SS±HH:MM`, in the page's time zone (Thai time when it names none). */
  publishedAt?: string;
  url?: string;
  /** The name of the site the page is from, as the page gives it. */
  siteName?: string;
  /** The author, as the page names them. */
  author?: string;
  /** The encoding the input's bytes were decoded from. */
  encoding?: string;
  /** Repairs `normalize` made, by kind. */
  normalized?: Record<string, number>;
  /** What `clean` removed. */
  removed?: RemovedLine[];
}

export interface PipelineInfo {
  name: string;
  version: string;
  stages: { name: string; version: string }[];
}

/** An item of a user stage's layer: any JSON object; one with `start`, `end` and `text` is a span. */
export type LayerItem = object;

/**
 * The layers of a document while stages work on it: the built-in ones by name, and any a user
 * stage provides (`doc.layers.keywords = [...]`).
 */
export interface DocumentLayers {
  tokens?: Token[];
  sentences?: Sentence[];
  dates?: DateMention[];
  entities?: Entity[];
  parentheticals?: Parenthetical[];
  [name: string]: readonly LayerItem[] | undefined;
}

/** The built-in layers, which the document carries at its top level, in this order. */
export const DOCUMENT_LAYERS = ['tokens', 'sentences', 'dates', 'entities', 'parentheticals'] as const;
export type DocumentLayer = (typeof DOCUMENT_LAYERS)[number];

/**
 * One annotated document. A layer is present when a stage of the pipeline provides it and
 * absent otherwise (absent means "not looked for", an empty list "none found").
 */
export interface ThaiDocument {
  schema: typeof DOCUMENT_SCHEMA;
  id: string;
  text: string;
  meta: DocumentMeta;
  tokens?: Token[];
  sentences?: Sentence[];
  dates?: DateMention[];
  entities?: Entity[];
  parentheticals?: Parenthetical[];
  /** Layers of user stages, by name. */
  layers?: Record<string, LayerItem[]>;
  warnings: Warning[];
  pipeline: PipelineInfo;
}

/** The document of a pipeline that runs every built-in annotation (the `default` and `raw-text` pipelines). */
export type FullDocument = ThaiDocument & Required<Pick<ThaiDocument, DocumentLayer>>;

/** The document of the `tokens` pipeline: words and sentences. */
export type TokensDocument = ThaiDocument & Required<Pick<ThaiDocument, 'tokens' | 'sentences'>>;

/** What a document that could not be processed becomes: one line, never silence. */
export interface ErrorRecord {
  id: string;
  error: {
    code: ErrorCode;
    message: string;
    /** The stage that failed (`stage-failed`). */
    stage?: string;
    /** Where an unreadable record was: its file, and its line (JSON Lines) or index (JSON arrays). */
    source?: string;
    line?: number;
    index?: number;
  };
}

/**
 * Why a document yielded an error record. Everything the input or the environment causes has
 * a code of its own; `internal` is kept for bugs of this package.
 */
export type ErrorCode = 'malformed-json' | 'invalid-record' | 'empty' | 'binary' | 'too-large' | 'read-failed' | 'stage-failed' | 'worker-failed' | 'internal';

/** A document or the error record that stands in for it. */
export type Result = ThaiDocument | ErrorRecord;

/** One input document: text, HTML or bytes, plus whatever metadata the source has. */
export interface DocumentInput {
  id?: string | number;
  text?: string;
  html?: string;
  bytes?: Uint8Array;
  published?: string;
  url?: string;
  title?: string;
  /** How to read `bytes`: `html` for a page. */
  format?: 'text' | 'html';
  /** Any other field of the input record; stages ignore what they do not know. */
  [key: string]: unknown;
}
