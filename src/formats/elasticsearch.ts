import type { ThaiDocument } from '../document/types.js';
import { dateValueText, defineStreamExport, documentMeta, type Encoded } from './document-export.js';
import { resumeJsonLineExport } from './line-resume.js';
import { NOTHING_DONE } from './output-format.js';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * The document flattened for search: entity texts by label (`entities.PERSON`), canonical ids,
 * date values and Common-Era years, parenthetical terms, beside the text and metadata.
 */
export function searchDocument(doc: ThaiDocument): Record<string, unknown> {
  const entities: Record<string, string[]> = {};
  for (const e of doc.entities ?? []) (entities[e.label] ??= []).push(e.text);
  for (const label of Object.keys(entities)) entities[label] = unique(entities[label]);
  const dates = doc.dates ?? [];
  const years = dates.flatMap((d) => [d.year?.ce, d.endYear?.ce]).filter((y): y is number => y !== undefined);
  const terms = doc.parentheticals ?? [];
  return {
    doc_id: doc.id,
    ...documentMeta(doc),
    text: doc.text,
    entities,
    entity_ids: unique((doc.entities ?? []).flatMap((e) => (e.id !== undefined ? [e.id] : []))),
    dates: unique(dates.flatMap((d) => dateValueText(d.value) ?? [])),
    years: unique(years).sort((a, b) => a - b),
    terms: terms.map((p) => ({ thai: p.thai?.text ?? null, english: p.english?.text ?? null, acronym: p.acronym?.text ?? null })),
    acronyms: unique(terms.flatMap((p) => (p.acronym ? [p.acronym.text] : []))),
  };
}

/** Two lines a document for the `_bulk` API: the `index` action with the document's id, then the document. */
export function bulkLines(doc: ThaiDocument): Encoded {
  return { text: `${JSON.stringify({ index: { _id: doc.id } })}\n${JSON.stringify(searchDocument(doc))}\n` };
}

export const elasticsearchFormat = defineStreamExport({
  name: 'elasticsearch',
  description: 'Elasticsearch / OpenSearch bulk NDJSON: an index action with _id, then the document flattened for search',
  extension: '.ndjson',
  encodeDocument: bulkLines,
  notes: {},
  resume: async (target) =>
    target.kind === 'file' ? resumeJsonLineExport(target.path, 2, (line) => (line as { index?: { _id?: string } }).index?._id ?? null) : NOTHING_DONE,
});
