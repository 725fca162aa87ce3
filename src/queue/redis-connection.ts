import { Redis } from 'ioredis';
import { redactUrl } from './redact-url.js';

/** The queue `thai-extract queue` commands use unless told otherwise. */
export const DEFAULT_QUEUE = 'thai-extract';

/** BullMQ's own key prefix: a queue's keys are `bull:NAME:...`, and this project's bookkeeping sits among them. */
export const KEY_PREFIX = 'bull';

/** Redis cannot be reached (a wrong URL, a server that is down). */
export class RedisUnreachableError extends Error {
  constructor(url: string, cause: string) {
    super(`cannot reach Redis at ${redactUrl(url)}: ${cause}`);
    this.name = 'RedisUnreachableError';
  }
}

/** A queue name as BullMQ takes it: no `:` (it separates key parts), not empty. */
export function checkQueueName(name: string): string | null {
  if (name === '' || name.includes(':')) return `a queue name must be non-empty and without ":", got ${JSON.stringify(name)}`;
  return null;
}

/**
 * Connects to Redis and waits until it answers. A worker's connection (`waitForever`) keeps
 * retrying through Redis restarts, as BullMQ's workers need (`maxRetriesPerRequest: null`);
 * other commands give up after a few tries, so that a wrong URL is an error, not a hang.
 */
export async function connectRedis(url: string, options: { waitForever: boolean }): Promise<Redis> {
  let lastError = '';
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5000,
    maxRetriesPerRequest: options.waitForever ? null : 3,
    retryStrategy: (attempt) => (options.waitForever || attempt <= 3 ? Math.min(attempt * 200, 2000) : null),
    // After a failed connection the socket never reports closing, and ioredis would wait 2 s to destroy it.
    disconnectTimeout: 200,
  });
  // Without a listener ioredis prints every failed reconnection; the last one is reported below.
  redis.on('error', (error: Error) => {
    lastError = error.message;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new RedisUnreachableError(url, lastError || (error as Error).message);
  }
  return redis;
}
