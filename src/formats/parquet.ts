import type { Cell, Table } from './layer-tables.js';
import { defineTableFolder, type TableFile } from './table-folder.js';

/** Rows held before they are written as one row group: large enough for good compression, small enough to bound memory. */
const ROW_GROUP = 100_000;

/**
 * A Parquet file written a row group at a time with hyparquet-writer (pure JavaScript, loaded
 * only when a Parquet output is opened). Columns are typed (strings, 32-bit integers, booleans)
 * and nullable.
 */
async function openParquetTable(table: Table, file: string): Promise<TableFile> {
  const { ParquetWriter, fileWriter, schemaFromColumnData } = await import('hyparquet-writer');
  const columns = table.columns.map((c) => ({ name: c.name, type: c.type, nullable: true, data: [] as Cell[] }));
  const writer = new ParquetWriter({ writer: fileWriter(file), schema: schemaFromColumnData({ columnData: columns }), createdBy: 'thai-extract' });
  let buffered: Cell[][] = [];
  const flush = (): void => {
    if (!buffered.length) return;
    const columnData = columns.map((c, i) => ({ name: c.name, type: c.type, nullable: true, data: buffered.map((row) => row[i]) }));
    writer.write({ columnData, rowGroupSize: buffered.length });
    buffered = [];
  };
  return {
    async add(rows) {
      for (const row of rows) buffered.push(row);
      if (buffered.length >= ROW_GROUP) flush();
    },
    async close() {
      flush();
      writer.finish();
    },
  };
}

export const parquetFormat = defineTableFolder({
  name: 'parquet',
  description: 'Parquet tables in a folder, one a layer: documents.parquet, tokens.parquet, ... (-o DIR/)',
  extension: '.parquet',
  openTable: openParquetTable,
});
