// npm run bench: documents/s and chars/s of `thai-extract run` with 1 and N workers on a
// generated corpus of Thai news text, with peak RSS. Written for a 2-core machine; CPU-bound.
//
//   node scripts/run-ts.mjs scripts/bench-batch.ts [--docs 6000] [--pipeline default]
//        [--workers 1,2] [--repeat 1] [--small 200] [--big-mb 0] [--cli PATH]
//
// --repeat N  run the worker counts N times over, in turn (1, 2, 1, 2, ...), and give the
//             speed-up as the ratio of the medians: others' work on a shared machine then
//             weighs on both sides alike
// --small N   also time N short sentences (the scorers' case) with --workers 0, 2 and auto
// --big-mb M  also stream an M MB JSON Lines file through N workers and report peak RSS
//             (the check: --big-mb 1024 stays under 500 MB)
// --folder N  also write N document files with the output-folder writer of `-o DIR/`, one at a
//             time and FOLDER_WRITE_LIMITS.files at once, alternating, in this process
//
// Each worker spends its first seconds warming up (V8's optimizing compiler: about 4 s of CPU
// per worker for the default pipeline), so the worker speed-up is measured on a corpus long
// enough for throughput to settle: 12,000 articles by default.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { FOLDER_WRITE_LIMITS, folderWriter } from '../src/io/folder-writer.js';
import { generatedNews } from './lib/generated-news.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const docs = Number(flag('docs', '12000'));
const pipeline = flag('pipeline', 'default');
const workerCounts = flag('workers', `1,${availableParallelism()}`).split(',').map(Number);
const repeat = Number(flag('repeat', '1'));
const small = Number(flag('small', '200'));
const bigMb = Number(flag('big-mb', '0'));
const folderDocs = Number(flag('folder', '0'));
let cli = flag('cli', '');

