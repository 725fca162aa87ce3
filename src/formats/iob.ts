import type { ThaiDocument } from '../document/types.js';
import { defineStreamExport, type Encoded } from './document-export.js';
import { TOKEN_NOTES } from './format-notes.js';
import { bioTags, tokenRows } from './token-sentences.js';

/**
 * A document in the CoNLL-2003 style: a `-DOCSTART-` line, then one `word<TAB>tag` line a word
 * (IOB2 tags: `B-PERSON`, `I-PERSON`, `O`) and a blank line after each sentence.
 */
export function iobDocument(doc: ThaiDocument): Encoded {
  const rows = tokenRows(doc);
  const { tags } = bioTags(rows, doc.entities ?? [], (e) => e.label);
  const lines = ['-DOCSTART-\tO', ''];
  for (const { first, end } of rows.sentences) {
    for (let i = first; i < end; i++) lines.push(`${rows.words[i].text}\t${tags[i] ?? 'O'}`);
    lines.push('');
  }
  return { text: `${lines.join('\n')}\n`, notes: rows.notes };
}

export const iobFormat = defineStreamExport({
  name: 'iob',
  description: 'CoNLL-2003 style word<TAB>tag lines (IOB2), a blank line between sentences',
  extension: '.iob',
  encodeDocument: iobDocument,
  notes: TOKEN_NOTES,
});
