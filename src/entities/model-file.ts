/**
 * The trained model on disk: a small binary, gzip-compressed.
 *
 *   "TXNER1" | u32 metadata length | metadata JSON (UTF-8) | zero padding to 4 bytes
 *   u32 features | u32 weights | f32 transitions[(tags + 1) * tags]
 *   u32 featureHash[features] (ascending) | u32 rowStart[features + 1]
 *   i16 weight[weights] (times metadata.scale) | u8 weightTag[weights]
 */
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 'TXNER1';

export interface ModelMetadata {
  format: 'thai-extract/ner-model@1';
  tags: string[];
  /** A stored weight times `scale` is the weight. */
  scale: number;
  featuresVersion: number;
  /** Fingerprint of the word segmenter the training text went through. */
  segmenter: string;
  training: {
    /** Training sequences: each sentence once per segmentation. */
    sentences: number;
    /** Segmenter engines the sentences went through. */
    segmentations: string[];
    epochs: number;
    seed: number;
    minFeatureCount: number;
    corpus: string;
  };
  attribution: string;
}

export interface ModelTables {
  metadata: ModelMetadata;
  transitions: Float32Array;
  featureHash: Uint32Array;
  rowStart: Uint32Array;
  weight: Int16Array;
  weightTag: Uint8Array;
}

export function encodeModel(tables: ModelTables): Uint8Array {
  const meta = Buffer.from(JSON.stringify(tables.metadata), 'utf8');
  const headerLength = align4(MAGIC.length + 4 + meta.length);
  const features = tables.featureHash.length;
  const weights = tables.weight.length;
  const parts = [
    Buffer.alloc(headerLength),
    u32([features, weights]),
    Buffer.from(tables.transitions.buffer, tables.transitions.byteOffset, tables.transitions.byteLength),
    Buffer.from(tables.featureHash.buffer, tables.featureHash.byteOffset, tables.featureHash.byteLength),
    Buffer.from(tables.rowStart.buffer, tables.rowStart.byteOffset, tables.rowStart.byteLength),
    Buffer.from(tables.weight.buffer, tables.weight.byteOffset, tables.weight.byteLength),
    Buffer.from(tables.weightTag.buffer, tables.weightTag.byteOffset, tables.weightTag.byteLength),
  ];
  parts[0].write(MAGIC, 0, 'latin1');
  parts[0].writeUInt32LE(meta.length, MAGIC.length);
  meta.copy(parts[0], MAGIC.length + 4);
  // mtime 0 and a fixed level keep the file byte-identical across runs
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(file: Uint8Array): ModelTables {
  const data = gunzipSync(file);
  if (data.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a thai-extract NER model');
  const metaLength = data.readUInt32LE(MAGIC.length);
  const metadata = JSON.parse(data.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + metaLength)) as ModelMetadata;
  let offset = align4(MAGIC.length + 4 + metaLength);
  const features = data.readUInt32LE(offset);
  const weights = data.readUInt32LE(offset + 4);
  offset += 8;
  // gunzipSync's buffer may sit at any offset of a shared pool: copy into aligned arrays
  const take = <T>(Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const bytes = count * Type.BYTES_PER_ELEMENT;
    const copy = new ArrayBuffer(bytes);
    new Uint8Array(copy).set(data.subarray(offset, offset + bytes));
    offset += bytes;
    return new Type(copy);
  };
  const nTags = metadata.tags.length;
  return {
    metadata,
    transitions: take(Float32Array, (nTags + 1) * nTags),
    featureHash: take(Uint32Array, features),
    rowStart: take(Uint32Array, features + 1),
    weight: take(Int16Array, weights),
    weightTag: take(Uint8Array, weights),
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function u32(values: number[]): Buffer {
  const buffer = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => {
    buffer.writeUInt32LE(v, i * 4);
  });
  return buffer;
}
