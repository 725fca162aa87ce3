import { type QueueCommandOptions, withQueue } from './status.js';

/** Failed jobs fetched at a time. */
const PAGE = 100;

/**
 * Queues every chunk in BullMQ's failed set again, with its attempts counted afresh. Returns
 * how many were queued again.
 */
export function retryFailed(options: QueueCommandOptions): Promise<number> {
  return withQueue(options, async (queue) => {
    let retried = 0;
    // A retried job leaves the failed set, so each page starts at the front; a job that cannot be
    // moved (a worker holds it) stays, and the loop ends when a page moves nothing.
    for (;;) {
      const failed = await queue.getFailed(0, PAGE - 1);
      let moved = 0;
      for (const job of failed) {
        try {
          await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
          moved++;
        } catch {
          // Locked or no longer failed: someone else moved it.
        }
      }
      retried += moved;
      if (moved === 0 || failed.length < PAGE) return retried;
    }
  });
}
