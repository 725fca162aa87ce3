// Throughput of named-entity recognition alone (tokens given), and of loading the model.
//   node scripts/run-ts.mjs scripts/bench-ner.ts [--corpus FILE] [--seconds S]
// Without the corpus (it lives outside the project) it times a text of its own.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CodePointIndex } from '../src/core/code-points.js';
import type { Token } from '../src/document/types.js';
import { decodeModel } from '../src/entities/model-file.js';
import { shippedModelPath } from '../src/entities/model-loader.js';
import { EntityRecognizer } from '../src/entities/recognizer.js';
import { SequenceModel } from '../src/entities/sequence-model.js';
import { segment } from '../src/segmenter/index.js';

const { values: args } = parseArgs({
  options: { corpus: { type: 'string', default: '../shared/corpora/ner/thainer15-dev.spans.jsonl' }, seconds: { type: 'string', default: '3' } },
});

const OWN_TEXT = [
  'นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ เดินทางไปกรุงเทพฯ เมื่อวันที่ 3 ม.ค. 2566 เวลา 10.30 น.',
  'บริษัท ไทยรุ่งเรือง จำกัด (มหาชน) มีกำไร 1,250 ล้านบาท เพิ่มขึ้นร้อยละ 12.5 ติดต่อ 02-123-4567',
  'อาเซียนและสหรัฐฯ ประชุมร่วมกันที่กรุงจาการ์ตา ประเทศอินโดนีเซีย (ASEAN-US Joint Cooperation Committee)',
];
const texts: string[] = existsSync(args.corpus!)
  ? readFileSync(args.corpus!, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text as string)
  : Array.from({ length: 300 }, (_, i) => OWN_TEXT[i % OWN_TEXT.length]);

let t = performance.now();
const file = readFileSync(shippedModelPath());
const model = new SequenceModel(decodeModel(file));
const loadMs = performance.now() - t;
t = performance.now();
const recognizer = new EntityRecognizer();
const createMs = performance.now() - t;
console.log(
  `model: ${model.tags.length} tags, ${(file.length / 1e6).toFixed(2)} MB; read+decode ${loadMs.toFixed(0)} ms; recognizer (model, gazetteers, lexicon) ${createMs.toFixed(0)} ms`,
);

const prepared: { text: string; tokens: Token[]; index: CodePointIndex }[] = texts.map((text) => ({
  text,
  tokens: segment(text),
  index: new CodePointIndex(text),
}));
const chars = prepared.reduce((n, p) => n + p.index.length, 0);
for (const p of prepared.slice(0, 200)) recognizer.recognize(p.text, p.tokens, p.index); // warm-up
let passes = 0;
let entities = 0;
t = performance.now();
const cpu = process.cpuUsage();
while (performance.now() - t < Number(args.seconds) * 1000) {
  for (const p of prepared) entities += recognizer.recognize(p.text, p.tokens, p.index).length;
  passes++;
}
const seconds = (performance.now() - t) / 1000;
const { user, system } = process.cpuUsage(cpu);
const cpuSeconds = (user + system) / 1e6;
// CPU time is the steadier figure on a shared machine; both are given
const rate = (s: number) => `${((passes * prepared.length) / s).toFixed(0)} sentences/s, ${((passes * chars) / s / 1000).toFixed(0)} k chars/s`;
console.log(`entities stage (tokens given): ${rate(seconds)} wall clock; ${rate(cpuSeconds)} CPU time`);
console.log(`(${prepared.length} sentences, ${chars} chars, ${passes} passes, ${entities / passes} entities a pass)`);
