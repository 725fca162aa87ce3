import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort } from '../servers/free-port.js';
import { type RedisServer, startRedis } from '../servers/redis.js';
import { temporaryFolders } from '../temporary-folders.js';
import { runCli } from './run-cli.js';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
}, 60_000);
afterAll(() => redis?.stop());

const folder = temporaryFolders('thai-extract-queue-cli-');
const dir = folder();
// A light pipeline: these tests are about the command line.
const pipeline = path.join(dir, 'light.json');
writeFileSync(pipeline, JSON.stringify({ name: 'light', stages: ['decode', 'normalize', 'segment'] }));
const input = path.join(dir, 'news.jsonl');
writeFileSync(
  input,
  [
    ...Array.from({ length: 25 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `ข่าวที่ ${i} ราคาข้าวปรับตัวสูงขึ้น` })),
    '{"id":"cut","text":"ตัดจบ',
    JSON.stringify({ id: 'blank', text: ' ' }),
  ].join('\n') + '\n',
);

test('add, status, work, status: chunks queued once, done into one file each, counted', async () => {
  const common = ['--redis', redis.url, '--queue', 'cli'];
  const add = await runCli(['queue', 'add', ...common, '--pipeline', pipeline, '--chunk', '10', input]);
  expect([add.status, add.stderr]).toEqual([0, '']);
  expect(add.stdout).toBe(
    'thai-extract queue add: queued 27 records in 3 chunks on "cli" (pipeline light); 0 records in 0 chunks were already there; ' +
      '1 could not be read and will come out as error results\n',
  );
  const again = await runCli(['queue', 'add', ...common, '--pipeline', pipeline, '--chunk', '10', input]);
  expect(again.stdout).toBe('thai-extract queue add: queued 0 records in 0 chunks on "cli" (pipeline light); 27 records in 3 chunks were already there\n');

  const waiting = JSON.parse((await runCli(['queue', 'status', ...common, '--json'])).stdout);
  expect(waiting.chunks).toEqual({ queued: 3, waiting: 3, active: 0, delayed: 0, done: 0, failed: 0 });

  const out = folder();
  const work = await runCli(['queue', 'work', ...common, '-o', `${out}/`, '--threads', '0', '--exit-when-idle', '--verbose']);
  expect(work.status).toBe(0);
  const lines = work.stderr.trim().split('\n');
  expect(lines.filter((l) => / started \(\d+ records\)$/.test(l))).toHaveLength(3);
  expect(lines.filter((l) => /^thai-extract queue work: chunk news\.jsonl-\d+-[0-9a-f]{16}: \d+ documents \(\d+ errors\) in [\d.]+s$/.test(l))).toHaveLength(3);
  expect(lines.at(-1)).toBe('thai-extract queue work: stopped: 3 chunks, 27 documents (2 errors)');
  const files = readdirSync(out).sort();
  expect(files).toEqual([expect.stringMatching(/^news\.jsonl-1-/), expect.stringMatching(/^news\.jsonl-11-/), expect.stringMatching(/^news\.jsonl-21-/)]);
  const results = files.flatMap((f) => readFileSync(path.join(out, f), 'utf8').trim().split('\n')).map((l) => JSON.parse(l));
  expect(results.map((r) => r.id)).toEqual([...Array.from({ length: 25 }, (_, i) => `n${i}`), `${input}:26`, 'blank']);
  expect(results.filter((r) => r.error).map((r) => r.error.code)).toEqual(['malformed-json', 'empty']);

  const status = await runCli(['queue', 'status', ...common]);
  expect(status.stdout.split('\n').slice(0, 3)).toEqual([
    `queue "cli" on ${redis.url}`,
    'chunks     3 queued: 0 waiting, 0 active, 0 to retry, 3 done, 0 failed',
    expect.stringMatching(/^documents {2}27 queued: 27 done \(2 errors\), 0 to do; [\d.]+k? docs\/s overall$/),
  ]);
  expect(status.stdout).toMatch(/^workers {4}0 live; 1 gone$/m);
  expect((await runCli(['queue', 'retry-failed', ...common])).stdout).toBe('thai-extract queue retry-failed: queued 0 failed chunks again on "cli"\n');
});

