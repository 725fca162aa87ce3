// The queue's functions for the library. BullMQ, ioredis and pg load on the first call, so that
// importing thai-extract costs nothing for those who never use a queue.
import type { EnqueueOptions, EnqueueSummary } from './enqueue.js';
import type { QueueStatus, QueueCommandOptions } from './status.js';
import type { QueueWorker, WorkerOptions } from './worker.js';

export type { EnqueueOptions, EnqueueSummary } from './enqueue.js';
export type { QueueStatus, QueueCommandOptions } from './status.js';
export type { QueueWorker, SinkOption, WorkerEvent, WorkerOptions, WorkerSummary } from './worker.js';
export type { ChunkResult, ChunkSink, ChunkWrite } from './sinks/chunk-sink.js';
export type { ChunkCounts, WorkerBeat } from './ledger.js';

/**
 * Queues documents on a BullMQ queue in Redis, in chunks, for `startWorker` processes anywhere
 * (see `thai-extract queue add`). Queuing the same input again adds nothing.
 *
 *   await enqueue({ redis: 'redis://10.0.0.5:6379', inputs: ['crawl/'], pipeline: 'default' });
 */
export async function enqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  return (await import('./enqueue.js')).enqueue(options);
}

/**
 * Starts a worker that takes chunks from the queue, runs their pipeline in worker threads and
 * writes the results to a folder or PostgreSQL, idempotently (see `thai-extract queue work`).
 *
 *   const worker = await startWorker({ redis: 'redis://10.0.0.5:6379', sink: { postgres: 'postgres://db/news' } });
 *   process.on('SIGTERM', () => worker.close());
 */
export async function startWorker(options: WorkerOptions): Promise<QueueWorker> {
  return (await import('./worker.js')).startWorker(options);
}

/** Chunks and documents by state, the rate and the workers seen (see `thai-extract queue status`). */
export async function queueStatus(options: QueueCommandOptions): Promise<QueueStatus> {
  return (await import('./status.js')).queueStatus(options);
}

/** Queues the chunks that failed every attempt again; resolves to how many. */
export async function retryFailed(options: QueueCommandOptions): Promise<number> {
  return (await import('./retry-failed.js')).retryFailed(options);
}
