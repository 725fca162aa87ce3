// Fits the weights of the Thai-span edge features (defined in src/parentheticals/span-weights.ts) on
// hand-labelled parentheticals: JSONL records in the format of the parentheticals gold
// ({text, paren, thai_term}, JavaScript string offsets), or our stand-off labels of the corpus
// candidates (scripts/data/paren-term-labels*.jsonl: {candidate, from, to, paren, term}, read
// with the candidates file given by `--candidates`, by default the one in ../shared/corpora).
// The model is a softmax over each parenthetical's candidate terms (the right ones are those
// equal to the gold term), fitted by Adam with an L2 pull towards the starting weights (the
// current ones, `none` for zeros, or a JSON file of SpanWeights). `--check` files are only
// scored. `--folds K` also reports K-fold cross-validated accuracy on the `--fit` examples.
//   node scripts/run-ts.mjs scripts/fit-paren-span-weights.ts --fit FILE [--check FILE ...] [--start WEIGHTS.json|none]
//     [--l2 X] [--folds K [--report-first N]] [--freeze FEATURE ...] [--iterations N] [--learn-words [--word-l2 X] [--min-count N]] [--write]
// `--freeze` keeps a feature at its starting weight (0 leaves it out), to measure what it adds.
// `--write` writes the fitted weights (src/parentheticals/data/span-weights.json) and word tables
// (edge-word-weights.json) instead of printing them, recorded in that folder's provenance.json.
// The weights in src were made with:
//   npm run fit:paren-weights -- --fit scripts/data/paren-term-labels.jsonl --check scripts/data/paren-term-labels-kept-aside.jsonl \
//     --start none --iterations 400 --l2 0.005 --learn-words --word-l2 0.003 --min-count 2 --write
// and then splitsPhrase, added since, alone, every other feature kept at its weight (data/provenance.json lists them):
//   npm run fit:paren-weights -- --fit scripts/data/paren-term-labels.jsonl --check scripts/data/paren-term-labels-kept-aside.jsonl \
//     --iterations 200 --l2 0.005 --freeze lengthFit --freeze hardBoundary … (every feature but splitsPhrase) --write
import { readFileSync } from 'node:fs';
import { CodePointIndex } from '../src/core/code-points.js';
import { shippedDataPath, type EdgeWordWeightsFile } from '../src/parentheticals/shipped-data.js';
import { EDGE_FEATURES, type SpanWeights } from '../src/parentheticals/span-weights.js';
import { splitInsideUtf16 } from '../src/parentheticals/split-inside.js';
import { candidateScore, thaiSpanCandidates, type Gloss, type SpanCandidate } from '../src/parentheticals/thai-span.js';
import { WordBoundaries } from '../src/parentheticals/word-boundaries.js';
import { segment } from '../src/segmenter/index.js';
import { tablesToJson } from './lib/json-tables.js';
import { writeDataFile } from './lib/provenance.js';
import { CANDIDATES_FILE, labelText, readCandidateContexts, type ParenTermLabel } from './paren-term-labels.js';

interface Example {
  text: string;
  open: number;
  gold: [number, number];
  words: WordBoundaries;
  gloss: Gloss;
}

const args = process.argv.slice(2);
const values = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const l2 = Number(values('--l2')[0] ?? 0.03);
// `--start none` starts every weight at 0 (the length ratio stays), so that cross-validation does
// not start from weights fitted on the held-out folds; it needs more iterations and a weaker pull.
// The shipped weights as they are, a feature they lack at 0 (added since they were fitted).
const shippedFile = JSON.parse(readFileSync(shippedDataPath('span-weights.json'), 'utf8')) as SpanWeights;
const SHIPPED_WEIGHTS: SpanWeights = {
  thaiPerLatin: shippedFile.thaiPerLatin,
  features: Object.fromEntries(EDGE_FEATURES.map((name) => [name, shippedFile.features[name] ?? 0])) as SpanWeights['features'],
};
const ZERO_WEIGHTS: SpanWeights = {
  thaiPerLatin: SHIPPED_WEIGHTS.thaiPerLatin,
  features: Object.fromEntries(EDGE_FEATURES.map((name) => [name, 0])) as SpanWeights['features'],
};
const startOption = values('--start')[0];
const startWeights: SpanWeights = startOption === 'none' ? ZERO_WEIGHTS : startOption ? JSON.parse(readFileSync(startOption, 'utf8')) : SHIPPED_WEIGHTS;
const thaiPerLatin = startWeights.thaiPerLatin;
const ITERATIONS = Number(values('--iterations')[0] ?? 400);
const frozen = new Set(values('--freeze'));
const LEARNING_RATE = 0.05;
// `--learn-words` also learns a weight per Thai word opening a term and per word right before it
// (firstWordLearned, leftWordLearned), pulled towards 0 by `--word-l2`, and prints their tables
// for data/edge-word-weights.json. Words seen in fewer than `--min-count` examples are left out.
const learnWords = args.includes('--learn-words');
const wordL2 = Number(values('--word-l2')[0] ?? 0.01);
const MIN_COUNT = Number(values('--min-count')[0] ?? 3);
const LEARNT = new Set(['firstWordLearned', 'leftWordLearned']);

