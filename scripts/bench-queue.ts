// npm run bench -- queue: documents/s of `thai-extract queue work` with 1 and 2 worker
// processes (--concurrency 1 each) on one Redis, started here on a loopback port, on generated
// Thai news articles. Written for a 2-core machine; CPU-bound.
//
//   node scripts/run-ts.mjs scripts/bench-queue.ts [--docs 3000] [--join 2] [--pipeline default] [--rounds 2] [--cli PATH]
//
// --join N    each document is N generated articles (2: 3,200 characters on average, as long as
//             the government news of ../shared/corpora/unlabelled, 3,058 on average; one
//             generated article has 1,600)
//
// Each round queues the articles on a fresh queue, starts the worker processes at once and
// times them until the last exits (--exit-when-idle): process start, pipeline load and V8's
// warm-up are inside the wall time, as a user sees it. The rounds alternate 1 and 2 workers,
// so that neither always meets a busier machine. The time from the first chunk started to the
// last one done (the queue's own record) is given too: that is the throughput past start-up.
// So is the CPU time of the worker processes: on a machine others are using, the wall-time
// ratio says more about them than about us, and the CPU ratio shows what parallelism costs.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_CHUNK_LIMITS } from '../src/queue/chunk.js';
import { startRedis } from '../test/servers/redis.js';
import { generatedNews } from './lib/generated-news.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const docs = Number(flag('docs', '3000'));
const pipeline = flag('pipeline', 'default');
const rounds = Number(flag('rounds', '2'));
const join = Number(flag('join', '2'));
let cli = flag('cli', '');

if (!cli) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, BUILD_OUT: '.build/bench-queue' }, stdio: 'inherit' });
  cli = '.build/bench-queue/esm/cli.js';
}
const work = mkdtempSync(path.join(tmpdir(), 'thai-extract-bench-queue-'));
const redis = await startRedis();
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const news = generatedNews(42);
const input = path.join(work, 'news.jsonl');
let chars = 0;
const lines = Array.from({ length: docs }, (_, i) => {
  const text = Array.from({ length: join }, () => news.article()).join('\n');
  chars += text.length;
  return JSON.stringify({ id: `doc-${i + 1}`, text, published: '2024-03-01' });
});
writeFileSync(input, `${lines.join('\n')}\n`);

interface Round {
  wall: number;
  processing: number;
  /** CPU seconds of all the worker processes together. */
  cpu: number;
}

let queues = 0;
async function round(workers: number): Promise<Round> {
  const queue = `bench-${++queues}`;
  execFileSync(process.execPath, [cli, 'queue', 'add', '--redis', redis.url, '--queue', queue, '--pipeline', pipeline, input], { stdio: 'ignore' });
  const out = path.join(work, queue);
  const started = performance.now();
  // Each worker under /usr/bin/time, for the CPU time it took: the cost of parallelism, which a busy machine does not blur.
  const command = [
    process.execPath,
    cli,
    'queue',
    'work',
    '--redis',
    redis.url,
    '--queue',
    queue,
    '--concurrency',
    '1',
    '-o',
    `${out}/`,
    '--exit-when-idle',
    '--quiet',
  ];
  const ends = Array.from({ length: workers }, async () => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S', ...command], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const [status] = (await once(child, 'exit')) as [number | null];
    const [user, system] = stderr.trim().split('\n').pop()!.split(' ').map(Number);
    if (status !== 0 || !Number.isFinite(user)) throw new Error(`a worker failed (exit status ${status}): ${stderr}`);
    return user + system;
  });
  const cpu = (await Promise.all(ends)).reduce((sum, seconds) => sum + seconds, 0);
  const wall = (performance.now() - started) / 1000;
  const status = JSON.parse(execFileSync(process.execPath, [cli, 'queue', 'status', '--redis', redis.url, '--queue', queue, '--json'], { encoding: 'utf8' }));
  if (status.documents.done !== docs) throw new Error(`${status.documents.done} of ${docs} documents were done`);
  rmSync(out, { recursive: true, force: true });
  return { wall, processing: docs / status.documents.perSecond, cpu };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
console.log(
  `corpus: ${docs} documents of ${join} generated news article${join === 1 ? '' : 's'}, ${fmt(chars)} chars (${fmt(chars / docs)} a document), ` +
    `pipeline ${pipeline}, ${availableParallelism()} cores, chunks of ${DEFAULT_CHUNK_LIMITS.records} (the default)`,
);
const results = new Map<number, Round[]>([
  [1, []],
  [2, []],
]);
try {
  for (let r = 0; r < rounds; r++) {
    for (const workers of [1, 2]) {
      const result = await round(workers);
      results.get(workers)!.push(result);
      console.log(
        `round ${r + 1}, ${workers} worker process${workers === 1 ? '' : 'es'}: ${result.wall.toFixed(1)} s wall (${fmt(docs / result.wall)} docs/s), ` +
          `${result.processing.toFixed(1)} s from the first chunk started to the last done, CPU ${result.cpu.toFixed(1)} s (load average ${loadavg()[0].toFixed(1)})`,
      );
    }
  }
} finally {
  await redis.stop();
}
const total = (workers: number, key: keyof Round): number => results.get(workers)!.reduce((sum, r) => sum + r[key], 0);
// The best round of each: the one the rest of the machine disturbed least.
const best = (workers: number, key: keyof Round): number => Math.min(...results.get(workers)!.map((r) => r[key]));
console.log(
  `speed-up, 2 worker processes vs 1: ${(total(1, 'wall') / total(2, 'wall')).toFixed(2)}x wall time, ` +
    `${(total(1, 'processing') / total(2, 'processing')).toFixed(2)}x past start-up (sums over ${rounds} round${rounds === 1 ? '' : 's'}); ` +
    `CPU time of 2 workers / 1: ${(total(2, 'cpu') / total(1, 'cpu')).toFixed(2)}`,
);
console.log(
  `best rounds: ${(best(1, 'wall') / best(2, 'wall')).toFixed(2)}x wall time (${best(1, 'wall').toFixed(1)} s vs ${best(2, 'wall').toFixed(1)} s), ` +
    `${(best(1, 'processing') / best(2, 'processing')).toFixed(2)}x past start-up`,
);
