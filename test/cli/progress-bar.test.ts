import { PassThrough } from 'node:stream';
import { BatchStats } from '../../src/cli/batch-stats.js';
import { ProgressBar } from '../../src/cli/progress-bar.js';
import { summaryLines } from '../../src/cli/summary.js';

function terminal(isTTY: boolean): PassThrough & { isTTY: boolean; columns: number; written: () => string } {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; written: () => string };
  const chunks: Buffer[] = [];
  stream.on('data', (d: Buffer) => chunks.push(d));
  stream.isTTY = isTTY;
  stream.columns = 120;
  stream.written = () => Buffer.concat(chunks).toString();
  return stream;
}

test('on a terminal: documents, chars/s, errors and, with a known size, a bar and ETA; cleared at the end', async () => {
  const stats = new BatchStats();
  stats.ok = 1500;
  stats.chars = 3_000_000;
  stats.recordError('empty');
  const stream = terminal(true);
  const bar = new ProgressBar(stream, stats, { totalBytes: 1000, readBytes: () => 250 });
  bar.update();
  bar.finish();
  await new Promise((r) => setImmediate(r));
  expect(stream.written()).toMatch(/^\r\[######\.{18}\] 25% {2}1501 docs {2}\d+(\.\d)?[kMG]? chars\/s {2}1 errors {2}ETA \d/);
  expect(stream.written().endsWith('\r\x1b[K')).toBe(true);
});

test('silent when standard error is not a terminal', async () => {
  const stream = terminal(false);
  const bar = new ProgressBar(stream, new BatchStats(), { totalBytes: null, readBytes: () => 0 });
  bar.update();
  bar.finish();
  await new Promise((r) => setImmediate(r));
  expect(stream.written()).toBe('');
});

test('the summary names documents ok and failed, error codes, chars and resumed work', () => {
  const stats = new BatchStats();
  stats.ok = 8;
  stats.chars = 1200;
  stats.recordError('malformed-json');
  stats.recordError('malformed-json');
  stats.skipped = 5;
  stats.skippedFailed = 1;
  stats.skippedErrorCodes.set('empty', 1);
  const lines = summaryLines(stats, { count: 0, first: null });
  // The counts are those of the whole run, the resumed part included; chars and rates are this run's.
  expect(lines[0]).toMatch(
    /^thai-extract run: 15 documents, 12 ok, 3 failed \(malformed-json 2, empty 1\); 1200 chars in \d+\.\ds \(\d+ docs\/s, \d+ chars\/s\)$/,
  );
  expect(lines.slice(1)).toEqual(['thai-extract run: resumed: 5 documents were already done (1 of them failed)', 'thai-extract run: 3 documents failed']);
});