/** The word weights' keys of a candidate: its first word and the word left of it. */
const wordKeys = (c: SpanCandidate): [string, string] => ['first\t' + c.firstWord, 'left\t' + c.leftWord];

interface GoldLabel {
  text: string;
  paren: { start: number; end: number };
  thai_term: { start: number; end: number };
}

const CANDIDATES = values('--candidates')[0] ?? CANDIDATES_FILE;
let candidateContexts: string[] | null = null;

/** The text of a stand-off label's window, from the candidates file of the corpora. */
function windowOf(label: ParenTermLabel): string {
  candidateContexts ??= readCandidateContexts(CANDIDATES);
  if (!candidateContexts) throw new Error(`${CANDIDATES} not found: the labels refer to its lines (give --candidates FILE)`);
  return labelText(label, candidateContexts);
}

function load(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const record = JSON.parse(line) as GoldLabel | ParenTermLabel;
      const { text, paren, gold } =
        'candidate' in record
          ? { text: windowOf(record), paren: { start: record.paren[0], end: record.paren[1] }, gold: record.term }
          : { text: record.text, paren: record.paren, gold: [record.thai_term.start, record.thai_term.end] as [number, number] };
      const parts = splitInsideUtf16(text.slice(paren.start + 1, paren.end - 1));
      const part = (range?: [number, number]) => range && text.slice(paren.start + 1 + range[0], paren.start + 1 + range[1]);
      return {
        text,
        open: paren.start,
        gold,
        words: new WordBoundaries(text, segment(text), new CodePointIndex(text)),
        gloss: { english: part(parts.english), acronym: part(parts.acronym) },
      };
    });
}

const same = (a: [number, number] | null, b: [number, number]): boolean => a !== null && a[0] === b[0] && a[1] === b[1];

/** Each example's candidates and which of them are right; examples settled without scoring have none. */
function candidatesOf(examples: Example[]): { candidates: SpanCandidate[]; right: boolean[]; settledRight: boolean | null }[] {
  return examples.map((e) => {
    const found = thaiSpanCandidates(e.text, e.open, e.words, e.gloss, thaiPerLatin);
    if ('settled' in found) return { candidates: [], right: [], settledRight: same(found.settled, e.gold) };
    return { candidates: found.candidates, right: found.candidates.map((c) => same(c.span, e.gold)), settledRight: null };
  });
}

/** Weights to score with, and the learnt word weights that stand in for the tables in src when `--learn-words`. */
interface Model {
  weights: SpanWeights;
  words: Map<string, number> | null;
}

function score(c: SpanCandidate, { weights, words }: Model): number {
  if (!words) return candidateScore(c.features, weights);
  const learnt = { ...weights, features: { ...weights.features, firstWordLearned: 0, leftWordLearned: 0 } };
  return candidateScore(c.features, learnt) + wordKeys(c).reduce((sum, key) => sum + (words.get(key) ?? 0), 0);
}

function accuracy(sets: ReturnType<typeof candidatesOf>, model: Model): number {
  let right = 0;
  for (const { candidates, right: ok, settledRight } of sets) {
    if (settledRight !== null) {
      right += settledRight ? 1 : 0;
      continue;
    }
    let best = -1;
    let bestScore = -Infinity;
    candidates.forEach((c, i) => {
      const value = score(c, model);
      if (value > bestScore) [best, bestScore] = [i, value];
    });
    if (best >= 0 && ok[best]) right++;
  }
  return right;
}

