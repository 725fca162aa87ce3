// Throughput of named-entity recognition alone (tokens given), and of loading what it needs.
//   node scripts/run-ts.mjs scripts/bench-ner.ts [--corpus FILE] [--rounds N]
// Without the corpus (it lives outside the project) it times a text of its own.
//
// Absolute times drift on a shared machine, so each figure is also given as a ratio to
// Intl.Segmenter('th') word segmentation of the same texts in the same process, timed in
// alternating passes (medians of the rounds): `entities ÷ ICU` above 1 means the recognizer
// gets through text faster than ICU segments it. Load times are given in ICU-equivalent
// characters as well: how much text ICU segments in the time it takes to load.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CodePointIndex } from '../src/core/code-points.js';
import type { Token } from '../src/document/types.js';
import { decodeModel } from '../src/entities/model-file.js';
import { shippedModelPath } from '../src/entities/model-loader.js';
import { findPatternEntitiesUtf16 } from '../src/entities/patterns.js';
import { EntityRecognizer } from '../src/entities/recognizer.js';
import { SequenceModel } from '../src/entities/sequence-model.js';
import { segment } from '../src/segmenter/index.js';

const { values: args } = parseArgs({
  options: { corpus: { type: 'string', default: '../shared/corpora/ner/thainer15-dev.spans.jsonl' }, rounds: { type: 'string', default: '5' } },
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

const icu = new Intl.Segmenter('th', { granularity: 'word' });
const icuPass = (): number => {
  let n = 0;
  for (const text of texts) for (const line of text.split('\n')) n += Array.from(icu.segment(line), (s) => s.segment).length;
  return n;
};
const chars = texts.reduce((n, text) => n + new CodePointIndex(text).length, 0);
const time = (run: () => unknown): number => {
  const t = performance.now();
  run();
  return performance.now() - t;
};

icuPass(); // warm-up, so that the reference below is ICU at full speed
const icuMsPerChar = time(icuPass) / chars;
const inIcuChars = (ms: number) => `${ms.toFixed(0)} ms (ICU segments ${(ms / icuMsPerChar / 1000).toFixed(0)} k chars meanwhile)`;

let model!: SequenceModel;
const loadMs = time(() => (model = new SequenceModel(decodeModel(readFileSync(shippedModelPath())))));
let recognizer!: EntityRecognizer;
const createMs = time(() => (recognizer = new EntityRecognizer()));
const prepared: { text: string; tokens: Token[]; index: CodePointIndex }[] = texts.map((text) => ({
  text,
  tokens: segment(text),
  index: new CodePointIndex(text),
}));
let entities = 0;
const recognizePass = () => {
  for (const p of prepared) entities += recognizer.recognize(p.text, p.tokens, p.index).length;
};
// the first pass meets every word type, Latin run and lexicon walk for the first time
const firstMs = time(recognizePass);
console.log(`model: ${model.tags.length} tags; read+decode ${inIcuChars(loadMs)}; recognizer (model, gazetteers, lexicon) ${inIcuChars(createMs)}`);
console.log(`first pass (cold caches, English names loaded on the way): ${(((chars / firstMs) * 1000) / 1000).toFixed(0)} k chars/s`);

// the sequence tagger alone (units, features, scores, Viterbi), patterns found beforehand
const withPatterns = prepared.map((p) => ({ ...p, patterns: findPatternEntitiesUtf16(p.text) }));
const tagPass = () => {
  for (const p of withPatterns) recognizer.tagger.tagText(p.text, p.tokens, (cp) => p.index.toUtf16(cp), p.patterns);
};

const rounds: { ner: number; tagger: number; icu: number }[] = [];
for (let r = 0; r < Number(args.rounds); r++) {
  const ner = time(recognizePass);
  const tagger = time(tagPass);
  const ref = time(icuPass);
  rounds.push({ ner: (chars / ner) * 1000, tagger: (chars / tagger) * 1000, icu: (chars / ref) * 1000 });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ref = median(rounds.map((r) => r.icu));
const report = (what: string, rate: number) => console.log(`${what}: ${(rate / 1000).toFixed(0)} k chars/s, ÷ ICU = ${(rate / ref).toFixed(3)}`);
console.log(`ICU word segmentation of the same texts: ${(ref / 1000).toFixed(0)} k chars/s`);
report('entities stage (tokens given)', median(rounds.map((r) => r.ner)));
report('sequence tagger alone (units, features, scores, Viterbi)', median(rounds.map((r) => r.tagger)));
console.log(`(${prepared.length} texts, ${chars} chars, ${Number(args.rounds)} rounds, ${entities / (Number(args.rounds) + 1)} entities a pass)`);
