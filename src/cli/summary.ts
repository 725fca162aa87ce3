import type { BatchStats } from './batch-stats.js';
import { duration } from './batch-stats.js';

/** A rate to two significant digits below 10 (`0.33`, `2.5`), whole above: never a bare `0` for a slow run. */
function rate(perSecond: number): string {
  if (perSecond === 0 || perSecond >= 10) return String(Math.round(perSecond));
  return String(Number(perSecond.toPrecision(2)));
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The closing lines on standard error, e.g.
 * `thai-extract run: 1000 documents, 997 ok, 3 failed (malformed-json 2, empty 1); 1.2M chars in 3.4s (350k chars/s)`.
 * After `--resume` the counts include what the earlier run finished, so they are those of an
 * uninterrupted run; characters and rates are this run's.
 */
export function summaryLines(stats: BatchStats, renamed: { count: number; first: string | null }): string[] {
  const allCodes = new Map(stats.errorCodes);
  for (const [code, n] of stats.skippedErrorCodes) allCodes.set(code, (allCodes.get(code) ?? 0) + n);
  const codes = [...allCodes].map(([code, n]) => `${code} ${n}`).join(', ');
  const failed = stats.failed + stats.skippedFailed;
  const ok = stats.ok + stats.skipped - stats.skippedFailed;
  const seconds = Math.max(stats.seconds, 1e-3);
  const lines = [
    `thai-extract run: ${count(stats.documents + stats.skipped, 'document')}, ${ok} ok, ${failed} failed${codes ? ` (${codes})` : ''}; ` +
      `${stats.chars} chars in ${duration(seconds)} (${rate(stats.documents / seconds)} docs/s, ${rate(stats.chars / seconds)} chars/s)`,
  ];
  if (stats.skipped) {
    lines.push(
      `thai-extract run: resumed: ${count(stats.skipped, 'document')} ${stats.skipped === 1 ? 'was' : 'were'} already done (${stats.skippedFailed} of them failed)`,
    );
  }
  if (renamed.count)
    lines.push(`thai-extract run: ${count(renamed.count, 'duplicate id')} ${renamed.count === 1 ? 'was' : 'were'} made unique (first: ${renamed.first})`);
  if (failed) lines.push(`thai-extract run: ${count(failed, 'document')} failed`);
  return lines;
}
