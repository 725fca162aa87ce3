import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { PipelineDefinitionError } from '../../src/core/definition.js';
import { checkPipeline } from '../../src/create-pipeline.js';
import { CHUNK_SCHEMA, type ChunkJob, chunkItems } from '../../src/queue/chunk.js';
import { enqueue } from '../../src/queue/enqueue.js';
import { portablePipeline } from '../../src/queue/portable-pipeline.js';
import { retryFailed } from '../../src/queue/retry-failed.js';
import { queueStatus } from '../../src/queue/status.js';
import { startWorker, type WorkerEvent } from '../../src/queue/worker.js';
import { freePort } from '../servers/free-port.js';
import { type RedisServer, startRedis } from '../servers/redis.js';
import { temporaryFolders } from '../temporary-folders.js';

let redis: RedisServer;
/** Connections the tests open themselves, closed before the server stops. */
const connections: { client: Redis; queue: Queue }[] = [];
beforeAll(async () => {
  redis = await startRedis();
}, 60_000);
afterAll(async () => {
  for (const { client, queue } of connections) {
    await queue.close();
    client.disconnect();
  }
  await redis?.stop();
});

function connect(name: string): { client: Redis; queue: Queue } {
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  const connection = { client, queue: new Queue(name, { connection: client, prefix: 'bull' }) };
  connections.push(connection);
  return connection;
}

const folder = temporaryFolders('thai-extract-queue-');
let queues = 0;
const newQueue = (): string => `test-${++queues}`;
// A light pipeline: these tests are about the queue, not annotation. Threads: 0, since worker
// threads need the built package (the built command is tested in crash.test.ts).
const pipeline = { name: 'light', stages: ['decode', 'normalize', 'segment'] };

/** Every result line in the chunk files of a folder. */
function results(dir: string): { id: string; text?: string; error?: { code: string } }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').trim().split('\n'))
    .map((line) => JSON.parse(line));
}

test('records queued in chunks, done by a worker into one file per chunk; queuing them again adds nothing', async () => {
  const queue = newQueue();
  const records: unknown[] = Array.from({ length: 45 }, (_, i) => ({ id: `n${i}`, text: `ข่าวหมายเลข ${i} ฝนตกหนักในภาคเหนือ` }));
  records.splice(5, 0, { id: 'empty', text: '  ' }, { id: 'bad', text: 42 }, null);
  const summary = await enqueue({ redis: redis.url, queue, pipeline, records, chunk: { records: 10 } });
  expect(summary).toMatchObject({ queue, queued: { chunks: 5, records: 48 }, alreadyThere: { chunks: 0, records: 0 }, unreadable: 2 });
  expect(summary.pipeline.name).toBe('light');
  const again = await enqueue({ redis: redis.url, queue, pipeline, records, chunk: { records: 10 } });
  expect(again).toMatchObject({ queued: { chunks: 0, records: 0 }, alreadyThere: { chunks: 5, records: 48 }, unreadable: 0 });

  const before = await queueStatus({ redis: redis.url, queue });
  expect(before.chunks).toEqual({ queued: 5, waiting: 5, active: 0, delayed: 0, done: 0, failed: 0 });

  const dir = folder();
  const events: WorkerEvent[] = [];
  const worker = await startWorker({ redis: redis.url, queue, sink: { folder: dir }, threads: 0, exitWhenIdle: true, onEvent: (e) => events.push(e) });
  expect(worker.id).toMatch(/^.+:\d+:[0-9a-f]{6}$/);
  expect(await worker.stopped).toEqual({ chunks: 5, documents: 48, errors: 3, failedAttempts: 0 });
  expect(events.filter((e) => e.type === 'chunk-done')).toHaveLength(5);

  const lines = results(dir);
  expect(lines.map((r) => r.id).sort()).toEqual([...Array.from({ length: 45 }, (_, i) => `n${i}`), 'empty', 'bad', 'da39a3ee5e6b4b0d'].sort());
  expect(lines.filter((r) => r.error).map((r) => [r.id, r.error!.code])).toEqual([
    ['empty', 'empty'],
    ['bad', 'invalid-record'],
    ['da39a3ee5e6b4b0d', 'invalid-record'],
  ]);
  expect(lines.find((r) => r.id === 'n7')!.text).toBe('ข่าวหมายเลข 7 ฝนตกหนักในภาคเหนือ');
  expect(readdirSync(dir)).toHaveLength(5);

  const after = await queueStatus({ redis: redis.url, queue });
  expect(after.chunks).toEqual({ queued: 5, waiting: 0, active: 0, delayed: 0, done: 5, failed: 0 });
  expect(after.documents).toMatchObject({ queued: 48, done: 48, errors: 3 });
  expect(after.documents.perSecond).toBeGreaterThan(0);
  expect(after.workers.live).toEqual([]);
  expect(after.workers.gone).toEqual([expect.objectContaining({ id: worker.id, state: 'stopped', chunks: 5, documents: 48 })]);
  // Finished chunks leave Redis; the ledger still knows them, so queuing the input again adds nothing.
  expect(await enqueue({ redis: redis.url, queue, pipeline, records, chunk: { records: 10 } })).toMatchObject({ queued: { chunks: 0 } });
});

