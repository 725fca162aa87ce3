import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { startExecutor } from '../batch/choose-executor.js';
import { WorkerPipelineError } from '../batch/worker-executor.js';
import { findWorkerFile } from '../batch/worker-file.js';
import { type LoadedDefinition, PipelineDefinitionError } from '../core/definition.js';
import type { Executor } from '../core/executor.js';
import { planPipeline } from '../core/plan.js';
import { processItems } from '../core/process-many.js';
import type { Result } from '../document/types.js';
import { findFormat, formatNames } from '../formats/index.js';
import { builtinRegistry } from '../stages/index.js';
import { type ChunkJob, decodeChunkItems } from './chunk.js';
import { type ChunkCounts, QueueLedger, type WorkerBeat } from './ledger.js';
import { stageDifference } from './portable-pipeline.js';
import { checkQueueName, connectRedis, DEFAULT_QUEUE, KEY_PREFIX } from './redis-connection.js';
import type { ChunkSink } from './sinks/chunk-sink.js';
import { folderSink } from './sinks/folder-sink.js';
import { postgresSink } from './sinks/postgres-sink.js';

/** Where results go: a folder (one file per chunk, in a format of the format seam), PostgreSQL, or a sink of your own. */
export type SinkOption = { folder: string; format?: string } | { postgres: string; table?: string } | ChunkSink;

export interface WorkerOptions {
  /** `redis://...`, or a connection of your own made with `maxRetriesPerRequest: null` (left open). */
  redis: string | Redis;
  /** Default `thai-extract`. */
  queue?: string;
  sink: SinkOption;
  /** Chunks processed at once (default 1). */
  concurrency?: number;
  /**
   * Worker threads running the pipeline (default: `concurrency`). They keep CPU work off this
   * thread, whose event loop renews the chunks' locks; 0 runs the pipeline here (small
   * documents only: a long document would hold up lock renewal).
   */
  threads?: number;
  /** How long a chunk stays locked without its worker renewing the lock (default 30): then another worker takes it. */
  lockSeconds?: number;
  /** Stop once the queue has no waiting, active or delayed chunk (default false: wait for work). */
  exitWhenIdle?: boolean;
  /** Told of each chunk started, done, taken over from a stopped worker or failed, for logs. */
  onEvent?(event: WorkerEvent): void;
}

export type WorkerEvent =
  | { type: 'chunk-started'; chunk: string; records: number }
  | { type: 'chunk-done'; chunk: string; counts: ChunkCounts; seconds: number }
  | { type: 'chunk-retaken'; chunk: string; stalled: number }
  | { type: 'chunk-failed'; chunk: string; attempt: number; attempts: number; final: boolean; message: string }
  | { type: 'warning'; chunk: string; message: string }
  | { type: 'error'; message: string };

/** What one worker did. */
export interface WorkerSummary {
  chunks: number;
  documents: number;
  errors: number;
  /** Attempts that failed (each retried unless it was the last). */
  failedAttempts: number;
}

export interface QueueWorker {
  /** `host:pid:random`, as `queue status` lists it. */
  readonly id: string;
  /** Resolves once the worker has stopped: idle (with `exitWhenIdle`) or closed. */
  readonly stopped: Promise<WorkerSummary>;
  /** Finishes the chunks in hand, then stops. */
  close(): Promise<WorkerSummary>;
}

/** How often a worker reports itself, and checks for idleness with `exitWhenIdle`. */
const BEAT_MS = 5000;
const IDLE_CHECK_MS = 500;
/** A chunk that stops its worker this many times (a document that crashes the process) fails for good. */
const MAX_STALLED = 3;

/**
 * Takes chunks from the queue and writes each one's results to the sink, idempotently. The
 * pipeline runs in worker threads, so this thread's event loop keeps renewing the chunks' locks;
 * a worker killed at any moment loses nothing: its chunk's lock expires after `lockSeconds`,
 * another worker takes the chunk and writes it again whole. A chunk that fails (a sink that is
 * down) is retried with backoff, and stays in BullMQ's failed set after its last attempt.
 */
