import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Result } from '../document/types.js';
import { filePathIn } from '../io/folder-writer.js';
import { documentOf } from './document-export.js';
import { packNotes, unpackNotes } from './format-notes.js';
import { type Cell, documentRows, type Table, TABLES, type TableRows } from './layer-tables.js';
import { defineFormat, type FormatWriter, type OutputFormat, type OutputTarget } from './output-format.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Writes one table file: rows are added as documents come, the file is complete at `close`. */
export interface TableFile {
  add(rows: Cell[][]): Promise<void>;
  close(): Promise<void>;
}

export interface TableFolderSpec {
  name: string;
  description: string;
  extension: string;
  /** Opens the file of a table at `file` (a temporary name, renamed into place once closed). */
  openTable(table: Table, file: string): Promise<TableFile>;
}

/**
 * A folder with one file a layer (`documents`, `tokens`, `sentences`, `dates`, `entities`,
 * `parentheticals`). The rows are made where the document is (`encode`, perhaps in a worker)
 * and added to the tables in input order; each file appears under its name only once complete.
 */
export function defineTableFolder(spec: TableFolderSpec): OutputFormat {
  return defineFormat({
    name: spec.name,
    description: spec.description,
    extension: spec.extension,
    target: 'folder',
    encode(result: Result) {
      const doc = documentOf(result);
      return packNotes(doc ? encoder.encode(JSON.stringify(documentRows(doc))) : new Uint8Array(0));
    },
    async open(target: OutputTarget): Promise<FormatWriter> {
      if (target.kind !== 'folder') throw new Error(`the ${spec.name} format writes one file a table into a folder (-o DIR/)`);
      await mkdir(target.path, { recursive: true });
      const files = TABLES.map((table) => {
        const final = filePathIn(target.path, `${table.name}${spec.extension}`);
        const partial = path.join(path.dirname(final), `.${path.basename(final)}.partial`);
        return { table, final, partial, file: spec.openTable(table, partial) };
      });
      const closeAll = async (): Promise<void> => {
        for (const f of files) await (await f.file).close();
      };
      return {
        async write(_id, encoded) {
          const { payload } = unpackNotes(encoded);
          if (!payload.length) return;
          const rows = JSON.parse(decoder.decode(payload)) as TableRows;
          for (const f of files) await (await f.file).add(rows[f.table.name]);
        },
        async close() {
          try {
            await closeAll();
            for (const f of files) await rename(f.partial, f.final);
          } catch (error) {
            await Promise.all(files.map((f) => rm(f.partial, { force: true })));
            throw error;
          }
        },
      };
    },
  });
}
