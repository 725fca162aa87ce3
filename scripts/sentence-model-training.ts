// Trains the sentence-boundary model: a logistic regression over the gap features of
// src/sentences/boundary-features.ts, fitted by AdaGrad with L2 regularisation, the examples
// visited in a seeded order. Same samples and options give a byte-identical model.
import { gapEvidence, BOUNDARY_FEATURES_VERSION } from '../src/sentences/boundary-features.js';
import { BOUNDARY_MODEL_FORMAT, type BoundaryModelFile } from '../src/sentences/boundary-model.js';
import { mayNotEnd } from '../src/sentences/hard-rules.js';
import { findSentenceEnds } from '../src/sentences/sentence-ends.js';
import { seededRandom, type Sample } from './sentence-corpora.js';

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this are left out. */
  minCount: number;
  l2: number;
  learningRate: number;
  /** Weights smaller than this in magnitude are dropped from the file. */
  prune: number;
  threshold: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, seed: 20261126, minCount: 8, l2: 1e-3, learningRate: 0.2, prune: 0.1, threshold: 0.4 };

interface Example {
  features: number[];
  boundary: boolean;
}

/**
 * The gaps of the samples the model decides, with features computed as at run time given the gold sentence ends
 * so far (the sentence length features see the true previous boundary).
 */
export function gapExamples(samples: readonly Sample[]): Example[] {
  const examples: Example[] = [];
  for (const sample of samples) {
    for (const paragraph of sample.paragraphs) {
      findSentenceEnds(paragraph, (context, i) => {
        const boundary = sample.gold.has(paragraph.chunks[i].end);
        // The hard rules decide these gaps at run time; the model never sees them.
        if (!mayNotEnd(context)) examples.push({ features: [...gapEvidence(context).features], boundary });
        return boundary;
      });
    }
  }
  return examples;
}

export function trainBoundaryModel(samples: readonly Sample[], options: TrainingOptions, corpus: string): BoundaryModelFile {
  const examples = gapExamples(samples);
  const counts = new Map<number, number>();
  for (const example of examples) for (const f of example.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= options.minCount).sort((a, b) => a - b);
  const id = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ ids: Int32Array.from(e.features.flatMap((f) => (id.has(f) ? [id.get(f)!] : []))), y: e.boundary ? 1 : 0 }));
  const weights = new Float64Array(names.length);
  const squares = new Float64Array(names.length).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const random = seededRandom(options.seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const r of order) {
      const { ids, y } = rows[r];
      let z = bias;
      for (const f of ids) z += weights[f];
      const gradient = 1 / (1 + Math.exp(-z)) - y;
      biasSquares += gradient * gradient;
      bias -= (options.learningRate * gradient) / Math.sqrt(biasSquares);
      for (const f of ids) {
        const g = gradient + options.l2 * weights[f];
        squares[f] += g * g;
        weights[f] -= (options.learningRate * g) / Math.sqrt(squares[f]);
      }
    }
  }
  const kept: Record<string, number> = {};
  names.forEach((f, i) => {
    if (Math.abs(weights[i]) >= options.prune) kept[f] = Math.round(weights[i] * 1000) / 1000;
  });
  return {
    format: BOUNDARY_MODEL_FORMAT,
    featuresVersion: BOUNDARY_FEATURES_VERSION,
    threshold: options.threshold,
    bias: Math.round(bias * 1000) / 1000,
    weights: kept,
    training: { corpus, gaps: rows.length, boundaries: rows.filter((r) => r.y).length, ...options },
    attribution:
      'Trained on ThaiNER 1.5 by Wannaphong Phatthiyaphaibun (doi:10.5281/zenodo.3550546), CC BY 3.0, and UD Thai-TUD (Universal Dependencies), CC BY-SA 4.0',
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
