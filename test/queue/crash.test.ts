import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { seededRandom } from '../../src/seeded-random.js';
import { type PostgresServer, startPostgres } from '../servers/postgres.js';
import { type RedisServer, startRedis } from '../servers/redis.js';
import { temporaryFolders } from '../temporary-folders.js';

// The built command line, as users run it on many machines: worker processes killed with
// kill -9 partway through, another started, and every document written exactly once.
const root = process.cwd(); // jest runs from the project root
const build = path.join(root, '.build', `test-queue-${process.pid}`);
const cli = path.join(build, 'esm', 'cli.js');
let redis: RedisServer;
let postgres: PostgresServer;
beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, env: { ...process.env, BUILD_OUT: path.relative(root, build) } });
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
}, 240_000);
afterAll(async () => {
  await Promise.all([redis?.stop(), postgres?.stop()]);
  rmSync(build, { recursive: true, force: true });
});

const folder = temporaryFolders('thai-extract-queue-crash-');
const dir = folder();

/** Words of our own for the test articles. */
const WORDS =
  'ฝน ตก หนัก ใน ภาค เหนือ ทำ ให้ น้ำ ท่วม หลาย อำเภอ เจ้าหน้าที่ เร่ง ช่วยเหลือ ประชาชน ที่ ได้รับ ผลกระทบ รัฐบาล ประกาศ มาตรการ เกษตรกร ราคา ข้าว ตลาด หุ้น ปิด บวก นักลงทุน';

/** 3,000 good records (Thai text of our own words, about 1,500 characters each) and 5 bad ones, with the code each bad one must get. */
function makeInput(): { file: string; good: string[]; bad: Map<string, string> } {
  const file = path.join(dir, 'news.jsonl');
  const words = WORDS.split(' ');
  const random = seededRandom(21);
  const text = (): string => {
    let out = '';
    while (out.length < 1500) out += `${Array.from({ length: 6 }, () => words[Math.floor(random() * words.length)]).join('')} `;
    return out;
  };
  const lines: string[] = [];
  const good: string[] = [];
  const bad = new Map<string, string>();
  // Before the good record of that number: the line, its id (null: the file and line, as for malformed JSON) and its error code.
  const badBefore = new Map<number, [string, string | null, string]>([
    [400, ['{"id":"cut","text":"ข่าวตัดจบ', null, 'malformed-json']],
    [1100, [JSON.stringify({ id: 'number', text: 42 }), 'number', 'invalid-record']],
    [1700, [JSON.stringify({ id: 'blank', text: '   ' }), 'blank', 'empty']],
    [2300, [JSON.stringify({ id: 'controls', text: '\u0001\u0002\u0003\u0004'.repeat(20) }), 'controls', 'binary']],
    [2900, [JSON.stringify({ id: 'no-text', title: 'หัวข้อ' }), 'no-text', 'invalid-record']],
  ]);
  for (let i = 1; i <= 3000; i++) {
    const before = badBefore.get(i);
    if (before) {
      lines.push(before[0]);
      bad.set(before[1] ?? `${file}:${lines.length}`, before[2]);
    }
    good.push(`g${i}`);
    lines.push(JSON.stringify({ id: `g${i}`, text: text() }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, good, bad };
}
const input = makeInput();

function cliSync(args: string[]): string {
  return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

/** A `queue work` process, its stderr lines as they come. */
interface Worker {
  child: ChildProcess;
  lines: string[];
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, [cli, 'queue', 'work', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const lines: string[] = [];
  let rest = '';
  child.stderr!.on('data', (d: Buffer) => {
    const parts = (rest + d.toString('utf8')).split('\n');
    rest = parts.pop()!;
    lines.push(...parts);
  });
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal })),
  );
  return { child, lines, exited };
}

async function waitFor(condition: () => boolean, what: string, seconds = 120): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const doneLines = (w: Worker): string[] => w.lines.filter((l) => / documents \(\d+ errors\) in /.test(l));
const chunkOf = (line: string): string => /chunk (\S+):/.exec(line)![1];