test('the pipeline is checked before anything is queued: a bad definition touches no key in Redis', async () => {
  const queue = newQueue();
  const bad = { name: 'bad', stages: ['decode', 'segment', 'tokenize'] };
  await expect(enqueue({ redis: redis.url, queue, pipeline: bad, records: [{ id: 'a', text: 'ก' }] })).rejects.toThrow(PipelineDefinitionError);
  expect(await connect(queue).client.keys(`bull:${queue}:*`)).toEqual([]);
});

test('a Redis that cannot be reached is an error naming it, not a hang', async () => {
  const url = `redis://127.0.0.1:${await freePort()}`;
  await expect(enqueue({ redis: url, records: ['ก'] })).rejects.toThrow(new RegExp(`^cannot reach Redis at ${url}: .*ECONNREFUSED`));
});

test('a chunk that fails every attempt stays in the failed set with its error; retry-failed queues it again', async () => {
  const queue = newQueue();
  const dir = folder();
  await enqueue({ redis: redis.url, queue, pipeline, records: [{ id: 'a', text: 'ข่าว' }], attempts: 2, backoffMs: 50 });
  const [chunk] = await connect(queue).queue.getJobs(['waiting']);
  // A non-empty folder where the chunk's file must go: the rename fails, every time.
  mkdirSync(path.join(dir, `${chunk.id}.jsonl`, 'blocker'), { recursive: true });
  const events: WorkerEvent[] = [];
  const first = await startWorker({ redis: redis.url, queue, sink: { folder: dir }, threads: 0, exitWhenIdle: true, onEvent: (e) => events.push(e) });
  expect(await first.stopped).toMatchObject({ chunks: 0, failedAttempts: 2 });
  expect(events.filter((e) => e.type === 'chunk-failed')).toEqual([
    expect.objectContaining({ chunk: chunk.id, attempt: 1, attempts: 2, final: false, message: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/) }),
    expect.objectContaining({ chunk: chunk.id, attempt: 2, attempts: 2, final: true }),
  ]);
  const failed = await queueStatus({ redis: redis.url, queue });
  expect(failed.chunks).toMatchObject({ done: 0, failed: 1, waiting: 0 });
  expect(failed.lastFailure).toEqual({ chunk: chunk.id, reason: expect.stringMatching(/EISDIR|ENOTEMPTY|EEXIST/) });
  expect(readdirSync(dir)).toEqual([`${chunk.id}.jsonl`]); // the aborted attempts left no partial file

  rmSync(path.join(dir, `${chunk.id}.jsonl`), { recursive: true });
  expect(await retryFailed({ redis: redis.url, queue })).toBe(1);
  const second = await startWorker({ redis: redis.url, queue, sink: { folder: dir }, threads: 0, exitWhenIdle: true });
  expect(await second.stopped).toMatchObject({ chunks: 1, documents: 1, failedAttempts: 0 });
  expect(results(dir).map((r) => r.id)).toEqual(['a']);
  expect((await queueStatus({ redis: redis.url, queue })).chunks).toMatchObject({ done: 1, failed: 0 });
  expect(await retryFailed({ redis: redis.url, queue })).toBe(0);
});

