import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ENTITY_LABELS } from '../entities/labels.js';
import type { Span, ThaiDocument } from '../document/types.js';
import { folderWriter, PARTIAL_FILE } from '../io/folder-writer.js';
import { fileNameForId } from '../io/safe-file-name.js';
import { dateValueText, documentOf } from './document-export.js';
import { packNotes, unpackNotes } from './format-notes.js';
import { type DoneIds, defineFormat, type OutputTarget } from './output-format.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The brat types of the parts of a parenthetical, and the relations between them. */
const PART_TYPES = { thai: 'ThaiTerm', english: 'English', acronym: 'Acronym' } as const;

/**
 * brat's `annotation.conf` for these files: every entity label, `Date` for the dates layer, the
 * parenthetical parts and their relations; overlaps of any kind are allowed (a date and its
 * DATE entity cover the same text).
 */
export const BRAT_ANNOTATION_CONF = [
  '[entities]',
  ...ENTITY_LABELS,
  'Date',
  ...Object.values(PART_TYPES),
  '[relations]',
  'Translation Arg1:ThaiTerm, Arg2:English',
  'Abbreviation Arg1:ThaiTerm|English, Arg2:Acronym',
  '<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
  '[events]',
  '[attributes]',
  '',
].join('\n');

/**
 * A span as brat writes it: `START END` in code points, split into fragments (`0 5;6 9`) at line
 * breaks, which a brat span cannot cross; the text field joins the fragments with a space.
 */
function bratSpan(doc: string[], span: Span): { offsets: string; text: string } {
  const fragments: [number, number][] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (doc[i] !== '\n' && doc[i] !== '\r') continue;
    if (i > start) fragments.push([start, i]);
    start = i + 1;
  }
  if (span.end > start) fragments.push([start, span.end]);
  if (!fragments.length) fragments.push([span.start, span.end]);
  return { offsets: fragments.map(([s, e]) => `${s} ${e}`).join(';'), text: fragments.map(([s, e]) => doc.slice(s, e).join('')).join(' ') };
}

/** The `.ann` standoff file of a document: T lines for entities, dates and parenthetical parts; N lines for canonical ids; R lines pair a term with its English and acronym; `#` notes carry date values and the pairs. */
export function bratAnnotations(doc: ThaiDocument): string {
  const chars = [...doc.text];
  const lines: string[] = [];
  let t = 0;
  let notes = 0;
  const textBound = (type: string, span: Span): string => {
    const { offsets, text } = bratSpan(chars, span);
    lines.push(`T${++t}\t${type} ${offsets}\t${text}`);
    return `T${t}`;
  };
  const note = (on: string, text: string): void => {
    lines.push(`#${++notes}\tAnnotatorNotes ${on}\t${text.replace(/[\r\n\t]+/g, ' ')}`);
  };
  let normalizations = 0;
  for (const entity of doc.entities ?? []) {
    const ref = textBound(entity.label, entity);
    if (entity.id !== undefined) {
      const colon = entity.id.indexOf(':');
      const [db, key] = colon > 0 ? [entity.id.slice(0, colon), entity.id.slice(colon + 1)] : ['thai-extract', entity.id];
      lines.push(`N${++normalizations}\tReference ${ref} ${db}:${key}\t${entity.text.replace(/[\r\n\t]+/g, ' ')}`);
    }
    const value = dateValueText(entity.value);
    if (value !== null) note(ref, `value=${value}`);
  }
  for (const date of doc.dates ?? []) {
    const ref = textBound('Date', date);
    const years = [date.year, date.endYear].filter((y) => y !== undefined).map((y) => `${y.written} ${y.era} → ${y.ce}`);
    note(ref, [`${date.type} value=${dateValueText(date.value) ?? 'unresolved'}`, ...years].join('; '));
  }
  let relations = 0;
  for (const paren of doc.parentheticals ?? []) {
    const refs: Partial<Record<keyof typeof PART_TYPES, string>> = {};
    for (const part of ['thai', 'english', 'acronym'] as const) {
      const span = paren[part];
      if (span) refs[part] = textBound(PART_TYPES[part], span);
    }
    if (refs.thai && refs.english) lines.push(`R${++relations}\tTranslation Arg1:${refs.thai} Arg2:${refs.english}`);
    const expanded = refs.thai ?? refs.english;
    if (expanded && refs.acronym) lines.push(`R${++relations}\tAbbreviation Arg1:${expanded} Arg2:${refs.acronym}`);
    const first = refs.thai ?? refs.english ?? refs.acronym;
    if (first) note(first, `${paren.pattern}: ${[paren.thai?.text, paren.english?.text, paren.acronym?.text].filter(Boolean).join(' = ')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function folderOf(target: OutputTarget): string {
  if (target.kind !== 'folder') throw new Error('the brat format writes ID.txt and ID.ann files into a folder (-o DIR/)');
  return target.path;
}

/** A document is done when both of its files are there (each appears only once complete). */
async function resumeBrat(dir: string): Promise<DoneIds> {
  const entries = existsSync(dir) ? await readdir(dir) : [];
  const partial = entries.filter((n) => PARTIAL_FILE.test(n));
  await Promise.all(partial.map((n) => rm(path.join(dir, n), { force: true })));
  const names = new Set(entries);
  const done = (id: string): boolean => names.has(fileNameForId(id, '.txt')) && names.has(fileNameForId(id, '.ann'));
  const count = entries.filter((n) => n.endsWith('.ann') && names.has(`${n.slice(0, -4)}.txt`)).length;
  const repairs = partial.length ? [`removed ${partial.length} partial file(s) from ${dir}; their documents are done again`] : [];
  return { has: done, count, failed: 0, repairs };
}

/** brat standoff: `DIR/ID.txt` (the text) and `DIR/ID.ann` beside it, and the folder's `annotation.conf`. */
export const bratFormat = defineFormat({
  name: 'brat',
  description: 'brat standoff files: DIR/ID.txt and DIR/ID.ann, with annotation.conf (-o DIR/)',
  extension: '.ann',
  target: 'folder',
  encode(result) {
    const doc = documentOf(result);
    return packNotes(doc ? encoder.encode(JSON.stringify({ txt: doc.text, ann: bratAnnotations(doc) })) : new Uint8Array(0));
  },
  async open(target) {
    const dir = folderOf(target);
    const files = await folderWriter(dir);
    return {
      async write(id, encoded) {
        const { payload } = unpackNotes(encoded);
        if (!payload.length) return;
        const { txt, ann } = JSON.parse(decoder.decode(payload)) as { txt: string; ann: string };
        await files.write(fileNameForId(id, '.txt'), encoder.encode(txt));
        await files.write(fileNameForId(id, '.ann'), encoder.encode(ann));
      },
      async close() {
        await files.write('annotation.conf', encoder.encode(BRAT_ANNOTATION_CONF));
        await files.close();
      },
    };
  },
  resume: (target) => resumeBrat(folderOf(target)),
});
