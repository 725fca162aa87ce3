// Trains the named-entity model on ThaiNER (thainer15-dev.spans.jsonl) as the pipeline sees it:
// each sentence cut by the project's segmenter, then into labelling units, tagged BIO from the
// gold character spans. Same data and options give a byte-identical model.
//
//   node scripts/run-ts.mjs scripts/train-ner.ts                 all sentences → the shipped model
//   node scripts/run-ts.mjs scripts/train-ner.ts --holdout       train on 4 blocks in 5, report on the 5th
//   options: --engine default|wordcut|icu   the segmenter the pipeline runs (default: default)
//            --also-engine icu|wordcut|none  a second segmentation of the same sentences (default: icu)
//            --epochs N --seed N --min-count N --prune X --out FILE --corpus FILE --heldout-dir DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CodePointIndex } from '../src/core/code-points.js';
import type { Token } from '../src/document/types.js';
import { segment as segmentText, type SegmentOptions } from '../src/segmenter/index.js';
import { FeatureExtractor } from '../src/entities/feature-extractor.js';
import { FEATURES_VERSION } from '../src/entities/features.js';
import { Gazetteer } from '../src/entities/gazetteer.js';
import { TAGS } from '../src/entities/labels.js';
import { encodeModel } from './lib/encode-ner-model.js';
import { SHIPPED_MODEL } from '../src/entities/model-loader.js';
import { findPatternEntitiesUtf16 } from '../src/entities/patterns.js';
import { trainPerceptron, type TrainingSentence } from './lib/perceptron-trainer.js';
import { EntityRecognizer } from '../src/entities/recognizer.js';
import { segmenterFingerprint } from './lib/segmenter-fingerprint.js';
import { toUnits, type Unit } from '../src/entities/units.js';
import { writeDataFile } from './lib/provenance.js';

interface GoldSentence {
  id: string;
  text: string;
  spans: { start: number; end: number; type: string }[];
}

const BLOCK = 30;
const HELD_OUT_EVERY = 5;
const { values: args } = parseArgs({
  options: {
    holdout: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '20240501' },
    'min-count': { type: 'string', default: '1' },
    prune: { type: 'string', default: '1' },
    out: { type: 'string' },
    corpus: { type: 'string', default: '../shared/corpora/ner/thainer15-dev.spans.jsonl' },
    'heldout-dir': { type: 'string' },
    engine: { type: 'string', default: 'default' },
    'also-engine': { type: 'string', default: 'icu' },
  },
});

const engine = args.engine as NonNullable<SegmentOptions['engine']>;
const segment = (text: string) => segmentText(text, { engine });
const started = Date.now();
const gold: GoldSentence[] = readFileSync(args.corpus!, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
// ThaiNER lines come in article order: whole blocks of 30 lines stay on one side of the split
const isHeldOut = (i: number): boolean => args.holdout && Math.floor(i / BLOCK) % HELD_OUT_EVERY === HELD_OUT_EVERY - 1;
const trainSet = gold.filter((_, i) => !isHeldOut(i));
const heldOut = gold.filter((_, i) => isHeldOut(i));

const gazetteer = Gazetteer.load();
const extractor = new FeatureExtractor(gazetteer);
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));
const sentences: TrainingSentence[] = trainSet.map((g) => toTrainingSentence(g, segment));
// a second segmentation of the same sentences teaches features that survive segmenter changes
// (held-out ThaiNER: 80.2 vs 79.6 F1 with the same segmenter at run time, 79.9 vs 77.1 with icu)
const otherEngine = args['also-engine'] === 'none' ? undefined : (args['also-engine'] as SegmentOptions['engine']);
if (otherEngine) sentences.push(...trainSet.map((g) => toTrainingSentence(g, (text) => segmentText(text, { engine: otherEngine }))));
console.log(`${sentences.length} training sequences, ${sentences.reduce((n, s) => n + s.tags.length, 0)} units (${Date.now() - started} ms)`);

const epochs = Number(args.epochs);
const seed = Number(args.seed);
const minFeatureCount = Number(args['min-count']);
const tables = trainPerceptron(
  sentences,
  TAGS,
  {
    epochs,
    seed,
    minFeatureCount,
    pruneBelow: Number(args.prune),
    onEpoch: (e, errors, units) => console.log(`epoch ${e}: ${errors} unit errors of ${units} (${Date.now() - started} ms)`),
  },
  {
    format: 'thai-extract/ner-model@1',
    featuresVersion: FEATURES_VERSION,
    segmenter: segmenterFingerprint(),
    training: {
      sentences: sentences.length,
      segmentations: [engine, ...(otherEngine ? [otherEngine] : [])],
      epochs,
      seed,
      minFeatureCount,
      corpus: `ThaiNER 1.5 (${path.basename(args.corpus!)}${args.holdout ? ', 4 blocks of 30 lines in 5' : ''})`,
    },
    attribution: 'Trained on ThaiNER by Wannaphong Phatthiyaphaibun (doi:10.5281/zenodo.3550546), CC BY 3.0',
  },
);
const out = args.out ?? (args.holdout ? '/tmp/thai-extract-ner-holdout.bin' : SHIPPED_MODEL);
mkdirSync(path.dirname(out), { recursive: true });
const file = encodeModel(tables);
if (path.resolve(out) === path.resolve(SHIPPED_MODEL)) {
  writeDataFile(out, file, {
    description: 'The entity model: averaged-perceptron weights over hashed features (see src/entities/model-file.ts)',
    script: 'scripts/train-ner.ts',
    arguments: process.argv.slice(2),
    sources: [args.corpus!],
    licence: 'CC BY 3.0 (ThaiNER, see ATTRIBUTION.md)',
  });
} else writeFileSync(out, file);
console.log(
  `model: ${out}, ${tables.featureHash.length} features, ${tables.weight.length} weights, ${(file.length / 1e6).toFixed(2)} MB (${Date.now() - started} ms)`,
);

