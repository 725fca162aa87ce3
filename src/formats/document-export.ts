import type { DateValue, Result, ThaiDocument } from '../document/types.js';
import { type Notes, packNotes } from './format-notes.js';
import { noteWriter } from './note-writer.js';
import { type DoneIds, defineFormat, type OutputFormat, type OutputTarget } from './output-format.js';
import { openStream } from './stream-output.js';

const encoder = new TextEncoder();

/** Error records have no place in other tools' formats: the run's summary reports them, and `--resume` tries them again. */
export function documentOf(result: Result): ThaiDocument | null {
  return 'error' in result ? null : result;
}

/** What an export makes of one document: its text in the format, and what it could not hold. */
export interface Encoded {
  text: string;
  notes?: Notes;
}

export interface StreamExport {
  name: string;
  description: string;
  extension: string;
  encodeDocument(doc: ThaiDocument): Encoded;
  /** Wording of the notes `encodeDocument` gives. */
  notes: Record<string, (count: number, documents: number) => string>;
  resume?(target: OutputTarget): Promise<DoneIds>;
  /** What the output starts and ends with, around the documents (a JSON array's brackets). */
  frame?: { head: string; separator: string; tail: string };
}

/** A format that writes documents one after another to standard output or a file. */
export function defineStreamExport(spec: StreamExport): OutputFormat {
  return defineFormat({
    name: spec.name,
    description: spec.description,
    extension: spec.extension,
    target: 'stream',
    encode(result) {
      const doc = documentOf(result);
      if (!doc) return packNotes(new Uint8Array(0));
      const { text, notes } = spec.encodeDocument(doc);
      return packNotes(encoder.encode(text), notes);
    },
    async open(target, options) {
      const stream = await openStream(target, options);
      const inner = spec.frame ? framed(stream, spec.frame) : stream;
      return noteWriter(inner, spec.notes, options.warn);
    },
    ...(spec.resume ? { resume: spec.resume } : {}),
  });
}

function framed(stream: Awaited<ReturnType<typeof openStream>>, frame: NonNullable<StreamExport['frame']>): Awaited<ReturnType<typeof openStream>> {
  let first = true;
  return {
    async write(id, payload) {
      const lead = encoder.encode(first ? frame.head : frame.separator);
      first = false;
      const bytes = new Uint8Array(lead.length + payload.length);
      bytes.set(lead);
      bytes.set(payload, lead.length);
      await stream.write(id, bytes);
    },
    async close() {
      await stream.write('', encoder.encode(first ? frame.head + frame.tail : frame.tail));
      await stream.close();
    },
  };
}

/** The document's metadata that other tools keep beside the text. */
export function documentMeta(doc: ThaiDocument): { title?: string; published?: string; url?: string } {
  const { title, published, url } = doc.meta;
  return { ...(title !== undefined ? { title } : {}), ...(published !== undefined ? { published } : {}), ...(url !== undefined ? { url } : {}) };
}

/** A date value as one string: the ISO value, an interval as ISO 8601 writes it (`2016/2020`, `..` for an open end), or null. */
export function dateValueText(value: DateValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return `${value.start ?? '..'}/${value.end ?? '..'}`;
}
