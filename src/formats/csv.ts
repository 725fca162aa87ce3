import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Cell, Table } from './layer-tables.js';
import { defineTableFolder, type TableFile } from './table-folder.js';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled; null is an empty field. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;

async function openCsvTable(table: Table, file: string): Promise<TableFile> {
  const stream = createWriteStream(file);
  await once(stream, 'open');
  const write = async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await write(csvLine(table.columns.map((c) => c.name)));
  return {
    async add(rows) {
      if (rows.length) await write(rows.map(csvLine).join(''));
    },
    async close() {
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}

export const csvFormat = defineTableFolder({
  name: 'csv',
  description: 'CSV tables in a folder, one a layer: documents.csv, tokens.csv, ... (-o DIR/)',
  extension: '.csv',
  openTable: openCsvTable,
});