if (args.holdout) {
  evaluate(new EntityRecognizer({ model: out }), heldOut, segment);
  console.log('\nwith another segmenter (icu) at run time:');
  evaluate(new EntityRecognizer({ model: out }), heldOut, (text) => segmentText(text, { engine: 'icu' }));
  if (args['heldout-dir']) {
    mkdirSync(path.join(args['heldout-dir'], 'ner'), { recursive: true });
    writeFileSync(path.join(args['heldout-dir'], 'ner', 'thainer15-dev.spans.jsonl'), heldOut.map((g) => JSON.stringify(g)).join('\n') + '\n');
  }
}

function toTrainingSentence(g: GoldSentence, segment: (text: string) => Token[]): TrainingSentence {
  const index = new CodePointIndex(g.text);
  const units = splitAtEdges(
    toUnits(g.text, segment(g.text), (cp) => index.toUtf16(cp)),
    g.spans,
  );
  const features = extractor.features(g.text, units, findPatternEntitiesUtf16(g.text));
  const tags = units.map((u) => {
    const span = g.spans.find((s) => s.start <= u.start && u.start < s.end);
    if (!span) return 0;
    return tagIndex.get(`${u.start === span.start ? 'B' : 'I'}-${span.type === 'TEMPERATURE' ? 'T' : span.type}`) ?? 0;
  });
  return { features, tags };
}

/** Where a gold edge falls inside a unit (0.5% of edges), the unit is cut there for training. */
function splitAtEdges(units: Unit[], spans: GoldSentence['spans']): Unit[] {
  const edges = new Set(spans.flatMap((s) => [s.start, s.end]));
  const out: Unit[] = [];
  for (const u of units) {
    let start = u.start;
    for (let i = u.start + 1; i < u.end; i++) {
      if (edges.has(i)) {
        out.push({ ...u, start, end: i, text: u.text.slice(start - u.start, i - u.start) });
        start = i;
      }
    }
    out.push(start === u.start ? u : { ...u, start, text: u.text.slice(start - u.start) });
  }
  return out;
}

function evaluate(recognizer: EntityRecognizer, sentences: GoldSentence[], segment: (text: string) => Token[]): void {
  const counts = new Map<string, { tp: number; pred: number; gold: number }>();
  const count = (label: string) => counts.get(label) ?? counts.set(label, { tp: 0, pred: 0, gold: 0 }).get(label)!;
  const t0 = Date.now();
  for (const g of sentences) {
    const index = new CodePointIndex(g.text);
    const predicted = recognizer.recognize(g.text, segment(g.text), index);
    // gold offsets are UTF-16, the recognizer's code points
    const goldKeys = new Set(g.spans.map((s) => `${index.toCodePoint(s.start)}:${index.toCodePoint(s.end)}:${s.type}`));
    for (const s of g.spans) count(s.type).gold++;
    for (const p of predicted) {
      count(p.label).pred++;
      if (goldKeys.has(`${p.start}:${p.end}:${p.label}`)) count(p.label).tp++;
    }
  }
  const f = (c: { tp: number; pred: number; gold: number }) => {
    const p = c.pred ? c.tp / c.pred : 0;
    const r = c.gold ? c.tp / c.gold : 0;
    return [p, r, p + r ? (2 * p * r) / (p + r) : 0].map((x) => (100 * x).toFixed(1).padStart(6)).join(' ');
  };
  const all = { tp: 0, pred: 0, gold: 0 };
  console.log(`held out: ${sentences.length} sentences (${Date.now() - t0} ms)\nlabel          P      R      F1   gold`);
  for (const [label, c] of [...counts].sort((a, b) => b[1].gold - a[1].gold)) {
    all.tp += c.tp;
    all.pred += c.pred;
    all.gold += c.gold;
    console.log(`${label.padEnd(12)} ${f(c)} ${String(c.gold).padStart(6)}`);
  }
  console.log(`${'micro'.padEnd(12)} ${f(all)} ${String(all.gold).padStart(6)}`);
}