/**
 * Two workers; once a third of the chunks are done, the first is killed with kill -9 right
 * after it starts a chunk, and a third worker is started. Resolves when the survivors have
 * exited, with the chunk that was killed mid-way and every worker's lines.
 */
async function killOneMidway(args: string[], chunks: number): Promise<{ killedChunk: string; survivors: Worker[]; killed: Worker }> {
  const a = startWorker(args);
  const b = startWorker(args);
  await waitFor(() => doneLines(a).length + doneLines(b).length >= Math.ceil(chunks / 3), 'a third of the chunks');
  const started = a.lines.filter((l) => l.endsWith('records)')).length;
  await waitFor(() => a.lines.filter((l) => l.endsWith('records)')).length > started, 'the first worker to start a chunk');
  a.child.kill('SIGKILL');
  const killedChunk = chunkOf(a.lines.filter((l) => l.endsWith('records)')).at(-1)!);
  expect(await a.exited).toEqual({ status: null, signal: 'SIGKILL' });
  const c = startWorker(args);
  const [endB, endC] = await Promise.all([b.exited, c.exited]);
  expect([endB.status, endC.status]).toEqual([0, 0]);
  return { killedChunk, survivors: [b, c], killed: a };
}

function expectTakenOver(run: { killedChunk: string; survivors: Worker[]; killed: Worker }): void {
  // The chunk the dead worker held was not finished by it: its lock expired and a survivor did it.
  expect(doneLines(run.killed).map(chunkOf)).not.toContain(run.killedChunk);
  const takeovers = run.survivors.flatMap((w) => w.lines.filter((l) => l.includes('taken over after its worker stopped renewing the lock')));
  expect(takeovers.map(chunkOf)).toContain(run.killedChunk);
  expect(run.survivors.flatMap(doneLines).map(chunkOf)).toContain(run.killedChunk);
}

/**
 * The kill tests queue chunks of 100 records: with the fast `tokens` pipeline, a smaller chunk
 * could be done before the kill lands, and the test is of the takeover, not of the default size.
 */
const CHUNK = ['--chunk', '100'];

function queuedChunks(addOutput: string): number {
  const match = /queued 3005 records in (\d+) chunks/.exec(addOutput);
  expect(match).not.toBeNull();
  return Number(match![1]);
}

test('kill -9 of a worker a third of the way through, -o DIR/: every good id exactly once across DIR/, an error result for each bad record, nothing else', async () => {
  const queue = 'files';
  const chunks = queuedChunks(cliSync(['queue', 'add', '--redis', redis.url, '--queue', queue, '--pipeline', 'tokens', ...CHUNK, input.file]));
  expect(chunks).toBe(31);
  const out = path.join(folder(), 'out');
  const run = await killOneMidway(['--redis', redis.url, '--queue', queue, '-o', `${out}/`, '--lock-seconds', '3', '--exit-when-idle', '--verbose'], chunks);
  expectTakenOver(run);

  const files = readdirSync(out);
  expect(files).toHaveLength(chunks);
  for (const name of files) expect(name).toMatch(/^news\.jsonl-\d+-[0-9a-f]{16}\.jsonl$/);
  const results = files.flatMap((name) => readFileSync(path.join(out, name), 'utf8').trim().split('\n')).map((line) => JSON.parse(line));
  expect(results).toHaveLength(3005);
  const ok = results.filter((r) => !r.error).map((r) => r.id);
  expect(ok.sort()).toEqual([...input.good].sort());
  expect(new Set(ok).size).toBe(3000);
  expect(new Map(results.filter((r) => r.error).map((r) => [r.id, r.error.code]))).toEqual(input.bad);
  const sample = results.find((r) => r.id === 'g1234');
  expect([sample.pipeline.name, sample.tokens.map((t: { text: string }) => t.text).join('')]).toEqual(['tokens', sample.text]);

  const status = JSON.parse(cliSync(['queue', 'status', '--redis', redis.url, '--queue', queue, '--json']));
  expect(status.chunks).toEqual({ queued: 31, waiting: 0, active: 0, delayed: 0, done: 31, failed: 0 });
  expect(status.documents).toMatchObject({ queued: 3005, done: 3005, errors: 5 });
}, 300_000);

