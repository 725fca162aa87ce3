import { allowedEnds, allowedTransitions } from '../../src/entities/labels.js';
import type { ModelMetadata, ModelTables } from '../../src/entities/model-file.js';
import { transitionTable, viterbi } from '../../src/entities/viterbi.js';
import { seededRandom } from '../../src/seeded-random.js';

export interface TrainingSentence {
  /** Feature hashes of each unit. */
  features: number[][];
  tags: number[];
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times in the training data are left out. */
  minFeatureCount: number;
  /** Averaged weights smaller than this (in absolute value) are dropped from the model. */
  pruneBelow: number;
  onEpoch?: (epoch: number, errors: number, tokens: number) => void;
  /** Epochs after which to hand the averaged model so far to onSnapshot (to compare epoch counts in one run). */
  snapshots?: readonly number[];
  onSnapshot?: (epoch: number, tables: ModelTables) => void;
  /**
   * Independent trainings with seeds `seed`, `seed + 1`, ... whose averaged weights are averaged
   * again: each sees the sentences in another order, and their mean depends less on any one.
   */
  runs?: number;
  /**
   * Loss-augmented decoding while training: every tag but the gold one gets `margin` added to
   * its score, so a sentence is corrected until gold wins by that much (0: the plain perceptron).
   */
  margin?: number;
  /** Added to O's score on units inside a gold entity while training: a missed entity costs more than a false one. */
  missCost?: number;
}

/**
 * A structured averaged perceptron (Collins 2002): decode each sentence with the current
 * weights, move them towards the gold tags where the decoding is wrong, and keep the average
 * of all weight vectors seen. Sentence order is shuffled with a seeded generator, so the same
 * data and options give the same model, byte for byte.
 */
export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  tags: readonly string[],
  options: TrainingOptions,
  metadata: Omit<ModelMetadata, 'tags' | 'scale'>,
): ModelTables {
  const nTags = tags.length;
  const { rows, hashes } = indexFeatures(sentences, options.minFeatureCount);
  const encoded = sentences.map((s) => s.features.map((fs) => Int32Array.from(fs.map((f) => rows.get(f) ?? -1).filter((r) => r >= 0))));
  const runs = options.runs ?? 1;
  const weights = new Float64Array(hashes.length * nTags);
  const transitions = new Float64Array((nTags + 1) * nTags);
  for (let run = 0; run < runs; run++) {
    const model = trainOnce(encoded, sentences, tags, hashes.length, { ...options, seed: options.seed + run }, (epoch, w, t) => {
      if (runs === 1) options.onSnapshot?.(epoch, quantise(hashes, nTags, w, t, options.pruneBelow, tags, metadata));
    });
    for (let i = 0; i < weights.length; i++) weights[i] += model.weights[i] / runs;
    for (let i = 0; i < transitions.length; i++) transitions[i] += model.transitions[i] / runs;
  }
  return quantise(hashes, nTags, weights, Float32Array.from(transitions), options.pruneBelow, tags, metadata);
}

