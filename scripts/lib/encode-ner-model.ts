import { MODEL_MAGIC, align, type ModelTables } from '../../src/entities/model-file.js';

/** The model file (format described in src/entities/model-file.ts) of trained tables. */
export function encodeModel(tables: ModelTables): Uint8Array {
  const meta = new TextEncoder().encode(JSON.stringify(tables.metadata));
  const sections: ArrayBufferView[] = [tables.transitions, tables.featureHash, tables.rowStart, tables.weight];
  let length = align(MODEL_MAGIC.length + 4 + meta.length, 8) + 8;
  for (const section of sections) length = align(length + section.byteLength, 4);
  length += tables.weightTag.byteLength;
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MODEL_MAGIC.length; i++) bytes[i] = MODEL_MAGIC.charCodeAt(i);
  view.setUint32(MODEL_MAGIC.length, meta.length, true);
  bytes.set(meta, MODEL_MAGIC.length + 4);
  let offset = align(MODEL_MAGIC.length + 4 + meta.length, 8);
  view.setUint32(offset, tables.featureHash.length, true);
  view.setUint32(offset + 4, tables.weight.length, true);
  offset += 8;
  for (const section of [...sections, tables.weightTag]) {
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offset);
    offset = align(offset + section.byteLength, 4);
  }
  return bytes;
}
