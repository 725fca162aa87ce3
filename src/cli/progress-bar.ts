import { compactNumber, duration, type BatchStats } from './batch-stats.js';

/** What the progress bar knows of the total: bytes of input files, when every input is a file. */
export interface ProgressTotal {
  totalBytes: number | null;
  readBytes: () => number;
}

const REDRAW_MS = 200;
const WIDTH = 24;

/**
 * One self-overwriting line on a terminal's standard error: documents, chars/s, errors, and a
 * bar with ETA when the input size is known. Draws nothing unless the stream is a terminal.
 */
export class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly stats: BatchStats,
    private readonly total: ProgressTotal,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Redraws at most every 200 ms. */
  update(): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.drawn = true;
    this.stream.write(`\r${this.line()}\x1b[K`);
  }

  /** Clears the line so the summary starts on a clean one. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }

  line(): string {
    const { stats } = this;
    const seconds = Math.max(stats.seconds, 1e-3);
    const parts = [`${compactNumber(stats.documents)} docs`, `${compactNumber(stats.chars / seconds)} chars/s`, `${stats.failed} errors`];
    const { totalBytes } = this.total;
    if (totalBytes) {
      const fraction = Math.min(1, this.total.readBytes() / totalBytes);
      const filled = Math.round(fraction * WIDTH);
      const eta = fraction > 0 ? (seconds / fraction) * (1 - fraction) : NaN;
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0)}%`);
      if (Number.isFinite(eta)) parts.push(`ETA ${duration(eta)}`);
    }
    const text = parts.join('  ');
    return this.stream.columns ? text.slice(0, this.stream.columns - 1) : text;
  }
}
