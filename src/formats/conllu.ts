import type { ThaiDocument } from '../document/types.js';
import { dateValueText, defineStreamExport, type Encoded } from './document-export.js';
import { TOKEN_NOTES } from './format-notes.js';
import { bioTags, tokenRows } from './token-sentences.js';

/** MISC values cannot hold `|` or whitespace: UD's escapes (`\s`, `\t`, `\n`, `\r`, `\p`, `\\`), and `\uXXXX` for other whitespace. */
export function escapeMisc(value: string): string {
  return value.replace(/[\\|\s\u200b\ufeff]/gu, (c) => {
    const named: Record<string, string> = { ' ': '\\s', '\t': '\\t', '\n': '\\n', '\r': '\\r', '|': '\\p', '\\': '\\\\' };
    return named[c] ?? `\\u${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** Comment values are one line. */
const oneLine = (value: string): string => value.replace(/[\r\n]+/g, ' ');

/**
 * A document in CoNLL-U: `# newdoc id`, then one block a sentence with `# sent_id` and `# text`,
 * one line a word (ID, FORM; no lemma, tags or tree: `_`). MISC says what follows a word:
 * nothing (`SpaceAfter=No`), one space (nothing said) or other whitespace (`SpacesAfter=\n`);
 * entities as `NER=B-PERSON` / `I-PERSON` with `EntityId` and `EntityValue` on the first word,
 * dates as `Date=B-date` / `I-date` with `DateValue`.
 */
export function conlluDocument(doc: ThaiDocument): Encoded {
  const rows = tokenRows(doc);
  const entities = bioTags(rows, doc.entities ?? [], (e) => e.label);
  const dates = bioTags(rows, doc.dates ?? [], (d) => d.type);
  const misc: string[][] = rows.words.map((_, i) => {
    const after = rows.after[i];
    return after === '' ? ['SpaceAfter=No'] : after === ' ' ? [] : [`SpacesAfter=${escapeMisc(after)}`];
  });
  for (let i = 0; i < rows.words.length; i++) if (entities.tags[i]) misc[i].push(`NER=${entities.tags[i]}`);
  for (const { item, first } of entities.spans) {
    if (item.id !== undefined) misc[first].push(`EntityId=${escapeMisc(item.id)}`);
    const value = dateValueText(item.value);
    if (value !== null) misc[first].push(`EntityValue=${escapeMisc(value)}`);
  }
  for (let i = 0; i < rows.words.length; i++) if (dates.tags[i]) misc[i].push(`Date=${dates.tags[i]}`);
  for (const { item, first } of dates.spans) {
    const value = dateValueText(item.value);
    if (value !== null) misc[first].push(`DateValue=${escapeMisc(value)}`);
  }
  const lines: string[] = [];
  rows.sentences.forEach(({ first, end }, n) => {
    if (n === 0) lines.push(`# newdoc id = ${oneLine(doc.id)}`);
    lines.push(`# sent_id = ${oneLine(doc.id)}-${n + 1}`);
    const text = rows.words
      .slice(first, end)
      .map((w, i) => w.text + (first + i < end - 1 ? rows.after[first + i] : ''))
      .join('');
    lines.push(`# text = ${oneLine(text)}`);
    for (let i = first; i < end; i++) {
      lines.push([i - first + 1, rows.words[i].text, '_', '_', '_', '_', '_', '_', '_', misc[i].join('|') || '_'].join('\t'));
    }
    lines.push('');
  });
  return { text: lines.length ? `${lines.join('\n')}\n` : '', notes: rows.notes };
}

export const conlluFormat = defineStreamExport({
  name: 'conllu',
  description: 'CoNLL-U: one sentence a block, entities and dates in MISC',
  extension: '.conllu',
  encodeDocument: conlluDocument,
  notes: TOKEN_NOTES,
});