if (!cli) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, BUILD_OUT: '.build/bench' }, stdio: 'inherit' });
  cli = '.build/bench/esm/cli.js';
}
const work = mkdtempSync(path.join(tmpdir(), 'thai-extract-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const news = generatedNews(42);
const article = news.article;

async function writeCorpus(file: string, count: number | null, maxBytes: number | null, make: () => string): Promise<{ docs: number; chars: number }> {
  const out = createWriteStream(file);
  let n = 0;
  let chars = 0;
  let bytes = 0;
  while ((count === null || n < count) && (maxBytes === null || bytes < maxBytes)) {
    const text = make();
    const line = JSON.stringify({ id: `doc-${++n}`, text, published: '2024-03-01' }) + '\n';
    chars += text.length;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { docs: n, chars };
}

// --- running the command line, with its peak RSS ----------------------------------------
interface Run {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

let runs = 0;

async function timeRun(input: string, extra: string[]): Promise<Run> {
  // A file of its own each time (an output is locked, and /dev/null is no file to lock), removed after.
  const output = path.join(work, `out-${++runs}.jsonl`);
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M %U %S', process.execPath, cli, 'run', '--pipeline', pipeline, '--quiet', '-o', output, ...extra, input], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [status] = (await once(child, 'exit')) as [number | null];
  const seconds = (performance.now() - started) / 1000;
  rmSync(output, { force: true });
  const [kb, user, system] = stderr.trim().split('\n').pop()!.split(' ').map(Number);
  // A run that did not finish every document (killed, crashed, or with failures on this clean corpus) measures nothing.
  if (status !== 0 || !Number.isFinite(kb)) throw new Error(`the run did not finish (exit status ${status}): ${stderr}`);
  return { seconds, cpuSeconds: user + system, peakRssMb: kb / 1024 };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

const corpus = path.join(work, 'news.jsonl');
const { chars } = await writeCorpus(corpus, docs, null, article);
console.log(
  `corpus: ${docs} generated news articles, ${fmt(chars)} chars (${(statSync(corpus).size / 1e6).toFixed(1)} MB), pipeline ${pipeline}, ${availableParallelism()} cores`,
);
const seconds = new Map<number, number[]>(workerCounts.map((workers) => [workers, []]));
for (let round = 0; round < repeat; round++) {
  for (const workers of workerCounts) {
    const run = await timeRun(corpus, ['--workers', String(workers)]);
    seconds.get(workers)!.push(run.seconds);
    // CPU time shows the cost of parallelism itself, even when other work shares the machine.
    console.log(
      `workers=${workers}: ${fmt(docs / run.seconds)} docs/s, ${fmt(chars / run.seconds)} chars/s, ${run.seconds.toFixed(2)} s ` +
        `(CPU ${run.cpuSeconds.toFixed(2)} s), peak RSS ${run.peakRssMb.toFixed(0)} MB (load average ${loadavg()[0].toFixed(1)})`,
    );
  }
}
if (workerCounts.length > 1) {
  const [a, b] = [workerCounts[0], workerCounts[workerCounts.length - 1]];
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const pairs = seconds
    .get(a)!
    .map((s, i) => (s / seconds.get(b)![i]).toFixed(2))
    .join(', ');
  console.log(
    `speed-up ${b} vs ${a} workers: ${(median(seconds.get(a)!) / median(seconds.get(b)!)).toFixed(2)}x` +
      (repeat > 1 ? ` (medians of ${repeat} alternating runs; run by run ${pairs})` : '') +
      ` (load average now ${loadavg()[0].toFixed(1)})`,
  );
}

if (small > 0) {
  const file = path.join(work, 'small.jsonl');
  await writeCorpus(file, small, null, news.sentence);
  for (const workers of ['0', String(availableParallelism()), 'auto']) {
    const run = await timeRun(file, ['--workers', workers]);
    console.log(`${small} short sentences, --workers ${workers}: ${run.seconds.toFixed(2)} s (start-up included)`);
  }
}

if (bigMb > 0) {
  const file = path.join(work, 'big.jsonl');
  const big = await writeCorpus(file, null, bigMb * 1e6, article);
  const run = await timeRun(file, ['--workers', String(availableParallelism())]);
  console.log(
    `big: ${(statSync(file).size / 1e9).toFixed(2)} GB, ${fmt(big.docs)} docs, ${fmt(big.chars)} chars in ${run.seconds.toFixed(0)} s ` +
      `(${fmt(big.docs / run.seconds)} docs/s), peak RSS ${run.peakRssMb.toFixed(0)} MB ${run.peakRssMb < 500 ? '< 500 MB: ok' : '>= 500 MB: TOO MUCH'}`,
  );
}

if (folderDocs > 0) {
  // Lines the size of real output documents: a document is about 10 times the bytes of its text.
  const encoder = new TextEncoder();
  const lines = Array.from({ length: folderDocs }, () => encoder.encode(JSON.stringify({ text: article().repeat(10) }) + '\n'));
  const seconds = new Map<number, number>();
  // Alternating, twice each, so that neither setting always meets a warmer page cache.
  for (const files of [1, FOLDER_WRITE_LIMITS.files, 1, FOLDER_WRITE_LIMITS.files]) {
    const dir = path.join(work, `folder-${files}`);
    const started = performance.now();
    const writer = await folderWriter(dir, { ...FOLDER_WRITE_LIMITS, files });
    for (let i = 0; i < lines.length; i++) await writer.write(`doc-${i}`, lines[i]);
    await writer.close();
    seconds.set(files, (seconds.get(files) ?? 0) + (performance.now() - started) / 1000);
    rmSync(dir, { recursive: true, force: true });
  }
  const [one, many] = [(2 * folderDocs) / seconds.get(1)!, (2 * folderDocs) / seconds.get(FOLDER_WRITE_LIMITS.files)!];
  const megabytes = lines.reduce((sum, line) => sum + line.length, 0) / 1e6;
  console.log(
    `folder output, ${fmt(folderDocs)} files (${megabytes.toFixed(0)} MB): 1 write at a time ${fmt(one)} files/s, ` +
      `${FOLDER_WRITE_LIMITS.files} at once ${fmt(many)} files/s: ${(many / one).toFixed(2)}x`,
  );
}
