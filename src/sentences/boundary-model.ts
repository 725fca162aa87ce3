import path from 'node:path';
import { readFileLimited } from '../io/read-limited.js';
import { packageRoot } from '../package-root.js';
import { readOncePerPath } from '../read-once.js';
import { BOUNDARY_FEATURES_VERSION } from './boundary-features.js';

/** The model shipped with the package, relative to its root. */
export const SHIPPED_BOUNDARY_MODEL = 'src/sentences/model/boundary-model.json';

export const BOUNDARY_MODEL_FORMAT = 'thai-extract/sentence-boundary-model@1';

/** The JSON file: a logistic regression over the features of `boundary-features.ts`. */
export interface BoundaryModelFile {
  format: typeof BOUNDARY_MODEL_FORMAT;
  featuresVersion: number;
  /** Probability from which a gap ends a sentence, chosen on the training data to favour precision. */
  threshold: number;
  bias: number;
  /** Weight by feature id (`feature-hash.ts`), written as a decimal string. */
  weights: Record<string, number>;
  training: Record<string, unknown>;
  attribution: string;
}

/**
 * Scores gaps: the probability that a sentence ends there. The weights sit in an open-addressing
 * table (ids are below 2^24, so 0 can mark an empty slot after adding 1) whose slots hold a key
 * and its weight side by side, so that a lookup reads one cache line: a mask and a probe or
 * two, several times faster than a Map.
 */
export class BoundaryModel {
  readonly threshold: number;
  private readonly bias: number;
  /** Slot `s` is the key at `2s` and the weight's float bits at `2s + 1`. */
  private readonly slots: Int32Array;
  private readonly weights: Float32Array;
  private readonly mask: number;

  constructor(file: BoundaryModelFile) {
    if (file.format !== BOUNDARY_MODEL_FORMAT) throw new Error(`not a sentence boundary model: ${String(file.format)}`);
    if (file.featuresVersion !== BOUNDARY_FEATURES_VERSION) {
      throw new Error(
        `sentence boundary model made for features v${file.featuresVersion}, this code computes v${BOUNDARY_FEATURES_VERSION}; retrain it (scripts/train-sentences.ts)`,
      );
    }
    this.threshold = file.threshold;
    this.bias = file.bias;
    const entries = Object.entries(file.weights);
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.weights = new Float32Array(this.slots.buffer);
    this.mask = size - 1;
    for (const [id, weight] of entries) {
      const slot = this.slotOf(Number(id) + 1);
      this.slots[2 * slot] = Number(id) + 1;
      this.weights[2 * slot + 1] = weight;
    }
  }

  probability(features: readonly number[]): number {
    let sum = this.bias;
    for (let i = 0; i < features.length; i++) sum += this.weights[2 * this.slotOf(features[i] + 1) + 1];
    return 1 / (1 + Math.exp(-sum));
  }

  /** The slot holding `key`, or the empty slot where it would go (whose weight is 0). */
  private slotOf(key: number): number {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 8) & this.mask;
    while (this.slots[2 * slot] !== 0 && this.slots[2 * slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }
}

export function shippedBoundaryModelPath(): string {
  return path.join(packageRoot(), SHIPPED_BOUNDARY_MODEL);
}

/** A model file of more than this is not one (the shipped model is 100 KB). */
const MAX_MODEL_BYTES = 64 * 1024 * 1024;

const readBoundaryModel = readOncePerPath(
  (file) => new BoundaryModel(JSON.parse(readFileLimited(file, MAX_MODEL_BYTES, 'a sentence model').toString('utf8')) as BoundaryModelFile),
);

/** Reads a model file once per process; later calls share it. */
export function loadBoundaryModel(file: string = shippedBoundaryModelPath()): BoundaryModel {
  return readBoundaryModel(file);
}
