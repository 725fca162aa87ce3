// Sentence boundary precision and recall on paragraphs made of gold sentences (ThaiNER news,
// UD Thai-TUD; see sentence-corpora.ts), each corpus apart. The learned model is scored by
// 5-fold cross-validation over blocks of lines: each fold is split by a model trained on the
// other four, so no paragraph is scored by a model that saw it. Beside it: the rule-based
// cues alone (the first version of the splitter) and cutting at every space.
// usage: node scripts/run-ts.mjs scripts/eval-sentences.ts [--lines N] [--thresholds 0.5,0.6]
import { parseArgs } from 'node:util';
import { segment } from '../src/segmenter/index.js';
import { BoundaryModel } from '../src/sentences/boundary-model.js';
import { BOUNDARY_THRESHOLD, scoreBoundary } from '../src/sentences/boundary-score.js';
import { DEFAULT_MIN_SENTENCE_LENGTH, splitSentences } from '../src/sentences/split-sentences.js';
import { findSentenceEnds } from '../src/sentences/sentence-ends.js';
import { FOLDS, loadSamples, seededRandom, type CorpusName, type Sample } from './sentence-corpora.js';
import { DEFAULT_TRAINING, trainBoundaryModel } from './sentence-model-training.js';

const { values: args } = parseArgs({
  options: {
    lines: { type: 'string', default: '5' },
    thresholds: { type: 'string', default: '0.3,0.4,0.5' },
    'min-length': { type: 'string', default: String(DEFAULT_MIN_SENTENCE_LENGTH) },
  },
});
const corpora: CorpusName[] = ['thainer', 'ud'];
const linesPerParagraph = Number(args.lines);
const thresholds = args.thresholds!.split(',').map(Number);

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

const zero = (): Counts => ({ truePositives: 0, predicted: 0, gold: 0 });

function add(counts: Counts, sample: Sample, ends: readonly number[]): void {
  const last = sample.tokens.at(-1)?.end ?? 0;
  const inner = ends.filter((end) => end < last);
  counts.predicted += inner.length;
  counts.gold += sample.gold.size;
  for (const end of inner) if (sample.gold.has(end)) counts.truePositives++;
}

function line(name: string, counts: Counts): string {
  const precision = counts.predicted ? counts.truePositives / counts.predicted : 0;
  const recall = counts.gold ? counts.truePositives / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  return `${name.padEnd(22)} precision=${pct(precision)} recall=${pct(recall)} f1=${pct(f1)} (tp=${counts.truePositives} predicted=${counts.predicted} gold=${counts.gold})`;
}

const everySpace = (sample: Sample): number[] => sample.tokens.filter((t, k) => t.kind !== 'space' && sample.tokens[k + 1]?.kind === 'space').map((t) => t.end);

/** The first, rule-based splitter: the cue score against a fixed threshold. */
function ruleBased(sample: Sample): number[] {
  const ends: number[] = [];
  for (const paragraph of sample.paragraphs) {
    const found = findSentenceEnds(paragraph, (context) => {
      const { score, strong } = scoreBoundary(context);
      const longEnough = strong || (context.sentenceLength >= DEFAULT_MIN_SENTENCE_LENGTH && context.remaining >= DEFAULT_MIN_SENTENCE_LENGTH);
      return score >= BOUNDARY_THRESHOLD && longEnough;
    });
    for (const i of found) ends.push(paragraph.chunks[i].end);
  }
  return ends;
}

const started = performance.now();
const test = new Map(corpora.map((c) => [c, loadSamples(c, linesPerParagraph)]));
const random = seededRandom(DEFAULT_TRAINING.seed);
const training = corpora.flatMap((c) => loadSamples(c, 0, random));

const results = new Map<string, Counts>();
const count = (key: string): Counts => {
  if (!results.has(key)) results.set(key, zero());
  return results.get(key)!;
};
for (let fold = 0; fold < FOLDS; fold++) {
  const model = new BoundaryModel(
    trainBoundaryModel(
      training.filter((s) => s.fold !== fold),
      DEFAULT_TRAINING,
      `folds other than ${fold}`,
    ),
  );
  for (const corpus of corpora) {
    for (const sample of test.get(corpus)!.filter((s) => s.fold === fold)) {
      for (const threshold of thresholds) {
        add(
          count(`${corpus} ${threshold}`),
          sample,
          splitSentences(sample.text, sample.tokens, { model, threshold, minLength: Number(args['min-length']) }).map((s) => s.end),
        );
      }
    }
  }
}
// The baselines need no training: score them on every fold.
for (const corpus of corpora) {
  for (const sample of test.get(corpus)!) {
    add(count(`${corpus} every`), sample, everySpace(sample));
    add(count(`${corpus} rules`), sample, ruleBased(sample));
  }
}

for (const corpus of corpora) {
  const samples = test.get(corpus)!;
  console.log(
    `\n${corpus === 'thainer' ? 'ThaiNER 1.5 news' : 'UD Thai-TUD'}: ${samples.length} paragraphs of ${linesPerParagraph} sentences, ${FOLDS}-fold cross-validation by block`,
  );
  console.log(line('every space', count(`${corpus} every`)));
  console.log(line('rules (v1)', count(`${corpus} rules`)));
  for (const threshold of thresholds) {
    const shipped = threshold === DEFAULT_TRAINING.threshold ? ' (default)' : '';
    console.log(line(`model p>=${threshold}${shipped}`, count(`${corpus} ${threshold}`)));
  }
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);

// Speed of the shipped model on the test paragraphs, tokens given, against the segmenter's.
const all = [...test.values()].flat();
let codePoints = 0;
for (const sample of all) codePoints += sample.tokens.at(-1)?.end ?? 0;
const rate = (run: (sample: Sample) => unknown): number => {
  const begun = performance.now();
  let runs = 0;
  while (performance.now() - begun < 1000) {
    for (const sample of all) run(sample);
    runs++;
  }
  return (codePoints * runs) / ((performance.now() - begun) / 1000) / 1e6;
};
splitSentences('ก ข', segment('ก ข')); // loads the shipped model before timing
console.log(
  `speed: splitSentences ${rate((s) => splitSentences(s.text, s.tokens)).toFixed(2)} M code points/s (tokens given); segment ${rate((s) => segment(s.text)).toFixed(2)} M code points/s`,
);
