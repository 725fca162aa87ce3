// Fits the weights of the Thai-span edge features (src/parentheticals/span-weights.ts) on
// hand-labelled parentheticals: JSONL records in the format of the parentheticals gold
// ({text, paren, thai_term}, JavaScript string offsets). The model is a softmax over each
// parenthetical's candidate terms (the right ones are those equal to the gold term), fitted by
// gradient descent with an L2 pull towards the starting weights (the current ones, or a JSON
// file of SpanWeights), so that a small sample moves them only as far as it has evidence for.
// `--check` files are only scored. Prints the fitted weights for span-weights.ts. `--folds K`
// also reports K-fold cross-validated accuracy on the `--fit` examples, for choosing features.
//   node scripts/run-ts.mjs scripts/fit-paren-span-weights.ts --fit FILE [--check FILE ...] [--start WEIGHTS.json|none] [--l2 X] [--folds K] [--freeze FEATURE ...] [--iterations N]
// `--freeze` keeps a feature at its starting weight (0 leaves it out), to measure what it adds.
import { readFileSync } from 'node:fs';
import { CodePointIndex } from '../src/document/code-points.js';
import { EDGE_FEATURES, SPAN_WEIGHTS, type SpanWeights } from '../src/parentheticals/span-weights.js';
import { splitInside } from '../src/parentheticals/split-inside.js';
import { candidateScore, thaiSpanCandidates, type Gloss, type SpanCandidate } from '../src/parentheticals/thai-span.js';
import { WordBoundaries } from '../src/parentheticals/word-boundaries.js';
import { segment } from '../src/segmenter/index.js';

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
const ZERO_WEIGHTS: SpanWeights = { thaiPerLatin: SPAN_WEIGHTS.thaiPerLatin, features: Object.fromEntries(EDGE_FEATURES.map((name) => [name, 0])) as SpanWeights['features'] };
const startOption = values('--start')[0];
const startWeights: SpanWeights = startOption === 'none' ? ZERO_WEIGHTS : startOption ? JSON.parse(readFileSync(startOption, 'utf8')) : SPAN_WEIGHTS;
const thaiPerLatin = startWeights.thaiPerLatin;
const ITERATIONS = Number(values('--iterations')[0] ?? 400);
const frozen = new Set(values('--freeze'));
const LEARNING_RATE = 0.05;

function load(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const record = JSON.parse(line) as { text: string; paren: { start: number; end: number }; thai_term: { start: number; end: number } };
      const { text, paren } = record;
      const parts = splitInside(text.slice(paren.start + 1, paren.end - 1));
      const part = (range?: [number, number]) => range && text.slice(paren.start + 1 + range[0], paren.start + 1 + range[1]);
      return {
        text,
        open: paren.start,
        gold: [record.thai_term.start, record.thai_term.end],
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

function accuracy(sets: ReturnType<typeof candidatesOf>, weights: SpanWeights): number {
  let right = 0;
  for (const { candidates, right: ok, settledRight } of sets) {
    if (settledRight !== null) {
      right += settledRight ? 1 : 0;
      continue;
    }
    let best = -1;
    let bestScore = -Infinity;
    candidates.forEach((c, i) => {
      const score = candidateScore(c.features, weights);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0 && ok[best]) right++;
  }
  return right;
}

const fitSets = candidatesOf(values('--fit').flatMap(load));
const checks = values('--check').map((file) => ({ file, sets: candidatesOf(load(file)) }));
const report = (label: string, weights: SpanWeights) =>
  console.log(
    `${label}: fit ${accuracy(fitSets, weights)}/${fitSets.length}` + checks.map((c) => `, ${c.file} ${accuracy(c.sets, weights)}/${c.sets.length}`).join(''),
  );

const start = Float64Array.from(EDGE_FEATURES, (name) => startWeights.features[name]);
const toWeights = (w: Float64Array): SpanWeights => ({
  thaiPerLatin,
  features: Object.fromEntries(EDGE_FEATURES.map((name, i) => [name, Math.round(w[i] * 100) / 100])) as SpanWeights['features'],
});

/** Weights fitted on `sets`, starting from (and pulled towards) the starting weights. */
function fit(sets: ReturnType<typeof candidatesOf>): Float64Array {
  const w = Float64Array.from(start);
  const trainable = sets.filter((s) => s.right.some(Boolean));
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const gradient = new Float64Array(w.length);
    for (const { candidates, right } of trainable) {
      const scores = candidates.map((c) => c.features.reduce((sum, f, i) => sum + f * w[i], 0));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const all = exp.reduce((a, b) => a + b, 0);
      const pos = exp.reduce((a, b, i) => a + (right[i] ? b : 0), 0);
      candidates.forEach((c, i) => {
        const weight = exp[i] / all - (right[i] ? exp[i] / pos : 0);
        c.features.forEach((f, k) => (gradient[k] += (weight * f) / trainable.length));
      });
    }
    for (let k = 0; k < w.length; k++) if (!frozen.has(EDGE_FEATURES[k])) w[k] -= LEARNING_RATE * (gradient[k] + 2 * l2 * (w[k] - start[k]));
  }
  return w;
}

report('start', startWeights);
const reachable = fitSets.filter((s) => s.settledRight ?? s.right.some(Boolean)).length;
console.log(`right term among the candidates: ${reachable}/${fitSets.length}`);
const folds = Number(values('--folds')[0] ?? 0);
if (folds > 1) {
  let right = 0;
  for (let fold = 0; fold < folds; fold++) {
    const held = fitSets.filter((_, i) => i % folds === fold);
    right += accuracy(held, toWeights(fit(fitSets.filter((_, i) => i % folds !== fold))));
  }
  console.log(`cross-validated (${folds} folds, l2 ${l2}): ${right}/${fitSets.length}`);
}
const fitted = toWeights(fit(fitSets));
report(`fitted (l2 ${l2})`, fitted);
console.log(JSON.stringify(fitted, null, 2));
