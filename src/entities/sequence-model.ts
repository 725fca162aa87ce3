import { allowedTransitions } from './labels.js';
import type { ModelMetadata, ModelTables } from './model-file.js';
import { transitionTable, viterbi, type TransitionTable } from './viterbi.js';

/**
 * The trained linear-chain tagger: per-feature tag weights (looked up by feature hash in an
 * open-addressing table) plus tag-pair weights, decoded with Viterbi under the BIO constraint.
 */
export class SequenceModel {
  readonly metadata: ModelMetadata;
  private readonly nTags: number;
  private readonly transitions: TransitionTable;
  private readonly rowStart: Uint32Array;
  private readonly weight: Float32Array;
  private readonly weightTag: Uint8Array;
  /** Open addressing, key and row side by side (one cache line per probe): `[hash, row + 1]`, row 0 = empty. */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(tables: ModelTables) {
    this.metadata = tables.metadata;
    this.nTags = tables.metadata.tags.length;
    this.transitions = transitionTable(tables.transitions, allowedTransitions(tables.metadata.tags), this.nTags);
    this.rowStart = tables.rowStart;
    this.weightTag = tables.weightTag;
    this.weight = new Float32Array(tables.weight.length);
    for (let i = 0; i < tables.weight.length; i++) this.weight[i] = tables.weight[i] * tables.metadata.scale;
    let bits = 1;
    while (1 << bits < tables.featureHash.length * 2) bits++;
    const size = 1 << bits;
    this.mask = size - 1;
    this.shift = 32 - bits;
    this.slots = new Uint32Array(2 * size);
    for (let row = 0; row < tables.featureHash.length; row++) {
      const key = tables.featureHash[row];
      let slot = this.slotOf(key);
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = row + 1;
    }
  }

  get tags(): readonly string[] {
    return this.metadata.tags;
  }

  /** The best tag index for each unit, given each unit's feature hashes. */
  tag(features: readonly (readonly number[])[]): Int32Array {
    const n = features.length;
    const nTags = this.nTags;
    const emissions = new Float64Array(n * nTags);
    for (let i = 0; i < n; i++) {
      const base = i * nTags;
      for (const feature of features[i]) {
        const row = this.rowOf(feature);
        if (row < 0) continue;
        for (let k = this.rowStart[row]; k < this.rowStart[row + 1]; k++) emissions[base + this.weightTag[k]] += this.weight[k];
      }
    }
    return viterbi(emissions, n, this.transitions);
  }

  /** Multiplicative hashing spreads FNV's clustered low bits over the table. */
  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  private rowOf(key: number): number {
    let slot = this.slotOf(key);
    for (;;) {
      const row = this.slots[2 * slot + 1];
      if (row === 0) return -1;
      if (this.slots[2 * slot] === key) return row - 1;
      slot = (slot + 1) & this.mask;
    }
  }
}
