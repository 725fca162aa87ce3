// npm run bench -- pipeline: the built package's default pipeline on news articles, in this process
// and from a fresh one, each figure a ratio to a reference measured in the same run.
//
//   node scripts/run-ts.mjs scripts/bench-pipeline.ts [--docs 300] [--rounds 3] [--starts 9]
//        [--corpus FILE.jsonl.gz] [--pipeline default]
//
// 1. Throughput against Intl.Segmenter('th') word segmentation of the same texts, line by line,
//    passes alternating (what ../shared/eval/speed.mjs measures): the articles of that scorer,
//    every 50th of the thaigov corpus from the 8th, when ../shared is there; else generated ones.
// 2. Each stage's share of the pipeline's time, over the same passes; then the same on as many
//    other articles, each annotated once, as a batch meets them (the passes above repeat theirs).
// 3. Start-up: a fresh process that imports the package, builds the pipeline and annotates one
//    short document, against `node -e 0`, alternating (medians); and where its time goes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { seededRandom } from '../src/seeded-random.js';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    starts: { type: 'string', default: '9' },
    corpus: { type: 'string', default: '../shared/corpora/unlabelled/thaigov-news.jsonl.gz' },
    pipeline: { type: 'string', default: 'default' },
  },
});

const BUILD = '.build/bench-pipeline';
execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, BUILD_OUT: BUILD }, stdio: 'inherit' });
const entry = path.resolve(BUILD, 'esm/index.js');

interface Input {
  id: string;
  text: string;
  published: string;
}
interface Step {
  stage: { name: string };
  runner: { run(doc: unknown): void | Promise<void> };
}
interface Library {
  createPipeline(name: string): { steps: readonly Step[]; process(input: Input): Promise<unknown> };
}

/**
 * The articles of ../shared/eval/speed.mjs (every 50th from the 8th; `from` another first one),
 * or made-up ones in the same shape.
 */