const fitSets = candidatesOf(values('--fit').flatMap(load));
const checks = values('--check').map((file) => ({ file, sets: candidatesOf(load(file)) }));
const report = (label: string, model: Model) =>
  console.log(
    `${label}: fit ${accuracy(fitSets, model)}/${fitSets.length}` + checks.map((c) => `, ${c.file} ${accuracy(c.sets, model)}/${c.sets.length}`).join(''),
  );

const start = Float64Array.from(EDGE_FEATURES, (name) => startWeights.features[name]);
const toWeights = (w: Float64Array): SpanWeights => ({
  thaiPerLatin,
  features: Object.fromEntries(EDGE_FEATURES.map((name, i) => [name, Math.round(w[i] * 100) / 100])) as SpanWeights['features'],
});

/** Weights fitted on `sets`, starting from (and pulled towards) the starting weights, with the word weights when learnt. */
function fit(sets: ReturnType<typeof candidatesOf>): { dense: Float64Array; words: Map<string, number> } {
  const features = EDGE_FEATURES.length;
  const w = Float64Array.from(start);
  const trainable = sets.filter((s) => s.right.some(Boolean));
  // Word keys as indices, so that the loop below only touches typed arrays.
  const keyIndex = new Map<string, number>();
  const keysOf = (c: SpanCandidate): number[] => wordKeys(c).map((key) => keyIndex.get(key) ?? keyIndex.set(key, keyIndex.size).get(key)!);
  const examples = trainable.map(({ candidates, right }) => ({
    x: Float64Array.from(candidates.flatMap((c) => Array.from(c.features))),
    right,
    keys: learnWords ? candidates.map(keysOf) : [],
  }));
  const v = new Float64Array(keyIndex.size);
  const trains = Uint8Array.from(EDGE_FEATURES, (name) => (frozen.has(name) || (learnWords && LEARNT.has(name)) ? 0 : 1));
  if (learnWords) {
    EDGE_FEATURES.forEach((name, k) => {
      if (LEARNT.has(name)) w[k] = 0;
    });
  }
  // Adam: the features differ in scale by orders of magnitude, which plain gradient descent meets with thousands of steps.
  const moments = [new Float64Array(features), new Float64Array(features), new Float64Array(v.length), new Float64Array(v.length)];
  const [beta1, beta2] = [0.9, 0.999];
  const step = (params: Float64Array, gradient: Float64Array, m: Float64Array, s: Float64Array, t: number, mask?: Uint8Array) => {
    for (let k = 0; k < params.length; k++) {
      if (mask && !mask[k]) continue;
      m[k] = beta1 * m[k] + (1 - beta1) * gradient[k];
      s[k] = beta2 * s[k] + (1 - beta2) * gradient[k] ** 2;
      params[k] -= (LEARNING_RATE * (m[k] / (1 - beta1 ** t))) / (Math.sqrt(s[k] / (1 - beta2 ** t)) + 1e-8);
    }
  };
  for (let iteration = 1; iteration <= ITERATIONS; iteration++) {
    const gradient = new Float64Array(features);
    const wordGradient = new Float64Array(v.length);
    for (const { x, right, keys } of examples) {
      const n = right.length;
      const scores = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let score = 0;
        for (let k = 0; k < features; k++) score += x[i * features + k] * w[k];
        if (learnWords) for (const key of keys[i]) score += v[key];
        scores[i] = score;
      }
      const max = Math.max(...scores);
      let all = 0;
      let pos = 0;
      for (let i = 0; i < n; i++) {
        scores[i] = Math.exp(scores[i] - max);
        all += scores[i];
        if (right[i]) pos += scores[i];
      }
      for (let i = 0; i < n; i++) {
        const weight = (scores[i] / all - (right[i] ? scores[i] / pos : 0)) / examples.length;
        for (let k = 0; k < features; k++) gradient[k] += weight * x[i * features + k];
        if (learnWords) for (const key of keys[i]) wordGradient[key] += weight;
      }
    }
    for (let k = 0; k < features; k++) gradient[k] += 2 * l2 * (w[k] - start[k]);
    for (let k = 0; k < v.length; k++) wordGradient[k] += 2 * wordL2 * v[k];
    step(w, gradient, moments[0], moments[1], iteration, trains);
    if (learnWords) step(v, wordGradient, moments[2], moments[3], iteration);
  }
  return { dense: w, words: new Map(Array.from(keyIndex, ([key, i]) => [key, v[i]])) };
}