test('a chunk queued for other stage versions fails for good at once, saying why', async () => {
  const queue = newQueue();
  const queued = portablePipeline(checkPipeline(pipeline));
  const older = { ...queued, stages: queued.stages.map((s) => (s.name === 'segment' ? { ...s, version: '0' } : s)) };
  const items = (async function* () {
    yield { item: { kind: 'document' as const, input: { id: 'a', text: 'ก' } }, source: 'x', position: 1 };
  })();
  const { client, queue: bull } = connect(queue);
  for await (const chunk of chunkItems(items, older.key, { records: 10, bytes: 1 << 20 })) {
    const data: ChunkJob = {
      schema: CHUNK_SCHEMA,
      pipeline: older,
      maxChars: 1000,
      first: chunk.first,
      records: 1,
      items: gzipSync(chunk.json).toString('base64'),
    };
    await bull.add('chunk', data, { jobId: chunk.id, attempts: 5 });
  }
  const events: WorkerEvent[] = [];
  const worker = await startWorker({ redis: client, queue, sink: { folder: folder() }, threads: 0, exitWhenIdle: true, onEvent: (e) => events.push(e) });
  await worker.stopped;
  expect(events.filter((e) => e.type !== 'chunk-started')).toEqual([
    expect.objectContaining({
      type: 'chunk-failed',
      attempt: 1,
      final: true,
      message: expect.stringMatching(
        /^the chunk was queued for stages .*segment 0, but this worker has .*: run the same thai-extract version on every worker$/,
      ),
    }),
  ]);
});

test('worker threads need the built package: from the sources, threads: 0 is the way', async () => {
  await expect(startWorker({ redis: redis.url, queue: newQueue(), sink: { folder: folder() } })).rejects.toThrow(/need the built package/);
});

test('a word file of the pipeline travels in the chunk: the worker needs no file', async () => {
  const queue = newQueue();
  const dir = folder();
  writeFileSync(path.join(dir, 'words.txt'), 'ชาเย็นหวาน\n');
  const file = path.join(dir, 'p.json');
  writeFileSync(file, JSON.stringify({ name: 'words', stages: ['decode', { stage: 'segment', options: { dictionaryFile: 'words.txt' } }] }));
  await enqueue({ redis: redis.url, queue, pipeline: file, records: [{ id: 'a', text: 'กินชาเย็นหวาน' }] });
  rmSync(path.join(dir, 'words.txt'));
  const out = folder();
  await (await startWorker({ redis: redis.url, queue, sink: { folder: out }, threads: 0, exitWhenIdle: true })).stopped;
  const [doc] = results(out) as unknown as { tokens: { text: string }[] }[];
  expect(doc.tokens.map((t) => t.text)).toEqual(['กิน', 'ชาเย็นหวาน']);
});

test('a worker goes on when Redis is killed and started again (with its append-only file): every document written once', async () => {
  const server = await startRedis({ appendOnly: true });
  try {
    const queue = newQueue();
    const records = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, text: `ข่าวที่ ${i} ฝนตกหนักในภาคเหนือ `.repeat(20) }));
    await enqueue({ redis: server.url, queue, pipeline, records, chunk: { records: 10 } });
    const dir = folder();
    let done = 0;
    let doneWhenBack = -1;
    let restarted: Promise<void> | null = null;
    const onEvent = (event: WorkerEvent): void => {
      if (event.type !== 'chunk-done') return;
      done++;
      restarted ??= server.restart().then(() => {
        doneWhenBack = done;
      });
    };
    const worker = await startWorker({ redis: server.url, queue, sink: { folder: dir }, threads: 0, lockSeconds: 2, exitWhenIdle: true, onEvent });
    await worker.stopped;
    await restarted;
    // Most chunks were done after Redis came back, by the same worker.
    expect(done - doneWhenBack).toBeGreaterThan(10);
    expect(readdirSync(dir)).toHaveLength(20);
    const ids = results(dir).map((r) => r.id);
    expect(ids.sort()).toEqual(records.map((r) => r.id).sort());
    expect((await queueStatus({ redis: server.url, queue })).chunks).toMatchObject({ done: 20, waiting: 0, active: 0, failed: 0 });
  } finally {
    await server.stop();
  }
});