/** One training: the averaged weights (row-major, `row * tags + tag`) and transition weights. */
function trainOnce(
  encoded: readonly Int32Array[][],
  sentences: readonly TrainingSentence[],
  tags: readonly string[],
  features: number,
  options: TrainingOptions,
  onSnapshot: (epoch: number, weights: Float64Array, transitions: Float32Array) => void,
): { weights: Float64Array; transitions: Float64Array } {
  const nTags = tags.length;
  const allowed = allowedTransitions(tags);
  const weights = new Float64Array(features * nTags);
  const weightSums = new Float64Array(features * nTags);
  const transitions = new Float64Array((nTags + 1) * nTags);
  const transitionSums = new Float64Array((nTags + 1) * nTags);
  let step = 1;
  const update = (row: number, tag: number, delta: number): void => {
    weights[row * nTags + tag] += delta;
    weightSums[row * nTags + tag] += step * delta;
  };
  const updateTransition = (from: number, to: number, delta: number): void => {
    transitions[from * nTags + to] += delta;
    transitionSums[from * nTags + to] += step * delta;
  };
  // average: w - sum(step * delta) / step
  const averaged = (w: Float64Array, sums: Float64Array) => w.map((x, i) => x - sums[i] / step);

  // The predecessor lists depend on the tag set only; the decoder reads the live transition
  // weights, so it must not take the shortcut that relies on their largest values (NaN: never).
  const table = { ...transitionTable(transitions, allowed, nTags, allowedEnds(tags)), weights: transitions, largestInto: new Float64Array(nTags).fill(NaN) };

  const margin = options.margin ?? 0;
  const missCost = options.missCost ?? 0;
  const random = seededRandom(options.seed);
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const units = encoded[index];
      const gold = sentences[index].tags;
      const n = units.length;
      if (!n) continue;
      const emissions = new Float64Array(n * nTags);
      for (let i = 0; i < n; i++) {
        for (const row of units[i]) for (let t = 0; t < nTags; t++) emissions[i * nTags + t] += weights[row * nTags + t];
      }
      if (margin || missCost) {
        for (let i = 0; i < n; i++) {
          for (let t = 0; t < nTags; t++) if (t !== gold[i]) emissions[i * nTags + t] += margin;
          if (gold[i] !== 0) emissions[i * nTags] += missCost;
        }
      }
      const predicted = viterbi(emissions, n, table);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const prevGold = i === 0 ? nTags : gold[i - 1];
        const prevPredicted = i === 0 ? nTags : predicted[i - 1];
        if (gold[i] === predicted[i] && prevGold === prevPredicted) continue;
        if (gold[i] !== predicted[i]) {
          errors++;
          for (const row of units[i]) {
            update(row, gold[i], 1);
            update(row, predicted[i], -1);
          }
        }
        updateTransition(prevGold, gold[i], 1);
        updateTransition(prevPredicted, predicted[i], -1);
      }
      step++;
    }
    options.onEpoch?.(epoch, errors, tokens);
    if (options.snapshots?.includes(epoch) && epoch < options.epochs) {
      onSnapshot(epoch, averaged(weights, weightSums), Float32Array.from(averaged(transitions, transitionSums)));
    }
  }
  return { weights: averaged(weights, weightSums), transitions: averaged(transitions, transitionSums) };
}

/** Feature hash → row, for features seen at least `minCount` times; rows follow hash order. */
function indexFeatures(sentences: readonly TrainingSentence[], minCount: number): { rows: Map<number, number>; hashes: Uint32Array } {
  const counts = new Map<number, number>();
  for (const s of sentences) for (const fs of s.features) for (const h of fs) counts.set(h, (counts.get(h) ?? 0) + 1);
  const hashes = Uint32Array.from([...counts].filter(([, c]) => c >= minCount).map(([h]) => h)).sort();
  const rows = new Map<number, number>();
  hashes.forEach((h, row) => {
    rows.set(h, row);
  });
  return { rows, hashes };
}

function quantise(
  hashes: Uint32Array,
  nTags: number,
  averaged: Float64Array,
  transitions: Float32Array,
  pruneBelow: number,
  tags: readonly string[],
  metadata: Omit<ModelMetadata, 'tags' | 'scale'>,
): ModelTables {
  let largest = 0;
  for (let i = 0; i < hashes.length * nTags; i++) largest = Math.max(largest, Math.abs(averaged[i]));
  const scale = largest / 32767 || 1;
  const keptHashes: number[] = [];
  const rowStart: number[] = [0];
  const weight: number[] = [];
  const weightTag: number[] = [];
  for (let row = 0; row < hashes.length; row++) {
    const before = weight.length;
    for (let t = 0; t < nTags; t++) {
      const w = averaged[row * nTags + t];
      if (Math.abs(w) < pruneBelow) continue;
      weight.push(Math.round(w / scale));
      weightTag.push(t);
    }
    if (weight.length === before) continue;
    keptHashes.push(hashes[row]);
    rowStart.push(weight.length);
  }
  return {
    metadata: { ...metadata, tags: [...tags], scale },
    transitions,
    featureHash: Uint32Array.from(keptHashes),
    rowStart: Uint32Array.from(rowStart),
    weight: Int16Array.from(weight),
    weightTag: Uint8Array.from(weightTag),
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
