// Sentence boundary precision and recall on UD Thai-TUD: the treebank gives one sentence a
// line, so consecutive lines joined by a space make paragraphs whose sentence ends are known.
// usage: node scripts/run-ts.mjs scripts/eval-sentences.ts [--lines N] [--file GOLD.label]
import { readFileSync } from 'node:fs';
import { segment } from '../src/segmenter/index.js';
import { splitSentences } from '../src/sentences/split-sentences.js';
import type { Token } from '../src/document/types.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const file = option('--file', '../shared/corpora/segmentation/ud-thai-tud-dev.gold.label');
const linesPerParagraph = Number(option('--lines', '5'));

const sentences = readFileSync(file, 'utf8')
  .split('\n')
  .map((line) => line.replaceAll('|', '').trim())
  .filter((line) => line !== '');

interface Sample {
  text: string;
  tokens: Token[];
  /** Code point offsets where a gold sentence ends inside the paragraph. */
  gold: Set<number>;
}

const samples: Sample[] = [];
for (let i = 0; i < sentences.length; i += linesPerParagraph) {
  const group = sentences.slice(i, i + linesPerParagraph);
  const gold = new Set<number>();
  let length = 0;
  group.forEach((sentence, k) => {
    length += [...sentence].length;
    if (k < group.length - 1) gold.add(length);
    length += 1;
  });
  const text = group.join(' ');
  samples.push({ text, tokens: segment(text), gold });
}

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

function score(predict: (sample: Sample) => number[]): Counts {
  const counts: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  for (const sample of samples) {
    const ends = predict(sample);
    counts.predicted += ends.length;
    counts.gold += sample.gold.size;
    for (const end of ends) if (sample.gold.has(end)) counts.truePositives++;
  }
  return counts;
}

function report(name: string, counts: Counts): void {
  const precision = counts.predicted ? counts.truePositives / counts.predicted : 0;
  const recall = counts.gold ? counts.truePositives / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  console.log(
    `${name.padEnd(14)} precision=${pct(precision)} recall=${pct(recall)} f1=${pct(f1)} ` +
      `(tp=${counts.truePositives} predicted=${counts.predicted} gold=${counts.gold})`,
  );
}

const innerEnds = (sample: Sample, ends: number[]) => ends.filter((end) => end < sample.tokens.at(-1)!.end);

console.log(`UD Thai-TUD: ${sentences.length} sentences, ${samples.length} paragraphs of ${linesPerParagraph} lines`);
report('every space', score((s) => innerEnds(s, s.tokens.filter((t, k) => t.kind !== 'space' && s.tokens[k + 1]?.kind === 'space').map((t) => t.end))));
report('splitSentences', score((s) => innerEnds(s, splitSentences(s.text, s.tokens).map((x) => x.end))));

let codePoints = 0;
for (const sample of samples) codePoints += sample.tokens.at(-1)!.end;
const started = performance.now();
let runs = 0;
while (performance.now() - started < 1000) {
  for (const sample of samples) splitSentences(sample.text, sample.tokens);
  runs++;
}
const seconds = (performance.now() - started) / 1000;
console.log(`speed: ${((codePoints * runs) / seconds / 1e6).toFixed(1)} M code points/s (tokens given)`);
