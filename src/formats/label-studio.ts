import type { ThaiDocument } from '../document/types.js';
import { defineStreamExport, documentMeta, type Encoded } from './document-export.js';

/** The names the labeling config gives its tags: `<Labels name="label" toName="text">` over `<Text name="text" value="$text"/>`. */
export const LABEL_STUDIO_FROM = 'label';
export const LABEL_STUDIO_TO = 'text';

/**
 * One Label Studio task: `data` (the text, the document's id and metadata) and one prediction
 * whose `result` has a `labels` region per entity, `value` with `start`, `end` (code points, as
 * Label Studio counts), `text` and `labels`. Imported with predictions, the entities show as
 * pre-annotations to accept or correct. The output is one JSON array of tasks, which Label
 * Studio's import takes as it is.
 */
export function labelStudioTask(doc: ThaiDocument, version: string): Encoded {
  const result = (doc.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    from_name: LABEL_STUDIO_FROM,
    to_name: LABEL_STUDIO_TO,
    type: 'labels',
    value: { start: e.start, end: e.end, text: e.text, labels: [e.label] },
  }));
  const task = {
    data: { text: doc.text, doc_id: doc.id, ...documentMeta(doc) },
    predictions: [{ model_version: version, result }],
  };
  return { text: JSON.stringify(task) };
}

export const labelStudioFormat = defineStreamExport({
  name: 'label-studio',
  description: 'Label Studio tasks with the entities as predictions (one JSON array; import it into a project)',
  extension: '.json',
  encodeDocument: (doc) => labelStudioTask(doc, `thai-extract ${doc.pipeline.name}@${doc.pipeline.version}`),
  notes: {},
  frame: { head: '[\n', separator: ',\n', tail: '\n]\n' },
});
