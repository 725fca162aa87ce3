/** Running totals of a batch, shared by the progress bar and the final summary. */
export class BatchStats {
  readonly startedAt = performance.now();
  ok = 0;
  failed = 0;
  chars = 0;
  /** Documents skipped because an earlier run finished them (`--resume`). */
  skipped = 0;
  /** Error records among the skipped ones, and their codes. */
  skippedFailed = 0;
  readonly skippedErrorCodes = new Map<string, number>();
  /** Error codes and how often each occurred in this run. */
  readonly errorCodes = new Map<string, number>();

  get documents(): number {
    return this.ok + this.failed;
  }

  get seconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Counts one result: a document and its characters, or an error and its code. */
  record(outcome: { ok: boolean; chars: number; error?: string }): void {
    if (outcome.ok) {
      this.ok++;
      this.chars += outcome.chars;
    } else {
      this.recordError(outcome.error ?? 'error');
    }
  }

  recordError(code: string): void {
    this.failed++;
    this.errorCodes.set(code, (this.errorCodes.get(code) ?? 0) + 1);
  }
}

/** 1234567 -> "1.2M", for a narrow progress line. */
export function compactNumber(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(0)}k`;
  return String(Math.round(n));
}

export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(s % 60).padStart(2, '0')}s`;
}