function articles(count: number, from = 7): { docs: Input[]; source: string } {
  if (existsSync(args.corpus!)) {
    const lines = gunzipSync(readFileSync(args.corpus!)).toString('utf8').split('\n');
    const docs: Input[] = [];
    for (let i = from; i < lines.length && docs.length < count; i += 50) {
      const record = JSON.parse(lines[i]) as { id: string; text: string };
      docs.push({ id: record.id, text: record.text, published: '2020-01-01' });
    }
    return { docs, source: `${docs.length} thaigov articles (every 50th from the 8th, as ../shared/eval/speed.mjs)` };
  }
  const random = seededRandom(from);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sentences = [
    'นายสมชาย ใจดี ผู้อำนวยการกรมควบคุมโรค เปิดเผยว่า เมื่อวันที่ 12 มีนาคม 2567 ที่ผ่านมา ได้มีการประชุมหารือร่วมกับองค์การอนามัยโลก (World Health Organization: WHO)',
    'ทั้งนี้ คาดว่าเศรษฐกิจไทยในปีนี้จะขยายตัวได้ร้อยละ 2.8 ตามการฟื้นตัวของภาคการท่องเที่ยว',
    'โครงการดังกล่าวใช้งบประมาณทั้งสิ้น 1,250 ล้านบาท และจะเริ่มดำเนินการที่จังหวัดเชียงใหม่ในเดือนตุลาคมนี้',
    'เหตุการณ์เกิดขึ้นเมื่อเวลาประมาณ 14.30 น. บริเวณถนนพหลโยธิน มีผู้ได้รับบาดเจ็บ 3 ราย',
  ];
  const docs = Array.from({ length: count }, (_, i) => ({
    id: `generated-${i}`,
    text: Array.from({ length: 8 }, () => pick(sentences)).join(random() < 0.5 ? ' ' : '\n'),
    published: '2020-01-01',
  }));
  return { docs, source: `${count} generated articles (no corpus at ${args.corpus})` };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = loadavg()[0];

// --- 1 and 2: throughput and stage shares, in this process --------------------------------
const library = (await import(pathToFileURL(entry).href)) as Library;
const pipeline = library.createPipeline(args.pipeline!);
const stageMs = new Map<string, number>(pipeline.steps.map((step) => [step.stage.name, 0]));
for (const step of pipeline.steps) {
  const run = step.runner.run.bind(step.runner);
  const name = step.stage.name;
  // Stages run one after another on one document, so each one's wall time is its own.
  step.runner.run = async (doc) => {
    const started = performance.now();
    await run(doc);
    stageMs.set(name, stageMs.get(name)! + performance.now() - started);
  };
}
const { docs, source } = articles(Number(args.docs));
const codePoints = (articles: readonly Input[]): number => articles.reduce((n, doc) => n + [...doc.text].length, 0);
const chars = codePoints(docs);
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
// Line by line: V8's Intl.Segmenter slows down sharply on long strings.
const linesOf = (articles: readonly Input[]): string[] => articles.flatMap((doc) => doc.text.split('\n'));
const icuPass = (lines: readonly string[]): number => {
  const started = performance.now();
  for (const line of lines) Array.from(segmenter.segment(line), (s) => s.segment);
  return performance.now() - started;
};
const lines = linesOf(docs);
const pipelinePass = async (articles: readonly Input[]): Promise<number> => {
  const started = performance.now();
  for (const doc of articles) await pipeline.process({ ...doc });
  return performance.now() - started;
};
const resetStageTimes = (): void => {
  for (const name of stageMs.keys()) stageMs.set(name, 0);
};
await pipelinePass(docs);
icuPass(lines);
resetStageTimes();
const pipelineRates: number[] = [];
const icuRates: number[] = [];
for (let round = 0; round < Number(args.rounds); round++) {
  pipelineRates.push((chars / (await pipelinePass(docs))) * 1000);
  icuRates.push((chars / icuPass(lines)) * 1000);
}
const [ours, icu] = [median(pipelineRates), median(icuRates)];
console.log(`${source}, ${chars.toLocaleString('en-US')} code points; pipeline ${args.pipeline}; load average ${load.toFixed(1)}`);
console.log(
  `pipeline ${(ours / 1000).toFixed(0)} k chars/s, Intl.Segmenter ${(icu / 1e6).toFixed(2)} M chars/s: pipeline ÷ ICU = ${(ours / icu).toFixed(3)} (medians of ${args.rounds} alternating passes)`,
);
const shares = (): string => {
  const total = [...stageMs.values()].reduce((a, b) => a + b, 0);
  return [...stageMs].map(([name, ms]) => `${name} ${((100 * ms) / total).toFixed(1)}%`).join(', ');
};
console.log(`stage shares: ${shares()}`);

// --- 1b: articles the process has not seen --------------------------------------------------
// The passes above annotate the same articles again, so the tagger's caches of word types and
// of their pairs and triples are full; a batch meets each article once. Here each article is
// annotated once, a group of 30 at a time alternating with ICU on the same group.
const fresh = articles(Number(args.docs), 32).docs;
resetStageTimes();
let [freshMs, freshIcuMs] = [0, 0];
for (let start = 0; start < fresh.length; start += 30) {
  const group = fresh.slice(start, start + 30);
  const groupLines = linesOf(group);
  freshMs += await pipelinePass(group);
  freshIcuMs += icuPass(groupLines);
}
const freshChars = codePoints(fresh);
console.log(
  `${fresh.length} other articles, each annotated once (every 50th from the 33rd; ${freshChars.toLocaleString('en-US')} code points): ` +
    `pipeline ${(freshChars / freshMs).toFixed(0)} k chars/s, pipeline ÷ ICU = ${(freshIcuMs / freshMs).toFixed(3)}; stage shares: ${shares()}`,
);

// --- 3: start-up, in fresh processes ------------------------------------------------------
const FIRST = 'นายกรัฐมนตรีเดินทางไปจังหวัดเชียงใหม่เมื่อวันที่ 5 มีนาคม 2567 เพื่อประชุมกับองค์การอนามัยโลก (World Health Organization: WHO) เวลา 10.30 น.';
const firstDocument = `
  const marks = [performance.now()];
  const { createPipeline } = await import(${JSON.stringify(pathToFileURL(entry).href)});
  marks.push(performance.now());
  const pipeline = createPipeline(${JSON.stringify(args.pipeline)});
  marks.push(performance.now());
  await pipeline.process({ text: ${JSON.stringify(FIRST)}, published: '2024-03-06' });
  marks.push(performance.now());
  console.log(JSON.stringify(marks));`;
const wall = (argv: string[]): { ms: number; stdout: string } => {
  const started = performance.now();
  const run = spawnSync(process.execPath, argv, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${argv.join(' ')} failed: ${run.stderr}`);
  return { ms: performance.now() - started, stdout: run.stdout };
};
const nodeAlone: number[] = [];
const firstDocs: number[] = [];
const parts: number[][] = [];
for (let i = 0; i < Number(args.starts); i++) {
  nodeAlone.push(wall(['-e', '0']).ms);
  const run = wall(['--input-type=module', '-e', firstDocument]);
  firstDocs.push(run.ms);
  const marks = JSON.parse(run.stdout.trim().split('\n').pop()!) as number[];
  parts.push(marks.slice(1).map((mark, j) => mark - marks[j]));
}
const [alone, first] = [median(nodeAlone), median(firstDocs)];
const [importMs, createMs, documentMs] = [0, 1, 2].map((j) => median(parts.map((p) => p[j])));
console.log(
  `start-up: import, build the pipeline and annotate one document ${first.toFixed(0)} ms, node -e 0 ${alone.toFixed(0)} ms: ` +
    `${(first / alone).toFixed(2)}× node -e 0, ${((first - alone) / alone).toFixed(2)}× of it beyond (medians of ${args.starts} alternating runs)`,
);
console.log(`  of which: import ${importMs.toFixed(0)} ms, build the pipeline ${createMs.toFixed(0)} ms, first document ${documentMs.toFixed(0)} ms`);
console.log(`(load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after)`);
