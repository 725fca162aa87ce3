import type { Redis } from 'ioredis';
import { KEY_PREFIX } from './redis-connection.js';

/** What a worker did with one chunk. */
export interface ChunkCounts {
  documents: number;
  errors: number;
  chars: number;
}

/** A worker as it reports itself every few seconds. */
export interface WorkerBeat {
  id: string;
  host: string;
  pid: number;
  concurrency: number;
  startedAt: number;
  seenAt: number;
  chunks: number;
  documents: number;
  state: 'working' | 'idle' | 'stopped';
}

/** The queue's running totals, kept exact however often a chunk is redone. */
export interface LedgerTotals {
  queuedChunks: number;
  queuedRecords: number;
  doneChunks: number;
  documents: number;
  errors: number;
  chars: number;
  /** When the first chunk that finished was started, and when the last one finished (ms since the epoch), or null. */
  firstStartedAt: number | null;
  lastDoneAt: number | null;
}

// A chunk is counted once whatever happens: the HSETNX on its id guards the increments, in one script.
const ADD = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('HINCRBY', KEYS[2], 'queuedChunks', 1)
  redis.call('HINCRBY', KEYS[2], 'queuedRecords', ARGV[2])
  return 1
end
return 0`;

const DONE = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 1 then
  redis.call('HINCRBY', KEYS[2], 'doneChunks', 1)
  redis.call('HINCRBY', KEYS[2], 'documents', ARGV[2])
  redis.call('HINCRBY', KEYS[2], 'errors', ARGV[3])
  redis.call('HINCRBY', KEYS[2], 'chars', ARGV[4])
  local first = redis.call('HGET', KEYS[2], 'firstStartedAt')
  if not first or tonumber(first) > tonumber(ARGV[5]) then redis.call('HSET', KEYS[2], 'firstStartedAt', ARGV[5]) end
  redis.call('HSET', KEYS[2], 'lastDoneAt', ARGV[6])
  return 1
end
return 0`;

/** Workers not seen for this long are forgotten. */
const FORGET_WORKERS_MS = 24 * 3600 * 1000;

/**
 * This project's bookkeeping beside BullMQ's keys, in the queue's own key space: which chunks
 * were ever queued (so that queuing the same input again adds nothing, even after BullMQ has
 * removed the finished jobs), which are done with their counts, and the workers' last reports.
 */
export class QueueLedger {
  private readonly keys: { added: string; done: string; totals: string; workers: string };

  constructor(
    private readonly redis: Redis,
    queue: string,
  ) {
    const base = `${KEY_PREFIX}:${queue}:thai-extract`;
    this.keys = { added: `${base}:added`, done: `${base}:done`, totals: `${base}:totals`, workers: `${base}:workers` };
  }

  /** For each chunk id, whether it was queued before. */
  async wereAdded(ids: readonly string[]): Promise<boolean[]> {
    if (!ids.length) return [];
    const found = await this.redis.hmget(this.keys.added, ...ids);
    return found.map((value) => value !== null);
  }

  /** Records a queued chunk; false if it was recorded already. */
  async markAdded(id: string, records: number): Promise<boolean> {
    return (await this.redis.eval(ADD, 2, this.keys.added, this.keys.totals, id, records)) === 1;
  }

  /** Records a finished chunk and adds its counts to the totals, once per chunk id. */
  async markDone(id: string, counts: ChunkCounts, startedAt: number, doneAt = Date.now()): Promise<boolean> {
    const args = [counts.documents, counts.errors, counts.chars, startedAt, doneAt];
    return (await this.redis.eval(DONE, 2, this.keys.done, this.keys.totals, id, ...args)) === 1;
  }

  async totals(): Promise<LedgerTotals> {
    const raw = await this.redis.hgetall(this.keys.totals);
    const n = (key: string): number => Number(raw[key] ?? 0);
    const time = (key: string): number | null => (raw[key] === undefined ? null : Number(raw[key]));
    return {
      queuedChunks: n('queuedChunks'),
      queuedRecords: n('queuedRecords'),
      doneChunks: n('doneChunks'),
      documents: n('documents'),
      errors: n('errors'),
      chars: n('chars'),
      firstStartedAt: time('firstStartedAt'),
      lastDoneAt: time('lastDoneAt'),
    };
  }

  async beat(worker: WorkerBeat): Promise<void> {
    await this.redis.hset(this.keys.workers, worker.id, JSON.stringify(worker));
  }

  /** Every worker seen in the last day, most recently seen first; older ones are removed. */
  async workers(now = Date.now()): Promise<WorkerBeat[]> {
    const all = Object.values(await this.redis.hgetall(this.keys.workers)).map((json) => JSON.parse(json) as WorkerBeat);
    const old = all.filter((w) => now - w.seenAt > FORGET_WORKERS_MS);
    if (old.length) await this.redis.hdel(this.keys.workers, ...old.map((w) => w.id));
    return all.filter((w) => !old.includes(w)).sort((a, b) => b.seenAt - a.seenAt);
  }
}