test('inputs are read as run reads them: standard input, a folder with HTML and gzip-compressed JSON Lines', async () => {
  const pages = path.join(folder(), 'pages');
  mkdirSync(pages);
  writeFileSync(path.join(pages, 'a.html'), '<html><head><title>หัวข้อ</title></head><body><article><p>เนื้อข่าวหน้าเว็บ</p></article></body></html>');
  writeFileSync(path.join(pages, 'b.jsonl.gz'), gzipSync(`${JSON.stringify({ id: 'z', text: 'ข่าวบีบอัด' })}\n`));
  const common = ['--redis', redis.url, '--queue', 'inputs'];
  const add = await runCli(['queue', 'add', ...common, '--pipeline', pipeline, '-', pages], `${JSON.stringify({ id: 's', text: 'ข่าวจากอินพุต' })}\n`);
  expect(add.stdout).toMatch(/queued 3 records in 1 chunks/);
  const out = folder();
  expect((await runCli(['queue', 'work', ...common, '-o', out, '--threads', '0', '--exit-when-idle'])).status).toBe(0);
  const [file] = readdirSync(out);
  expect(file).toMatch(/^stdin-1-[0-9a-f]{16}\.jsonl$/);
  const results = readFileSync(path.join(out, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(results.map((r) => [r.id, r.text, r.meta.title ?? null])).toEqual([
    ['s', 'ข่าวจากอินพุต', null],
    [path.join(pages, 'a.html'), 'เนื้อข่าวหน้าเว็บ', 'หัวข้อ'],
    ['z', 'ข่าวบีบอัด', null],
  ]);
});

test('usage errors name the problem, exit 2, and touch nothing', async () => {
  const cases: [string[], RegExp][] = [
    [['queue'], /no sub-command: give one of add, work, status, retry-failed/],
    [['queue', 'push'], /unknown sub-command "push"/],
    [['queue', 'add', input], /--redis URL is required/],
    [['queue', 'add', '--redis', 'localhost:6379', input], /--redis must be a redis:\/\/ or rediss:\/\/ URL/],
    [['queue', 'add', '--redis', redis.url, '--queue', 'a:b', input], /--queue must be a name without ":"/],
    [['queue', 'add', '--redis', redis.url], /no INPUT given/],
    [['queue', 'add', '--redis', redis.url, '--chunk', '0', input], /--chunk must be a whole number of at least 1/],
    [['queue', 'add', '--redis', redis.url, path.join(dir, 'missing.jsonl')], /no such file or folder/],
    [['queue', 'add', '--redis', redis.url, '--pipeline', 'nonesuch', input], /no such built-in pipeline/],
    [['queue', 'work', '--redis', redis.url], /give one of -o DIR\/ and --sink postgres:\/\/\.\.\./],
    [['queue', 'work', '--redis', redis.url, '-o', dir, '--sink', 'postgres://x/y'], /give one of -o DIR\/ and --sink/],
    [['queue', 'work', '--redis', redis.url, '--sink', 'mysql://x/y'], /--sink must be a postgres:\/\/ URL/],
    [['queue', 'work', '--redis', redis.url, '--sink', 'postgres://x/y', '--format', 'json'], /--format is for -o DIR\//],
    [['queue', 'work', '--redis', redis.url, '-o', dir, '--format', 'xml'], /--format must be one of jsonl, json/],
    [['queue', 'work', '--redis', redis.url, '-o', input], /this is a file/],
    [['queue', 'status', '--redis', redis.url, '--bogus'], /unknown option --bogus/],
  ];
  for (const [argv, message] of cases) {
    const { status, stdout, stderr } = await runCli(argv);
    expect([argv, status, stdout]).toEqual([argv, 2, '']);
    expect(stderr).toMatch(/^thai-extract queue: /);
    expect(stderr).toMatch(message);
  }
});

test('a Redis or PostgreSQL that cannot be reached: one line naming it (without its password), exit 2', async () => {
  const url = `redis://me:secret@127.0.0.1:${await freePort()}`;
  const add = await runCli(['queue', 'add', '--redis', url, input]);
  expect([add.status, add.stderr]).toEqual([
    2,
    expect.stringMatching(/^thai-extract queue: cannot reach Redis at redis:\/\/me:\*\*\*@127\.0\.0\.1:\d+: .*ECONNREFUSED.*\n$/),
  ]);
  const status = await runCli(['queue', 'status', '--redis', url]);
  expect(status.status).toBe(2);
  const pg = `postgres://me:secret@127.0.0.1:${await freePort()}/news`;
  const work = await runCli(['queue', 'work', '--redis', redis.url, '--sink', pg, '--threads', '0']);
  expect([work.status, work.stderr]).toEqual([
    2,
    expect.stringMatching(/^thai-extract queue: cannot use PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:\d+\/news: /),
  ]);
});

test('--help lists the sub-commands and their options', async () => {
  const { status, stdout } = await runCli(['queue', '--help']);
  expect(status).toBe(0);
  for (const text of ['queue add', 'queue work', 'queue status', 'queue retry-failed', '--lock-seconds', '--exit-when-idle', '--sink postgres://', '--watch']) {
    expect(stdout).toContain(text);
  }
});