export async function startWorker(options: WorkerOptions): Promise<QueueWorker> {
  const queueName = options.queue ?? DEFAULT_QUEUE;
  const badName = checkQueueName(queueName);
  if (badName) throw new TypeError(badName);
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const threads = options.threads ?? concurrency;
  if (threads > 0 && !findWorkerFile()) throw new Error('worker threads need the built package (npm run build); use threads: 0 to process in this thread');
  const lockMs = Math.round((options.lockSeconds ?? 30) * 1000);
  const emit = options.onEvent ?? (() => undefined);

  const sink = await openSink(options.sink, concurrency);
  const ownsRedis = typeof options.redis === 'string';
  const redis = typeof options.redis === 'string' ? await connectRedis(options.redis, { waitForever: true }) : options.redis;
  const ledger = new QueueLedger(redis, queueName);
  const queue = new Queue<ChunkJob>(queueName, { connection: redis, prefix: KEY_PREFIX });
  await sink.sweep?.(lockMs);

  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const summary: WorkerSummary = { chunks: 0, documents: 0, errors: 0, failedAttempts: 0 };
  const executors = new Map<string, Promise<Executor<Result | Uint8Array>>>();
  let inFlight = 0;

  const executorFor = (job: ChunkJob): Promise<Executor<Result | Uint8Array>> => {
    const key = `${job.pipeline.key}/${job.maxChars}`;
    let executor = executors.get(key);
    if (!executor) {
      executor = buildExecutor(job, sink.format.name, threads);
      executors.set(key, executor);
      // A pipeline that can never be built stays refused; anything else is tried again with the next chunk.
      executor.catch((error: unknown) => {
        if (!(error instanceof UnrecoverableError)) executors.delete(key);
      });
    }
    return executor;
  };

  const processChunk = async (job: Job<ChunkJob, ChunkCounts>): Promise<ChunkCounts> => {
    const startedAt = Date.now();
    const chunk = job.id!;
    inFlight++;
    try {
      emit({ type: 'chunk-started', chunk, records: job.data.records });
      if (job.stalledCounter > 0) emit({ type: 'chunk-retaken', chunk, stalled: job.stalledCounter });
      const executor = await executorFor(job.data);
      let items: ReturnType<typeof decodeChunkItems>;
      try {
        items = decodeChunkItems(job.data);
      } catch (error) {
        throw new UnrecoverableError(`the chunk's data cannot be read: ${(error as Error).message}`);
      }
      const counts: ChunkCounts = { documents: 0, errors: 0, chars: 0 };
      const warn = (message: string): void => emit({ type: 'warning', chunk, message });
      const write = await sink.begin({ id: chunk, pipeline: job.data.pipeline, warn });
      try {
        for await (const outcome of processItems(executor, items, { encodeError: sink.format.encode })) {
          await write.write({ id: outcome.id, ok: outcome.ok, value: outcome.value as Uint8Array });
          counts.documents++;
          if (!outcome.ok) counts.errors++;
          counts.chars += outcome.chars;
        }
        await write.commit();
      } catch (error) {
        await write.abort().catch(() => undefined);
        throw error;
      }
      await ledger.markDone(chunk, counts, startedAt);
      summary.chunks++;
      summary.documents += counts.documents;
      summary.errors += counts.errors;
      emit({ type: 'chunk-done', chunk, counts, seconds: (Date.now() - startedAt) / 1000 });
      return counts;
    } finally {
      inFlight--;
    }
  };

  const worker = new Worker<ChunkJob, ChunkCounts>(queueName, processChunk, {
    connection: redis,
    prefix: KEY_PREFIX,
    name: id,
    concurrency,
    lockDuration: lockMs,
    // A lock that expired is seen at the second check after it, so checks come twice per lock time.
    stalledInterval: Math.max(500, Math.round(lockMs / 2)),
    maxStalledCount: MAX_STALLED,
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    summary.failedAttempts++;
    const attempts = job.opts.attempts ?? 1;
    const final = error instanceof UnrecoverableError || error.name === 'UnrecoverableError' || job.attemptsMade >= attempts;
    emit({ type: 'chunk-failed', chunk: job.id!, attempt: job.attemptsMade, attempts, final, message: error.message });
  });
  worker.on('error', (error) => emit({ type: 'error', message: error.message }));

  const startedAt = Date.now();
  const beat = (state: WorkerBeat['state']): Promise<void> =>
    ledger
      .beat({ id, host: hostname(), pid: process.pid, concurrency, startedAt, seenAt: Date.now(), chunks: summary.chunks, documents: summary.documents, state })
      .catch(() => undefined);
  await beat('idle');
  const beatTimer = setInterval(() => void beat(inFlight ? 'working' : 'idle'), BEAT_MS);

  let stopping: Promise<WorkerSummary> | null = null;
  let resolveStopped!: (summary: WorkerSummary) => void;
  let rejectStopped!: (error: unknown) => void;
  const stopped = new Promise<WorkerSummary>((resolve, reject) => {
    resolveStopped = resolve;
    rejectStopped = reject;
  });
  let idleTimer: NodeJS.Timeout | undefined;
  const close = (): Promise<WorkerSummary> => {
    stopping ??= (async () => {
      clearInterval(idleTimer);
      clearInterval(beatTimer);
      await worker.close();
      await Promise.all([...executors.values()].map((executor) => executor.then((e) => e.close()).catch(() => undefined)));
      if (options.exitWhenIdle) await sink.sweep?.(lockMs);
      await sink.close();
      await beat('stopped');
      await queue.close();
      if (ownsRedis) redis.disconnect();
      return summary;
    })().then(
      (result) => {
        resolveStopped(result);
        return result;
      },
      (error: unknown) => {
        rejectStopped(error);
        throw error;
      },
    );
    return stopping;
  };

  if (options.exitWhenIdle) {
    let checking = false;
    const closeWhenIdle = async (): Promise<void> => {
      if (inFlight > 0 || checking || stopping) return;
      checking = true;
      try {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'paused', 'waiting-children');
        if (inFlight === 0 && Object.values(counts).every((n) => n === 0)) void close().catch(() => undefined);
      } catch (error) {
        emit({ type: 'error', message: (error as Error).message });
      } finally {
        checking = false;
      }
    };
    idleTimer = setInterval(closeWhenIdle, IDLE_CHECK_MS);
    // and as soon as a chunk is done, so that the last one's worker exits right after it, not up to
    // an interval later (a batch job of two workers waits for the later one)
    worker.on('completed', () => void closeWhenIdle());
  }
  await worker.waitUntilReady();
  return { id, stopped, close };
}

