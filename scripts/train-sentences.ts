// Trains the shipped sentence-boundary model on all of ThaiNER 1.5 and UD Thai-TUD (as
// paragraphs of 1 to 8 gold sentences) and writes src/sentences/model/boundary-model.json, with
// its entry in the folder's provenance.json (writeDataFile). Seeded: the same corpora and
// options give the same bytes.
// Held-out figures come from scripts/eval-sentences.ts (cross-validation with the same options).
//   node scripts/run-ts.mjs scripts/train-sentences.ts [--out FILE] [--epochs N] [--seed N] [--threshold P]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SHIPPED_BOUNDARY_MODEL } from '../src/sentences/boundary-model.js';
import { writeDataFile } from './lib/provenance.js';
import { CORPUS_FILES, loadSamples, seededRandom } from './sentence-corpora.js';
import { DEFAULT_TRAINING, trainBoundaryModel } from './sentence-model-training.js';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: SHIPPED_BOUNDARY_MODEL },
    epochs: { type: 'string', default: String(DEFAULT_TRAINING.epochs) },
    seed: { type: 'string', default: String(DEFAULT_TRAINING.seed) },
    threshold: { type: 'string', default: String(DEFAULT_TRAINING.threshold) },
  },
});
const options = { ...DEFAULT_TRAINING, epochs: Number(args.epochs), seed: Number(args.seed), threshold: Number(args.threshold) };
const started = Date.now();
const random = seededRandom(options.seed);
const samples = [...loadSamples('thainer', 0, random), ...loadSamples('ud', 0, random)];
const model = trainBoundaryModel(samples, options, 'ThaiNER 1.5 (thainer15-dev.spans.jsonl) and UD Thai-TUD (dev), paragraphs of 1-8 sentences');
mkdirSync(path.dirname(args.out!), { recursive: true });
const json = JSON.stringify(model) + '\n';
writeDataFile(args.out!, json, {
  description: `Sentence boundary model: logistic regression over the gap features of src/sentences/boundary-features.ts (v${model.featuresVersion}), trained on ThaiNER 1.5 (CC BY 3.0, Phatthiyaphaibun; Tirasaroj & Aroonmanakun) and UD Thai-TUD dev (CC BY-SA 4.0, Sriwirote et al.).`,
  script: 'scripts/train-sentences.ts',
  arguments: process.argv.slice(2),
  sources: [CORPUS_FILES.thainer, CORPUS_FILES.ud],
  licence: 'CC BY-SA 4.0',
});
console.log(
  `${samples.length} paragraphs, ${model.training.gaps} gaps (${model.training.boundaries} sentence ends); ` +
    `${Object.keys(model.weights).length} weights, ${(json.length / 1024).toFixed(0)} KiB → ${args.out} (${Date.now() - started} ms)`,
);
