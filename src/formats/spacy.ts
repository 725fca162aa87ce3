import type { ThaiDocument } from '../document/types.js';
import { defineStreamExport, documentMeta, type Encoded } from './document-export.js';
import { TOKEN_NOTES } from './format-notes.js';
import { resumeJsonLineExport } from './line-resume.js';
import { NOTHING_DONE } from './output-format.js';
import { alignSpans, documentTokens, spacyTokens, withoutOverlaps } from './token-spans.js';

/**
 * One document as spaCy's `Doc.to_json()` writes it, which `Doc(vocab).from_json(...)` loads:
 * `text`, `tokens` (`id`, `start`, `end`), `ents` (`start`, `end`, `label`) and `sents`, in
 * code points (Python's string indices). spaCy tokens cannot hold whitespace the way ours do
 * (see `spacyTokens`); entity and sentence edges inside a token are widened to it. What spaCy's
 * JSON has no place for (the id, metadata, canonical ids, date values, parenthetical pairs) is in
 * `user_data`.
 */
export function spacyDocument(doc: ThaiDocument): Encoded & { json: object } {
  const { tokens: source, untokenized } = documentTokens(doc);
  const tokens = spacyTokens(doc, source);
  const entities = withoutOverlaps(alignSpans(doc.entities ?? [], tokens));
  const sentences = withoutOverlaps(alignSpans(doc.sentences ?? [], tokens));
  const snapped = [...entities.kept, ...sentences.kept].filter((s) => s.snapped).length;
  const json = {
    text: doc.text,
    ents: entities.kept.map((e) => ({ start: e.start, end: e.end, label: e.item.label })),
    sents: sentences.kept.map((s) => ({ start: s.start, end: s.end })),
    tokens: tokens.map((t, id) => ({ id, start: t.start, end: t.end })),
    user_data: {
      id: doc.id,
      ...documentMeta(doc),
      entities: (doc.entities ?? []).flatMap(({ start, end, label, id, value }) =>
        id !== undefined || value !== undefined ? [{ start, end, label, ...(id !== undefined ? { id } : {}), ...(value !== undefined ? { value } : {}) }] : [],
      ),
      ...(doc.dates ? { dates: doc.dates } : {}),
      ...(doc.parentheticals ? { parentheticals: doc.parentheticals } : {}),
    },
  };
  return { json, text: `${JSON.stringify(json)}\n`, notes: { snapped, overlapping: entities.dropped, untokenized: untokenized ? 1 : 0 } };
}

export const spacyFormat = defineStreamExport({
  name: 'spacy',
  description: "spaCy's Doc.to_json(), one document a line (Doc(vocab).from_json)",
  extension: '.jsonl',
  encodeDocument: spacyDocument,
  notes: TOKEN_NOTES,
  resume: async (target) =>
    target.kind === 'file' ? resumeJsonLineExport(target.path, 1, (line) => (line as { user_data?: { id?: string } }).user_data?.id ?? null) : NOTHING_DONE,
});