test('kill -9 of a worker with --sink postgres://: count(*) equals the records, no id twice, and adding the input again queues nothing', async () => {
  const queue = 'database';
  const chunks = queuedChunks(cliSync(['queue', 'add', '--redis', redis.url, '--queue', queue, '--pipeline', 'tokens', ...CHUNK, input.file]));
  const run = await killOneMidway(
    ['--redis', redis.url, '--queue', queue, '--sink', postgres.url, '--lock-seconds', '3', '--exit-when-idle', '--verbose'],
    chunks,
  );
  expectTakenOver(run);

  const client = new pg.Client(postgres.url);
  await client.connect();
  try {
    const { rows } = await client.query('select count(*)::int as n, count(distinct id)::int as ids from documents');
    expect(rows[0]).toEqual({ n: 3005, ids: 3005 });
    const ok = await client.query("select id from documents where doc is not null and error is null and pipeline = 'tokens' and version = '1'");
    expect(ok.rows.map((r) => r.id).sort()).toEqual([...input.good].sort());
    const failed = await client.query("select id, error->>'code' as code from documents where error is not null and doc is null");
    expect(new Map(failed.rows.map((r) => [r.id, r.code]))).toEqual(input.bad);
    const doc = await client.query("select doc->>'text' as text, jsonb_array_length(doc->'tokens') > 100 as tokens from documents where id = 'g2000'");
    expect(doc.rows[0].tokens).toBe(true);
    expect((await client.query('select count(*)::int as n, sum(documents)::int as docs from documents_chunks')).rows[0]).toEqual({ n: chunks, docs: 3005 });
  } finally {
    await client.end();
  }
  const again = cliSync(['queue', 'add', '--redis', redis.url, '--queue', queue, '--pipeline', 'tokens', ...CHUNK, input.file]);
  expect(again).toBe(
    `thai-extract queue add: queued 0 records in 0 chunks on "${queue}" (pipeline tokens); 3005 records in ${chunks} chunks were already there\n`,
  );
}, 300_000);

test('SIGTERM finishes the chunk in hand and exits 0, leaving the rest waiting and nothing locked; status --watch refreshes', async () => {
  const queue = 'sigterm';
  cliSync(['queue', 'add', '--redis', redis.url, '--queue', queue, '--pipeline', 'tokens', '--chunk', '200', input.file]);
  const out = path.join(folder(), 'out');
  const worker = startWorker(['--redis', redis.url, '--queue', queue, '-o', `${out}/`, '--verbose']);
  await waitFor(() => worker.lines.some((l) => l.endsWith('records)')), 'the first chunk to start');
  worker.child.kill('SIGTERM');
  expect(await worker.exited).toEqual({ status: 0, signal: null });
  const started = worker.lines.filter((l) => l.endsWith('records)')).map(chunkOf);
  expect(started).toHaveLength(1);
  expect(doneLines(worker).map(chunkOf)).toEqual(started);
  expect(worker.lines).toContain('thai-extract queue work: SIGTERM: finishing the chunks in hand, then stopping (again to stop at once)');
  expect(worker.lines.at(-1)).toBe('thai-extract queue work: stopped: 1 chunks, 200 documents (0 errors)');
  expect(readdirSync(out)).toEqual([`${started[0]}.jsonl`]);

  const watch = spawn(process.execPath, [cli, 'queue', 'status', '--redis', redis.url, '--queue', queue, '--watch', '--interval', '1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  watch.stdout.on('data', (d: Buffer) => (output += d));
  await waitFor(() => (output.match(/^chunks /gm) ?? []).length >= 2, 'two readings of status --watch', 30);
  watch.kill('SIGINT');
  expect(await new Promise((resolve) => watch.on('close', resolve))).toBe(0);
  expect(output).toMatch(/^chunks {5}16 queued: 15 waiting, 0 active, 0 to retry, 1 done, 0 failed$/m);
  expect(output).toMatch(/^documents {2}3005 queued: 200 done \(0 errors\), 2805 to do; [\d.]+k? docs\/s overall, 0\.0 docs\/s now$/m);
  expect(output).toMatch(/^workers {4}0 live; 1 gone$/m);
}, 120_000);
