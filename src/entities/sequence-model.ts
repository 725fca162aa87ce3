import { ENTITY_LABELS, allowedEnds, allowedTransitions } from './labels.js';
import type { ModelMetadata, ModelTables } from './model-file.js';
import { transitionTable, viterbi, type TransitionTable } from './viterbi.js';

/**
 * The trained linear-chain tagger: per-feature tag weights (found by feature hash through a
 * directory of its sorted hashes, built in one pass at load) plus tag-pair weights, decoded
 * with Viterbi under the constraints of its tag set (BIO or BIOES).
 */
export class SequenceModel {
  readonly metadata: ModelMetadata;
  private readonly nTags: number;
  private readonly transitions: TransitionTable;
  private readonly rowStart: Uint32Array;
  private readonly weight: Float32Array;
  private readonly weightTag: Uint8Array;
  /** Feature hashes in ascending order: a feature's row is its index. */
  private readonly featureHash: Uint32Array;
  /** The rows whose hashes start with the bits `b` (the top `32 - shift` bits): `bucketStart[b]` to `bucketStart[b + 1]`. */
  private readonly bucketStart: Uint32Array;
  private readonly shift: number;

  constructor(tables: ModelTables) {
    for (const tag of tables.metadata.tags) {
      if (tag !== 'O' && !(/^[BIES]-/.test(tag) && (ENTITY_LABELS as readonly string[]).includes(tag.slice(2)))) throw new Error(`model: unknown tag ${tag}`);
    }
    this.metadata = tables.metadata;
    this.nTags = tables.metadata.tags.length;
    this.transitions = transitionTable(tables.transitions, allowedTransitions(tables.metadata.tags), this.nTags, allowedEnds(tables.metadata.tags));
    this.rowStart = tables.rowStart;
    this.weightTag = tables.weightTag;
    this.weight = scaled(tables.weight, tables.metadata.scale);
    // about one feature per bucket; the hashes are sorted, so the buckets are one pass away
    let bits = 1;
    while (bits < 24 && 1 << bits < tables.featureHash.length) bits++;
    this.shift = 32 - bits;
    this.featureHash = tables.featureHash;
    this.bucketStart = bucketStarts(tables.featureHash, bits);
  }

  get tags(): readonly string[] {
    return this.metadata.tags;
  }

  /** The best tag index for each unit, given each unit's feature hashes. */
  tag(features: readonly (readonly number[])[]): Int32Array {
    const n = features.length;
    const emissions = new Float64Array(n * this.nTags);
    for (let i = 0; i < n; i++) for (const feature of features[i]) this.addFeature(feature, emissions, i * this.nTags);
    return this.decode(emissions, n);
  }

  /** Adds the weights of feature `hash` (if the model has it) to `scores[base + tag]`. */
  addFeature(hash: number, scores: Float64Array, base: number): void {
    this.addRow(this.rowOf(hash), scores, base);
  }

  /** Adds the weights of the feature in row `row` (from rowOf; nothing for -1) to `scores[base + tag]`. */
  addRow(row: number, scores: Float64Array, base: number): void {
    if (row < 0) return;
    for (let k = this.rowStart[row], end = this.rowStart[row + 1]; k < end; k++) scores[base + this.weightTag[k]] += this.weight[k];
  }

  /** The best tag sequence for `n` units given their tag scores (`emissions[i * tags + t]`). */
  decode(emissions: Float64Array, n: number): Int32Array {
    return viterbi(emissions, n, this.transitions);
  }

  /** The row of the feature whose hash is `key`, -1 for a feature the model does not have. */
  rowOf(key: number): number {
    const bucket = key >>> this.shift;
    const { featureHash } = this;
    for (let row = this.bucketStart[bucket], end = this.bucketStart[bucket + 1]; row < end; row++) {
      if (featureHash[row] === key) return row;
    }
    return -1;
  }
}

/** Where each bucket of `2 ** bits` starts in the ascending `hashes`. */
function bucketStarts(hashes: Uint32Array, bits: number): Uint32Array {
  const shift = 32 - bits;
  const start = new Uint32Array((1 << bits) + 1);
  let row = 0;
  for (let bucket = 0; bucket <= 1 << bits; bucket++) {
    while (row < hashes.length && hashes[row] >>> shift < bucket) {
      if (row > 0 && hashes[row] <= hashes[row - 1]) throw new Error('model: feature hashes are not in ascending order');
      row++;
    }
    start[bucket] = row;
  }
  return start;
}

function scaled(weights: Int16Array, scale: number): Float32Array {
  const out = new Float32Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = weights[i] * scale;
  return out;
}