async function openSink(option: SinkOption, concurrency: number): Promise<ChunkSink> {
  if ('begin' in option) return option;
  if ('postgres' in option) return postgresSink(option.postgres, { table: option.table, connections: concurrency });
  const name = option.format ?? 'jsonl';
  const format = findFormat(name);
  if (!format) throw new TypeError(`unknown format "${name}" (formats: ${formatNames().join(', ')})`);
  return folderSink(option.folder, format);
}

/**
 * The pipeline of a chunk, built once per pipeline in this worker: checked against this
 * worker's stages (a definition problem, or stages of another version, fail the chunk for good:
 * no retry would change them), then started in worker threads or in this thread.
 */
async function buildExecutor(job: ChunkJob, format: string, threads: number): Promise<Executor<Result | Uint8Array>> {
  const definition: LoadedDefinition = { definition: job.pipeline.definition, source: job.pipeline.source, baseDir: process.cwd() };
  try {
    const difference = stageDifference(job.pipeline, planPipeline(definition, builtinRegistry));
    if (difference) throw new UnrecoverableError(difference);
    return await startExecutor({ definition, limits: { maxChars: job.maxChars }, format }, threads);
  } catch (error) {
    if (error instanceof PipelineDefinitionError || error instanceof WorkerPipelineError) throw new UnrecoverableError(error.message);
    throw error;
  }
}
