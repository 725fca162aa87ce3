// Runs the default pipeline over a spread-out sample of real articles and writes every
// document's entities, or compares them with such a file: a change meant to leave the output
// alone (a faster tagger, a refactoring) must show no difference here.
//
//   node scripts/run-ts.mjs scripts/compare-entities.ts --write /tmp/entities-before.jsonl
//   node scripts/run-ts.mjs scripts/compare-entities.ts --compare /tmp/entities-before.jsonl
//   options: --corpus FILE.jsonl[.gz] (default ../shared/corpora/unlabelled/thaigov-news.jsonl.gz)
//            --docs N (default 3000) --every K (take every K-th article, default 8)
//
// Every 10th article gets an emoji in front, so that code-point and UTF-16 offsets differ.
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { createPipeline } from '../src/index.js';

const { values: args } = parseArgs({
  options: {
    write: { type: 'string' },
    compare: { type: 'string' },
    corpus: { type: 'string', default: '../shared/corpora/unlabelled/thaigov-news.jsonl.gz' },
    docs: { type: 'string', default: '3000' },
    every: { type: 'string', default: '8' },
  },
});
if (!args.write === !args.compare) {
  console.error('usage: compare-entities.ts --write FILE | --compare FILE');
  process.exit(2);
}

const texts: { id: string; text: string }[] = [];
const stream = createReadStream(args.corpus!);
const lines = createInterface({ input: args.corpus!.endsWith('.gz') ? stream.pipe(createGunzip()) : stream });
let n = 0;
for await (const line of lines) {
  if (n++ % Number(args.every) !== 3 % Number(args.every)) continue;
  if (!line.trim()) continue;
  const record = JSON.parse(line) as { id: string; text: string };
  texts.push({ id: record.id, text: texts.length % 10 === 9 ? `😂 ${record.text}` : record.text });
  if (texts.length >= Number(args.docs)) break;
}
lines.close();

const pipeline = createPipeline('default');
const started = performance.now();
const out: string[] = [];
for (const { id, text } of texts) {
  const doc = await pipeline.process({ id, text, published: '2020-01-01' });
  out.push(JSON.stringify({ id, entities: doc.entities }));
}
const seconds = (performance.now() - started) / 1000;
const chars = texts.reduce((sum, t) => sum + t.text.length, 0);
console.log(`${texts.length} documents, ${(chars / 1e6).toFixed(1)} M chars, ${seconds.toFixed(1)} s`);

if (args.write) {
  writeFileSync(args.write, out.join('\n') + '\n');
  console.log(`written: ${args.write}`);
} else {
  const before = readFileSync(args.compare!, 'utf8').split('\n').filter(Boolean);
  let differ = 0;
  for (let i = 0; i < Math.max(before.length, out.length); i++) {
    if (before[i] === out[i]) continue;
    if (++differ <= 5) console.log(`differs: ${before[i]?.slice(0, 300)}\n      now: ${out[i]?.slice(0, 300)}`);
  }
  console.log(differ ? `${differ} of ${out.length} documents differ` : `all ${out.length} documents identical`);
  process.exitCode = differ ? 1 : 0;
}