/** The fitted model; word weights of words seen in fewer than MIN_COUNT training examples are dropped. */
function fitModel(sets: ReturnType<typeof candidatesOf>): Model {
  const { dense, words } = fit(sets);
  if (!learnWords) return { weights: toWeights(dense), words: null };
  const seen = new Map<string, number>();
  for (const { candidates } of sets) for (const key of new Set(candidates.flatMap(wordKeys))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const kept = new Map([...words].filter(([key, value]) => (seen.get(key) ?? 0) >= MIN_COUNT && Math.abs(value) >= 0.005));
  return { weights: toWeights(dense), words: kept };
}

report('start', { weights: startWeights, words: null });
const reachable = fitSets.filter((s) => s.settledRight ?? s.right.some(Boolean)).length;
console.log(`right term among the candidates: ${reachable}/${fitSets.length}`);
const folds = Number(values('--folds')[0] ?? 0);
// `--report-first N` also gives the cross-validated accuracy on the first N examples alone (our
// first labels were random samples of the candidates; later ones were chosen where the model was least sure).
const first = Number(values('--report-first')[0] ?? 0);
if (folds > 1) {
  let right = 0;
  let rightFirst = 0;
  for (let fold = 0; fold < folds; fold++) {
    const model = fitModel(fitSets.filter((_, i) => i % folds !== fold));
    right += accuracy(
      fitSets.filter((_, i) => i % folds === fold),
      model,
    );
    rightFirst += accuracy(
      fitSets.filter((_, i) => i % folds === fold && i < first),
      model,
    );
  }
  console.log(
    `cross-validated (${folds} folds, l2 ${l2}): ${right}/${fitSets.length}` +
      (first ? `, on the first ${first}: ${rightFirst}/${Math.min(first, fitSets.length)}` : ''),
  );
}
const fitted = fitModel(fitSets);
report(`fitted (l2 ${l2})`, fitted);
if (fitted.words) {
  fitted.weights.features.firstWordLearned = 1;
  fitted.weights.features.leftWordLearned = 1;
}
const table = (kind: string): Record<string, number> =>
  Object.fromEntries(
    [...(fitted.words ?? [])]
      .filter(([key]) => key.startsWith(kind + '\t') && key.length > kind.length + 1)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, value]) => [key.slice(kind.length + 1), Math.round(value * 100) / 100]),
  );
const labelFiles = [...values('--fit'), ...values('--check')];
const sources = [...values('--fit'), ...(labelFiles.some((file) => readFileSync(file, 'utf8').includes('"candidate"')) ? [CANDIDATES] : [])];
const provenance = {
  script: 'scripts/fit-paren-span-weights.ts',
  arguments: args,
  sources,
  licence: 'MIT (fitted on our own labels of thaigov.go.th news, which is public domain)',
};
if (args.includes('--write')) {
  // The fitted weights replace the shipped ones, so that a refit is one command and a diff.
  const weightsFile = shippedDataPath('span-weights.json');
  writeDataFile(weightsFile, JSON.stringify(fitted.weights, null, 2) + '\n', {
    ...provenance,
    description: `The weights of the Thai-span edge features (EDGE_FEATURES of span-weights.ts), fitted on ${fitSets.length} labelled parentheticals (L2 ${l2}).`,
  });
  const wordsFile = shippedDataPath('edge-word-weights.json');
  if (fitted.words) {
    const words: EdgeWordWeightsFile = { first: table('first'), left: table('left') };
    writeDataFile(wordsFile, tablesToJson({ ...words }), {
      ...provenance,
      description:
        `Thai word → its learnt weight as the first word of a term (a nominaliser counts with its word) and as the word right before one, ` +
        `fitted with the span weights; words seen in fewer than ${MIN_COUNT} labelled examples left out.`,
    });
  }
  console.log(`wrote ${weightsFile}${fitted.words ? ` and ${wordsFile}` : ''}`);
} else {
  if (fitted.words) console.log(JSON.stringify({ first: table('first'), left: table('left') }));
  console.log(JSON.stringify(fitted.weights, null, 2));
}
