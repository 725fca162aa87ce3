import type { ThaiDocument } from '../document/types.js';
import { defineStreamExport, documentMeta, type Encoded } from './document-export.js';
import { TOKEN_NOTES } from './format-notes.js';
import { resumeJsonLineExport } from './line-resume.js';
import { NOTHING_DONE } from './output-format.js';
import { alignSpans, documentTokens, spacyTokens, withoutOverlaps } from './token-spans.js';

/**
 * One Prodigy task a line: `text`, `tokens` (`text`, `start`, `end`, `id`, `ws`) and `spans`
 * (`start`, `end`, `token_start`, `token_end` inclusive, `label`), as Prodigy's `ner_manual`
 * reads pre-annotated examples. Tokens are spaCy's (Prodigy tokenizes with spaCy); `meta` shows
 * the id and title in Prodigy's card.
 */
export function prodigyTask(doc: ThaiDocument): Encoded {
  const { tokens: source, untokenized } = documentTokens(doc);
  const tokens = spacyTokens(doc, source);
  const entities = withoutOverlaps(alignSpans(doc.entities ?? [], tokens));
  const task = {
    text: doc.text,
    meta: { id: doc.id, ...documentMeta(doc) },
    tokens: tokens.map((t, id) => ({ text: t.text, start: t.start, end: t.end, id, ws: t.ws })),
    spans: entities.kept.map((e) => ({ start: e.start, end: e.end, token_start: e.first, token_end: e.last, label: e.item.label })),
  };
  return {
    text: `${JSON.stringify(task)}\n`,
    notes: { snapped: entities.kept.filter((e) => e.snapped).length, overlapping: entities.dropped, untokenized: untokenized ? 1 : 0 },
  };
}

export const prodigyFormat = defineStreamExport({
  name: 'prodigy',
  description: 'Prodigy tasks with tokens and spans, one a line (prodigy ner.manual ... out.jsonl)',
  extension: '.jsonl',
  encodeDocument: prodigyTask,
  notes: TOKEN_NOTES,
  resume: async (target) =>
    target.kind === 'file' ? resumeJsonLineExport(target.path, 1, (line) => (line as { meta?: { id?: string } }).meta?.id ?? null) : NOTHING_DONE,
});
