import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueueLedger, type WorkerBeat } from './ledger.js';
import { checkQueueName, connectRedis, DEFAULT_QUEUE, KEY_PREFIX } from './redis-connection.js';

export interface QueueStatus {
  queue: string;
  /** When it was read (ms since the epoch). */
  at: number;
  chunks: {
    /** Ever queued on this queue. */
    queued: number;
    waiting: number;
    active: number;
    /** Waiting for a retry after a failed attempt. */
    delayed: number;
    done: number;
    /** Failed every attempt; `retry-failed` queues them again. */
    failed: number;
  };
  documents: {
    queued: number;
    /** Written, including the error results among them. */
    done: number;
    errors: number;
    chars: number;
    /** Documents done per second, from the start of the first chunk to the end of the last; null before any. */
    perSecond: number | null;
  };
  /** Why the last chunk to fail did, if any did. */
  lastFailure: { chunk: string; reason: string } | null;
  /** Workers that reported in the last 15 seconds, and the others seen in the last day (stopped or killed). */
  workers: { live: WorkerBeat[]; gone: WorkerBeat[] };
}

/** A worker that has not reported for this long is gone (it reports every 5 s). */
const LIVE_MS = 15_000;

export interface QueueCommandOptions {
  redis: string | Redis;
  queue?: string;
}

/** Runs `work` with the queue and its ledger, connecting to Redis if given a URL. */
export async function withQueue<T>(options: QueueCommandOptions, work: (queue: Queue, ledger: QueueLedger, name: string) => Promise<T>): Promise<T> {
  const name = options.queue ?? DEFAULT_QUEUE;
  const badName = checkQueueName(name);
  if (badName) throw new TypeError(badName);
  const redis = typeof options.redis === 'string' ? await connectRedis(options.redis, { waitForever: false }) : options.redis;
  const queue = new Queue(name, { connection: redis, prefix: KEY_PREFIX });
  try {
    return await work(queue, new QueueLedger(redis, name), name);
  } finally {
    await queue.close();
    if (typeof options.redis === 'string') redis.disconnect();
  }
}

/** Chunks by state, documents done and their rate, and the workers seen. */
export function queueStatus(options: QueueCommandOptions): Promise<QueueStatus> {
  return withQueue(options, async (queue, ledger, name) => {
    const [counts, totals, workers, lastFailed] = await Promise.all([
      queue.getJobCounts('waiting', 'prioritized', 'paused', 'active', 'delayed', 'failed'),
      ledger.totals(),
      ledger.workers(),
      queue.getFailed(0, 0),
    ]);
    const at = Date.now();
    const seconds = totals.firstStartedAt !== null && totals.lastDoneAt !== null ? (totals.lastDoneAt - totals.firstStartedAt) / 1000 : 0;
    const failure = lastFailed[0];
    return {
      queue: name,
      at,
      chunks: {
        queued: totals.queuedChunks,
        waiting: counts.waiting + counts.prioritized + counts.paused,
        active: counts.active,
        delayed: counts.delayed,
        done: totals.doneChunks,
        failed: counts.failed,
      },
      documents: {
        queued: totals.queuedRecords,
        done: totals.documents,
        errors: totals.errors,
        chars: totals.chars,
        perSecond: seconds > 0 ? totals.documents / seconds : null,
      },
      lastFailure: failure ? { chunk: failure.id!, reason: failure.failedReason } : null,
      workers: {
        live: workers.filter((w) => w.state !== 'stopped' && at - w.seenAt <= LIVE_MS),
        gone: workers.filter((w) => w.state === 'stopped' || at - w.seenAt > LIVE_MS),
      },
    };
  });
}
