// Trains the named-entity model on ThaiNER (thainer15-dev.spans.jsonl) as the pipeline sees it:
// each sentence cut by the project's segmenter, then into labelling units, tagged BIO from the
// gold character spans. Same data and options give a byte-identical model.
//
//   node scripts/run-ts.mjs scripts/train-ner.ts               all sentences → the shipped model (npm run train:ner)
//   node scripts/run-ts.mjs scripts/train-ner.ts --folds 5     cross-validation by blocks: five models, each
//                                                              trained on 4 blocks of 30 lines in 5 and scored on
//                                                              the 5th through the default pipeline; the figures
//                                                              add up the five held-out parts (every line once)
//   node scripts/run-ts.mjs scripts/train-ner.ts --holdout     one of those folds (the 5th block of every 5)
//   options: --fold K (with --folds: only fold K)  --engine default|wordcut|icu (the segmenter the pipeline runs)
//            --also-engine icu|wordcut|icu,wordcut|none (more segmentations of the same sentences, default icu)
//            --epochs N --seed N --min-count N --prune X --out FILE --corpus FILE
//            --errors FILE (held-out misses and false positives, for reading: id, -LABEL or +LABEL, start:end, text, line)
//            --report-epochs 8,12 (with --folds: score the models of those epochs too)
//            --runs N (average N trainings with seeds seed, seed + 1, ...)
//            --margin X (loss-augmented training: every wrong tag scores X more while training)
//            --miss-cost X (O scores X more on units inside a gold entity while training)
//            --tags bio|bioes (the tag set: B-X, I-X; or B-X, I-X, E-X for a longer entity's last unit, S-X for a one-unit entity)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CodePointIndex } from '../src/core/code-points.js';
import type { Token } from '../src/document/types.js';
import { FeatureExtractor } from '../src/entities/feature-extractor.js';
import { FEATURES_VERSION } from '../src/entities/features.js';
import { Gazetteer } from '../src/entities/gazetteer.js';
import { TAG_SCHEMES } from '../src/entities/labels.js';
import type { ModelTables } from '../src/entities/model-file.js';
import { SHIPPED_MODEL } from '../src/entities/model-loader.js';
import { findPatternEntitiesUtf16 } from '../src/entities/patterns.js';
import { toUnits, type Unit } from '../src/entities/units.js';
import { createPipeline } from '../src/index.js';
import { type SegmentOptions, segment as segmentText } from '../src/segmenter/index.js';
import { encodeModel } from './lib/encode-ner-model.js';
import { trainPerceptron, type TrainingSentence } from './lib/perceptron-trainer.js';
import { writeDataFile } from './lib/provenance.js';
import { segmenterFingerprint } from './lib/segmenter-fingerprint.js';

interface GoldSentence {
  id: string;
  text: string;
  spans: { start: number; end: number; type: string }[];
}

const BLOCK = 30;
const FOLDS = 5;
const { values: args } = parseArgs({
  options: {
    holdout: { type: 'boolean', default: false },
    folds: { type: 'string', default: '0' },
    fold: { type: 'string' },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '20240501' },
    'min-count': { type: 'string', default: '1' },
    prune: { type: 'string', default: '1' },
    out: { type: 'string' },
    corpus: { type: 'string', default: '../shared/corpora/ner/thainer15-dev.spans.jsonl' },
    errors: { type: 'string' },
    engine: { type: 'string', default: 'default' },
    'also-engine': { type: 'string', default: 'icu' },
    'report-epochs': { type: 'string' },
    runs: { type: 'string', default: '1' },
    margin: { type: 'string', default: '0' },
    'miss-cost': { type: 'string', default: '0' },
    tags: { type: 'string', default: 'bio' },
  },
});

