import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { UniqueIds } from '../batch/unique-ids.js';
import type { PipelineDefinition } from '../core/definition.js';
import { DEFAULT_MAX_CHARS } from '../core/input-checks.js';
import type { InputItem } from '../core/input-item.js';
import { inputItems } from '../core/process-many.js';
import { checkPipeline } from '../create-pipeline.js';
import { expandInputs, type InputSource } from '../io/input-sources.js';
import { readSource } from '../io/read-records.js';
import { CHUNK_SCHEMA, type Chunk, type ChunkJob, type ChunkLimits, chunkItems, DEFAULT_CHUNK_LIMITS, type PositionedItem } from './chunk.js';
import { QueueLedger } from './ledger.js';
import { portablePipeline, type QueuedPipeline } from './portable-pipeline.js';
import { checkQueueName, connectRedis, DEFAULT_QUEUE, KEY_PREFIX } from './redis-connection.js';

export interface EnqueueOptions {
  /** `redis://[user:password@]host:port[/db]`, or a connection of your own (left open). */
  redis: string | Redis;
  /** Default `thai-extract`. */
  queue?: string;
  /** A built-in name, a path to a definition file, or a definition object (default `default`). Checked before anything is queued. */
  pipeline?: string | PipelineDefinition;
  /** Files, folders, globs and `-`, read exactly as `thai-extract run` reads them. */
  inputs?: readonly string[];
  /** Where `-` reads from (default: this process's standard input). */
  stdin?: AsyncIterable<Buffer | string>;
  /** Or records, as `processMany` takes them (a string is a text; an id is derived from the content when missing). */
  records?: Iterable<unknown> | AsyncIterable<unknown>;
  /** The source name of `records` in chunk ids (default `records`). */
  source?: string;
  /** Records and bytes a chunk at most (default 25 records, 1 MB). */
  chunk?: Partial<ChunkLimits>;
  /** Documents longer than this many characters become `too-large` error results (default 10,000,000). */
  maxChars?: number;
  /** Tries of each chunk before it stays in the failed set (default 5), with exponential backoff from `backoffMs` (default 2000). */
  attempts?: number;
  backoffMs?: number;
}

export interface EnqueueSummary {
  queue: string;
  pipeline: QueuedPipeline;
  /** Chunks (and their records) added now. */
  queued: { chunks: number; records: number };
  /** Chunks (and their records) queued by an earlier `enqueue` of the same input and pipeline: not added again. */
  alreadyThere: { chunks: number; records: number };
  /** Records of the chunks added now that could not be read (malformed JSON, not a document, ...): they travel as error results. */
  unreadable: number;
}

/** Chunks added to Redis in one round of commands. */
const CHUNKS_PER_ROUND = 32;

/**
 * Reads the inputs, groups the records into chunks and adds each chunk as a BullMQ job whose id
 * is derived from the input, so that enqueuing the same input again adds nothing. The pipeline
 * definition travels with every chunk, checked here before anything is queued. A record that
 * cannot be read travels as its error record, and comes out as that error result. Duplicate
 * ids are made unique as `thai-extract run` does (`a`, `a#2`).
 */
export async function enqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  const queueName = options.queue ?? DEFAULT_QUEUE;
  const badName = checkQueueName(queueName);
  if (badName) throw new TypeError(badName);
  if ((options.inputs === undefined) === (options.records === undefined)) throw new TypeError('enqueue: give either inputs or records');
  const pipeline = portablePipeline(checkPipeline(options.pipeline ?? 'default'));
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const limits = { ...DEFAULT_CHUNK_LIMITS, ...options.chunk };
  const sources = options.inputs ? await expandInputs(options.inputs) : [];
  const redis = typeof options.redis === 'string' ? await connectRedis(options.redis, { waitForever: false }) : options.redis;
  const queue = new Queue<ChunkJob>(queueName, { connection: redis, prefix: KEY_PREFIX });
  const ledger = new QueueLedger(redis, queueName);
  const summary: EnqueueSummary = { queue: queueName, pipeline, queued: { chunks: 0, records: 0 }, alreadyThere: { chunks: 0, records: 0 }, unreadable: 0 };
  const jobOptions = {
    attempts: options.attempts ?? 5,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 2000 },
    // Finished chunks leave Redis (the ledger remembers them); failed ones stay, with their error, for retry-failed.
    removeOnComplete: true,
    removeOnFail: false,
  };
  const addRound = async (round: Chunk[]): Promise<void> => {
    const known = await ledger.wereAdded(round.map((chunk) => chunk.id));
    const fresh = round.filter((_, i) => !known[i]);
    for (const chunk of round.filter((_, i) => known[i])) {
      summary.alreadyThere.chunks++;
      summary.alreadyThere.records += chunk.records;
    }
    const jobs = await Promise.all(
      fresh.map(async (chunk) => {
        const data: ChunkJob = { schema: CHUNK_SCHEMA, pipeline, maxChars, first: chunk.first, records: chunk.records, items: await compress(chunk.json) };
        return { name: 'chunk', data, opts: { ...jobOptions, jobId: chunk.id } };
      }),
    );
    // The job first, then the ledger: a crash in between queues the chunk again next time, which
    // the idempotent writes of the workers make harmless; the other order could lose it.
    if (jobs.length) await queue.addBulk(jobs);
    for (const chunk of fresh) {
      await ledger.markAdded(chunk.id, chunk.records);
      summary.queued.chunks++;
      summary.queued.records += chunk.records;
      summary.unreadable += chunk.unreadable;
    }
  };
  try {
    const items = options.inputs
      ? itemsOfSources(sources, maxChars, options.stdin ?? process.stdin)
      : itemsOfRecords(inputItems(options.records!), options.source ?? 'records');
    let round: Chunk[] = [];
    for await (const chunk of chunkItems(unique(items), pipeline.key, limits)) {
      round.push(chunk);
      if (round.length >= CHUNKS_PER_ROUND) {
        await addRound(round);
        round = [];
      }
    }
    await addRound(round);
  } finally {
    await queue.close();
    if (typeof options.redis === 'string') redis.disconnect();
  }
  return summary;
}

const gzipAsync = promisify(gzip);

/** In libuv's thread pool, so that a round's chunks are compressed side by side. */
async function compress(json: string): Promise<string> {
  return (await gzipAsync(json)).toString('base64');
}

async function* itemsOfSources(sources: readonly InputSource[], maxChars: number, stdin: AsyncIterable<Buffer | string>): AsyncGenerator<PositionedItem> {
  for (const source of sources) {
    const name = source.kind === 'stdin' ? '-' : source.path;
    let position = 0;
    for await (const item of readSource(source, { maxChars, stdin })) yield { item, source: name, position: ++position };
  }
}

async function* itemsOfRecords(items: AsyncIterable<InputItem>, source: string): AsyncGenerator<PositionedItem> {
  let position = 0;
  for await (const item of items) yield { item, source, position: ++position };
}

async function* unique(items: AsyncIterable<PositionedItem>): AsyncGenerator<PositionedItem> {
  const ids = new UniqueIds();
  for await (const positioned of items) {
    const { item } = positioned;
    if (item.kind === 'document') item.input.id = ids.take(item.input.id);
    else item.record.id = ids.take(item.record.id);
    yield positioned;
  }
}
