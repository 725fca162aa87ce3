/**
 * The trained model on disk: one little-endian binary, laid out so that loading it is taking
 * typed-array views of the file (no decompression, no parsing but the metadata). The npm
 * tarball compresses it anyway. scripts/lib/encode-ner-model.ts writes it.
 *
 *   "TXNER2\0\0" | u32 metadata length | metadata JSON (UTF-8) | zero padding to 8 bytes
 *   u32 features | u32 weights | f32 transitions[(tags + 1) * tags]
 *   u32 featureHash[features] (ascending) | u32 rowStart[features + 1]
 *   i16 weight[weights] (times metadata.scale) | zero padding to 4 bytes | u8 weightTag[weights]
 */

/** The first bytes of a model file. */
export const MODEL_MAGIC = 'TXNER2\0\0';

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
    /** Loss-augmented training (scripts/lib/perceptron-trainer.ts), recorded only when used. */
    margin?: number;
    missCost?: number;
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

export function decodeModel(file: Uint8Array): ModelTables {
  // typed-array views need aligned offsets: work on a copy unless the file starts a buffer
  const data = file.byteOffset % 8 === 0 ? file : file.slice();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const magic = String.fromCharCode(...data.subarray(0, MODEL_MAGIC.length));
  if (magic !== MODEL_MAGIC) throw new Error('not a thai-extract NER model (format 2)');
  const metaLength = view.getUint32(MODEL_MAGIC.length, true);
  const metadata = JSON.parse(new TextDecoder().decode(data.subarray(MODEL_MAGIC.length + 4, MODEL_MAGIC.length + 4 + metaLength))) as ModelMetadata;
  let offset = align(MODEL_MAGIC.length + 4 + metaLength, 8);
  const features = view.getUint32(offset, true);
  const weights = view.getUint32(offset + 4, true);
  offset += 8;
  const take = <T>(Type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const array = new Type(data.buffer, data.byteOffset + offset, count);
    offset = align(offset + count * Type.BYTES_PER_ELEMENT, 4);
    return array;
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

/** `n` rounded up to a multiple of `to`: every section starts aligned for its typed array. */
export function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