const engine = args.engine as NonNullable<SegmentOptions['engine']>;
const otherEngines = args['also-engine'] === 'none' ? [] : (args['also-engine']!.split(',') as NonNullable<SegmentOptions['engine']>[]);
const started = Date.now();
const log = (message: string) => console.log(`${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
const gold: GoldSentence[] = readFileSync(args.corpus!, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
// ThaiNER lines come in article order: whole blocks of 30 lines stay on one side of a split
const foldOf = (i: number): number => Math.floor(i / BLOCK) % FOLDS;

class Counts {
  private readonly byLabel = new Map<string, { tp: number; pred: number; gold: number }>();

  of(label: string): { tp: number; pred: number; gold: number } {
    let c = this.byLabel.get(label);
    if (!c) this.byLabel.set(label, (c = { tp: 0, pred: 0, gold: 0 }));
    return c;
  }

  add(other: Counts): void {
    for (const [label, c] of other.byLabel) {
      const mine = this.of(label);
      mine.tp += c.tp;
      mine.pred += c.pred;
      mine.gold += c.gold;
    }
  }

  private micro(): { tp: number; pred: number; gold: number } {
    const all = { tp: 0, pred: 0, gold: 0 };
    for (const c of this.byLabel.values()) {
      all.tp += c.tp;
      all.pred += c.pred;
      all.gold += c.gold;
    }
    return all;
  }

  f1(label: string): number {
    const c = label === 'micro' ? this.micro() : this.of(label);
    return c.tp ? (200 * c.tp) / (c.pred + c.gold) : 0;
  }

  print(): void {
    const row = (label: string, c: { tp: number; pred: number; gold: number }) => {
      const p = c.pred ? (100 * c.tp) / c.pred : 0;
      const r = c.gold ? (100 * c.tp) / c.gold : 0;
      const f = c.tp ? (200 * c.tp) / (c.pred + c.gold) : 0;
      console.log(`${label.padEnd(13)}${[p, r, f].map((x) => x.toFixed(1).padStart(7)).join('')}${String(c.gold).padStart(7)}`);
    };
    console.log(`${'label'.padEnd(13)}${['P', 'R', 'F1'].map((x) => x.padStart(7)).join('')}${'gold'.padStart(7)}`);
    for (const [label, c] of [...this.byLabel].sort((a, b) => b[1].gold - a[1].gold)) row(label, c);
    row('micro', this.micro());
  }
}

const gazetteer = Gazetteer.load();
const extractor = new FeatureExtractor(gazetteer);
if (!(args.tags! in TAG_SCHEMES)) throw new Error(`--tags: one of ${Object.keys(TAG_SCHEMES).join(', ')}`);
const scheme = args.tags as keyof typeof TAG_SCHEMES;
const TAGS = TAG_SCHEMES[scheme];
const tagIndex = new Map(TAGS.map((t, i) => [t, i]));

const folds = args.holdout ? [FOLDS - 1] : args.fold !== undefined ? [Number(args.fold)] : Array.from({ length: Number(args.folds) }, (_, k) => k);
if (folds.length) {
  const total = new Counts();
  const misses: string[] = [];
  // --report-epochs 8,12: the models of those epochs are scored as well, on the same folds
  const earlier = (args['report-epochs'] ?? '').split(',').filter(Boolean).map(Number);
  const byEpoch = new Map(earlier.map((e) => [e, new Counts()]));
  for (const k of folds) {
    const file = path.join(tmpdir(), `thai-extract-ner-fold-${k}-${process.pid}.bin`);
    const heldOut = gold.filter((_, i) => foldOf(i) === k);
    const snapshots: [number, string][] = [];
    train(
      gold.filter((_, i) => foldOf(i) !== k),
      file,
      `, blocks of 30 lines not ≡ ${k} mod ${FOLDS}`,
      earlier,
      (epoch, tables) => {
        const snapshot = file.replace(/\.bin$/, `-epoch-${epoch}.bin`);
        writeFileSync(snapshot, encodeModel(tables));
        snapshots.push([epoch, snapshot]);
      },
    );
    for (const [epoch, snapshot] of snapshots) {
      const counts = await evaluate(snapshot, heldOut, []);
      byEpoch.get(epoch)!.add(counts);
      rmSync(snapshot);
      log(`fold ${k}, epoch ${epoch}: micro F1 ${counts.f1('micro').toFixed(1)}`);
    }
    const counts = await evaluate(file, heldOut, misses);
    rmSync(file);
    log(`fold ${k}: micro F1 ${counts.f1('micro').toFixed(2)}`);
    total.add(counts);
  }
  for (const [epoch, counts] of byEpoch) console.log(`after epoch ${epoch}: micro F1 ${counts.f1('micro').toFixed(1)}`);
  console.log(`\nheld out: ${folds.length} of ${FOLDS} folds, every line of them once`);
  console.log(`micro F1 ${total.f1('micro').toFixed(2)}`);
  total.print();
  if (args.errors) writeFileSync(args.errors, misses.join('\n') + '\n');
} else {
  const out = args.out ?? SHIPPED_MODEL;
  train(gold, out, '');
}

/** Trains on `sentences` and writes the model to `out`; returns the file's path. */
function train(
  sentences: readonly GoldSentence[],
  out: string,
  split: string,
  snapshots: readonly number[] = [],
  onSnapshot?: (epoch: number, tables: ModelTables) => void,
): string {
  const sequences: TrainingSentence[] = sentences.map((g) => toTrainingSentence(g, (text) => segmentText(text, { engine })));
  // a second segmentation of the same sentences teaches features that survive segmenter changes
  // (held-out ThaiNER: 80.2 vs 79.6 F1 with the same segmenter at run time, 79.9 vs 77.1 with icu)
  for (const other of otherEngines) for (const g of sentences) sequences.push(toTrainingSentence(g, (text) => segmentText(text, { engine: other })));
  log(`${sequences.length} training sequences, ${sequences.reduce((n, s) => n + s.tags.length, 0)} units`);
  const epochs = Number(args.epochs);
  const seed = Number(args.seed);
  const minFeatureCount = Number(args['min-count']);
  const margin = Number(args.margin);
  const missCost = Number(args['miss-cost']);
  const tables = trainPerceptron(
    sequences,
    TAGS,
    {
      epochs,
      seed,
      minFeatureCount,
      pruneBelow: Number(args.prune),
      onEpoch: (e, errors, units) => log(`epoch ${e}: ${errors} unit errors of ${units}`),
      snapshots,
      onSnapshot,
      runs: Number(args.runs),
      margin,
      missCost,
    },
    {
      format: 'thai-extract/ner-model@1',
      featuresVersion: FEATURES_VERSION,
      segmenter: segmenterFingerprint(),
      training: {
        sentences: sequences.length,
        segmentations: [engine, ...otherEngines],
        epochs,
        seed,
        minFeatureCount,
        // only when used, so that a model trained without them stays byte for byte the same
        ...(margin ? { margin } : {}),
        ...(missCost ? { missCost } : {}),
        corpus: `ThaiNER 1.5 (${path.basename(args.corpus!)}${split})`,
      },
      attribution: 'Trained on ThaiNER by Wannaphong Phatthiyaphaibun (doi:10.5281/zenodo.3550546), CC BY 3.0',
    },
  );
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
  log(`model: ${out}, ${tables.featureHash.length} features, ${tables.weight.length} weights, ${(file.length / 1e6).toFixed(2)} MB`);
  return out;
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
    const first = u.start === span.start;
    // under BIOES the unit that reaches the span's end is E- (S- when it is also the first)
    const last = scheme === 'bioes' && u.end >= span.end;
    const prefix = first ? (last ? 'S' : 'B') : last ? 'E' : 'I';
    return tagIndex.get(`${prefix}-${span.type === 'TEMPERATURE' ? 'T' : span.type}`) ?? 0;
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

/**
 * Scores `model` on `sentences` as ../shared/eval/ner.mjs does: each sentence through the
 * default pipeline (with this model), its offsets mapped back to the input's with the scorer's
 * own alignment (normalisation may change the text), predicted spans trimmed of whitespace,
 * an entity right when start, end and label equal a gold one.
 */
async function evaluate(model: string, sentences: readonly GoldSentence[], misses: string[]): Promise<Counts> {
  const { offsetMap } = (await import(pathToFileURL(path.resolve('../shared/eval/lib/common.mjs')).href)) as {
    offsetMap(docText: string, inputText: string): { span(s: { start: number; end: number }): [number, number] } | null;
  };
  const definition = JSON.parse(readFileSync('pipelines/default.json', 'utf8')) as { stages: (string | { stage: string })[] };
  const stages = definition.stages.map((s) => (s === 'entities' ? { stage: 'entities', options: { model: path.resolve(model) } } : s));
  const pipeline = createPipeline({ name: 'ner-heldout', stages } as Parameters<typeof createPipeline>[0]);
  const counts = new Counts();
  for (const g of sentences) {
    const doc = await pipeline.process({ id: g.id, text: g.text });
    const map = offsetMap(doc.text, g.text);
    const goldKeys = new Set(g.spans.map((s) => `${s.start}:${s.end}:${s.type}`));
    const predicted = new Set<string>();
    for (const e of map ? (doc.entities ?? []) : []) {
      let [start, end] = map!.span(e);
      while (start < end && /\s/.test(g.text[start])) start++;
      while (end > start && /\s/.test(g.text[end - 1])) end--;
      if (start < end) predicted.add(`${start}:${end}:${e.label}`);
    }
    for (const key of goldKeys) {
      const [start, end, label] = key.split(':');
      counts.of(label).gold++;
      if (predicted.has(key)) counts.of(label).tp++;
      else misses.push(`${g.id}\t-${label}\t${start}:${end}\t${g.text.slice(Number(start), Number(end))}\t${g.text}`);
    }
    for (const key of predicted) {
      const [start, end, label] = key.split(':');
      counts.of(label).pred++;
      if (!goldKeys.has(key)) misses.push(`${g.id}\t+${label}\t${start}:${end}\t${g.text.slice(Number(start), Number(end))}\t${g.text}`);
    }
  }
  return counts;
}
