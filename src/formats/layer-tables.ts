import type { DateMention, Entity, Parenthetical, Span, ThaiDocument, Token } from '../document/types.js';
import { dateValueText } from './document-export.js';

export type ColumnType = 'STRING' | 'INT32' | 'BOOLEAN';
export type Cell = string | number | boolean | null;

export interface Table {
  name: 'documents' | 'tokens' | 'sentences' | 'dates' | 'entities' | 'parentheticals';
  columns: { name: string; type: ColumnType }[];
}

const SPAN_COLUMNS = [
  { name: 'doc_id', type: 'STRING' },
  { name: 'start', type: 'INT32' },
  { name: 'end', type: 'INT32' },
  { name: 'text', type: 'STRING' },
] as const;

const spanTable = (name: Table['name'], more: Table['columns']): Table => ({ name, columns: [...SPAN_COLUMNS, ...more] });

const partColumns = (part: string): Table['columns'] => [
  { name: `${part}_start`, type: 'INT32' },
  { name: `${part}_end`, type: 'INT32' },
  { name: part, type: 'STRING' },
];

/** One table a layer, each row a span with the document's id, its offsets (code points) and text, then the layer's own fields. */
export const TABLES: readonly Table[] = [
  {
    name: 'documents',
    columns: [
      { name: 'doc_id', type: 'STRING' },
      { name: 'title', type: 'STRING' },
      { name: 'published', type: 'STRING' },
      { name: 'url', type: 'STRING' },
      { name: 'text', type: 'STRING' },
    ],
  },
  spanTable('tokens', [{ name: 'kind', type: 'STRING' }]),
  spanTable('sentences', []),
  spanTable('dates', [
    { name: 'type', type: 'STRING' },
    { name: 'value', type: 'STRING' },
    { name: 'year_written', type: 'STRING' },
    { name: 'era', type: 'STRING' },
    { name: 'year_ce', type: 'INT32' },
    { name: 'needs_anchor', type: 'BOOLEAN' },
  ]),
  spanTable('entities', [
    { name: 'label', type: 'STRING' },
    { name: 'source', type: 'STRING' },
    { name: 'id', type: 'STRING' },
    { name: 'value', type: 'STRING' },
  ]),
  spanTable('parentheticals', [{ name: 'pattern', type: 'STRING' }, ...partColumns('thai'), ...partColumns('english'), ...partColumns('acronym')]),
];

export type TableRows = Record<Table['name'], Cell[][]>;

const span = (id: string, s: Span): Cell[] => [id, s.start, s.end, s.text];
const part = (s: Span | undefined): Cell[] => (s ? [s.start, s.end, s.text] : [null, null, null]);

/** The rows a document adds to each table, cells in the order of `TABLES`' columns. A layer the pipeline did not run adds none. */
export function documentRows(doc: ThaiDocument): TableRows {
  const id = doc.id;
  const { title, published, url } = doc.meta;
  return {
    documents: [[id, title ?? null, published ?? null, url ?? null, doc.text]],
    tokens: (doc.tokens ?? []).map((t: Token) => [...span(id, t), t.kind]),
    sentences: (doc.sentences ?? []).map((s) => span(id, s)),
    dates: (doc.dates ?? []).map((d: DateMention) => [
      ...span(id, d),
      d.type,
      dateValueText(d.value),
      d.year?.written ?? null,
      d.year?.era ?? null,
      d.year?.ce ?? null,
      d.needsAnchor === true,
    ]),
    entities: (doc.entities ?? []).map((e: Entity) => [...span(id, e), e.label, e.source, e.id ?? null, dateValueText(e.value)]),
    parentheticals: (doc.parentheticals ?? []).map((p: Parenthetical) => [...span(id, p), p.pattern, ...part(p.thai), ...part(p.english), ...part(p.acronym)]),
  };
}
