import { existsSync, statSync } from 'node:fs';
import { DEFAULT_MAX_CHARS } from '../../core/input-checks.js';
import { findFormat, formatNames } from '../../formats/index.js';
import { InputNotFoundError } from '../../io/input-sources.js';
import { DEFAULT_CHUNK_LIMITS } from '../../queue/chunk.js';
import { redactUrl } from '../../queue/redact-url.js';
import type { EnqueueSummary } from '../../queue/enqueue.js';
import type { QueueStatus } from '../../queue/status.js';
import type { SinkOption, WorkerEvent } from '../../queue/worker.js';
import { compactNumber, duration } from '../batch-stats.js';
import { type Command, type CommandIO, UsageError, wholeNumberOption } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';

const HELP = `usage: thai-extract queue <add|work|status|retry-failed> --redis URL [options]

Spreads a batch over many machines: one Redis holds a BullMQ queue of chunks of records,
workers anywhere take chunks and write their results to one folder or one PostgreSQL database.
A worker killed at any moment loses nothing: its chunk's lock expires and another worker does
the chunk again, replacing whatever it had written, so no document is ever doubled.

  queue add --redis URL [--queue NAME] [--pipeline P] [--chunk N] [--max-chars N] [--attempts N] INPUT...
      Reads INPUT exactly as \`thai-extract run\` does (files, folders, globs, -, HTML, .gz) and
      queues the records in chunks of N records (default ${DEFAULT_CHUNK_LIMITS.records}) or ${DEFAULT_CHUNK_LIMITS.bytes >> 20} MB. A chunk's id comes from
      the input (file, position, content) and the pipeline, so adding the same input again adds
      nothing. The pipeline definition travels with every chunk (checked before anything is
      queued), so every worker runs the same pipeline whatever files it has. Records that
      cannot be read are queued as their error results, as \`run\` writes them.

  queue work --redis URL [--queue NAME] (-o DIR/ | --sink postgres://...) [options]
      Takes chunks and writes each one's results, idempotently:
        -o DIR/                 one file per chunk, DIR/<chunk-id>.<ext>, written under a
                                temporary name and renamed (every worker must see the same DIR)
        --format FORMAT         the format of those files: ${formatNames().join(', ')} (default jsonl;
                                a folder format writes DIR/<chunk-id>/)
        --sink postgres://...   upserts a "documents" table (id, pipeline, version, doc, error,
                                updated_at; created if missing) and marks the chunk done in
                                "documents_chunks", in one transaction per chunk
        --concurrency N         chunks at once (default 1), each on its own worker thread
        --threads N             worker threads for the pipeline (default: --concurrency); 0 runs
                                it in the main thread (small documents only)
        --lock-seconds S        a chunk whose worker stops renewing its lock for S seconds
                                (killed, cut off) goes to another worker (default 30)
        --exit-when-idle        exit 0 once no chunk is waiting, active or due for a retry
                                (without it the worker waits for work; SIGTERM finishes the
                                current chunk and exits)
        --quiet                 no line per chunk done (failures are still reported)
        --verbose               a line per chunk started as well
      A chunk that fails (the database is down) is retried with backoff; after its last attempt
      it stays in the failed set with its error.

  queue status --redis URL [--queue NAME] [--json] [--watch [--interval S]]
      Chunks waiting, active, done and failed, documents done and per second, workers seen.

  queue retry-failed --redis URL [--queue NAME]
      Queues the chunks that failed every attempt again.

--queue defaults to "thai-extract". Redis URLs: redis://[user:password@]host:port[/db].

examples:
  thai-extract queue add --redis redis://10.0.0.5:6379 --pipeline default crawl/ "dumps/*.jsonl.gz"
  thai-extract queue work --redis redis://10.0.0.5:6379 --sink postgres://news@10.0.0.6/news
  thai-extract queue work --redis redis://10.0.0.5:6379 -o /shared/out/ --exit-when-idle
  thai-extract queue status --redis redis://10.0.0.5:6379 --watch`;

const COMMON = { redis: { type: 'string' }, queue: { type: 'string' } } as const;

function common(values: { redis?: string; queue?: string }): { redis: string; queue: string } {
  if (!values.redis) throw new UsageError('--redis URL is required (e.g. --redis redis://127.0.0.1:6379)');
  if (!/^rediss?:\/\//.test(values.redis)) throw new UsageError(`--redis must be a redis:// or rediss:// URL, got "${values.redis}"`);
  const queue = values.queue ?? 'thai-extract';
  if (queue === '' || queue.includes(':')) throw new UsageError(`--queue must be a name without ":", got "${queue}"`);
  return { redis: values.redis, queue };
}

/** Connection and input problems are the user's to fix: one line, exit status 2. */
async function asUsageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const name = (error as Error)?.name;
    if (error instanceof InputNotFoundError || name === 'RedisUnreachableError' || name === 'PostgresUnreachableError') {
      throw new UsageError((error as Error).message);
    }
    throw error;
  }
}

async function add(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandLine('queue', argv, {
    ...COMMON,
    pipeline: { type: 'string', default: 'default' },
    chunk: { type: 'string' },
    'max-chars': { type: 'string' },
    attempts: { type: 'string' },
  });
  const { redis, queue } = common(values);
  if (!positionals.length) throw new UsageError('no INPUT given (a file, a folder, a glob, or - for standard input)');
  if (positionals.filter((input) => input === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  const records = values.chunk === undefined ? undefined : wholeNumberOption('--chunk', values.chunk, 1);
  const maxChars = values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : wholeNumberOption('--max-chars', values['max-chars'], 1);
  const attempts = values.attempts === undefined ? undefined : wholeNumberOption('--attempts', values.attempts, 1);
  const { enqueue } = await import('../../queue/enqueue.js');
  const summary = await asUsageErrors(() =>
    enqueue({
      redis,
      queue,
      pipeline: values.pipeline,
      inputs: positionals,
      stdin: io.stdin as AsyncIterable<Buffer>,
      chunk: records === undefined ? undefined : { records },
      maxChars,
      attempts,
    }),
  );
  io.stdout.write(`${addedLine(summary)}\n`);
  return 0;
}

export function addedLine(summary: EnqueueSummary): string {
  const { queued, alreadyThere } = summary;
  const unreadable = summary.unreadable ? `; ${summary.unreadable} could not be read and will come out as error results` : '';
  return (
    `thai-extract queue add: queued ${queued.records} records in ${queued.chunks} chunks on "${summary.queue}" (pipeline ${summary.pipeline.name}); ` +
    `${alreadyThere.records} records in ${alreadyThere.chunks} chunks were already there${unreadable}`
  );
}

function chooseSink(values: { output?: string; sink?: string; format?: string }): SinkOption {
  if ((values.output === undefined) === (values.sink === undefined)) throw new UsageError('give one of -o DIR/ and --sink postgres://...');
  if (values.sink !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(values.sink)) throw new UsageError(`--sink must be a postgres:// URL, got "${values.sink}"`);
    if (values.format !== undefined) throw new UsageError('--format is for -o DIR/; the database stores documents as jsonb');
    return { postgres: values.sink };
  }
  const dir = values.output!;
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`-o ${dir}: workers write one file per chunk into a folder, and this is a file`);
  const format = values.format ?? 'jsonl';
  if (!findFormat(format)) throw new UsageError(`--format must be one of ${formatNames().join(', ')}, got "${format}"`);
  return { folder: dir, format };
}

async function work(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandLine('queue', argv, {
    ...COMMON,
    output: { type: 'string', short: 'o' },
    sink: { type: 'string' },
    format: { type: 'string' },
    concurrency: { type: 'string', default: '1' },
    threads: { type: 'string' },
    'lock-seconds': { type: 'string', default: '30' },
    'exit-when-idle': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  });
  const { redis, queue } = common(values);
  const sink = chooseSink(values);
  const concurrency = wholeNumberOption('--concurrency', values.concurrency, 1);
  const threads = values.threads === undefined ? concurrency : wholeNumberOption('--threads', values.threads, 0);
  const lockSeconds = wholeNumberOption('--lock-seconds', values['lock-seconds'], 1);
  const say = (line: string): void => {
    io.stderr.write(`thai-extract queue work: ${line}\n`);
  };
  // While Redis is down every reconnection fails with the same error: say it once a minute.
  let lastError = { message: '', at: 0 };
  const repeated = (event: WorkerEvent): boolean => {
    if (event.type !== 'error') return false;
    const now = Date.now();
    if (event.message === lastError.message && now - lastError.at < 60_000) return true;
    lastError = { message: event.message, at: now };
    return false;
  };
  const { startWorker } = await import('../../queue/worker.js');
  const worker = await asUsageErrors(() =>
    startWorker({
      redis,
      queue,
      sink,
      concurrency,
      threads,
      lockSeconds,
      exitWhenIdle: values['exit-when-idle'],
      onEvent: (event) => {
        const routine = event.type === 'chunk-done' ? !values.quiet : event.type === 'chunk-started' ? values.verbose : true;
        if (routine && !repeated(event)) say(eventLine(event));
      },
    }),
  );
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (++signals === 1) {
      say(`${signal}: finishing the chunks in hand, then stopping (again to stop at once)`);
      void worker.close().catch(() => undefined);
    } else {
      // The chunks in hand stay locked until their lock expires, then another worker does them.
      process.exit(130);
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    const summary = await worker.stopped;
    say(
      `stopped: ${summary.chunks} chunks, ${summary.documents} documents (${summary.errors} errors)` +
        (summary.failedAttempts ? `; ${summary.failedAttempts} failed attempts` : ''),
    );
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
  return 0;
}

function eventLine(event: WorkerEvent): string {
  switch (event.type) {
    case 'chunk-started':
      return `chunk ${event.chunk}: started (${event.records} records)`;
    case 'chunk-done':
      return `chunk ${event.chunk}: ${event.counts.documents} documents (${event.counts.errors} errors) in ${duration(event.seconds)}`;
    case 'chunk-retaken':
      return `chunk ${event.chunk}: taken over after its worker stopped renewing the lock (${event.stalled} time${event.stalled === 1 ? '' : 's'})`;
    case 'chunk-failed':
      return event.final
        ? `chunk ${event.chunk}: failed for good after attempt ${event.attempt}: ${event.message} (it stays in the failed set; queue retry-failed queues it again)`
        : `chunk ${event.chunk}: attempt ${event.attempt} of ${event.attempts} failed, retrying later: ${event.message}`;
    case 'warning':
      return `chunk ${event.chunk}: ${event.message}`;
    case 'error':
      return `error: ${event.message}`;
  }
}

async function status(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandLine('queue', argv, {
    ...COMMON,
    json: { type: 'boolean', default: false },
    watch: { type: 'boolean', default: false },
    interval: { type: 'string', default: '2' },
  });
  const options = common(values);
  const interval = wholeNumberOption('--interval', values.interval, 1);
  const { queueStatus } = await import('../../queue/status.js');
  const read = () => asUsageErrors(() => queueStatus(options));
  const show = (current: QueueStatus, previous: QueueStatus | null): void => {
    io.stdout.write(values.json ? `${JSON.stringify(current)}\n` : `${statusLines(current, previous, options.redis).join('\n')}\n`);
  };
  if (!values.watch) {
    show(await read(), null);
    return 0;
  }
  let stop = false;
  const onSignal = (): void => {
    stop = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const clear = (io.stdout as { isTTY?: boolean }).isTTY && !values.json;
  try {
    let previous: QueueStatus | null = null;
    while (!stop) {
      const current = await read();
      if (clear) io.stdout.write('\x1b[H\x1b[2J');
      show(current, previous);
      previous = current;
      for (let waited = 0; waited < interval * 1000 && !stop; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}

/** The status as a few lines; with the previous reading, the rate between the two as well. */
export function statusLines(status: QueueStatus, previous: QueueStatus | null, url: string): string[] {
  const { chunks, documents, workers } = status;
  const rate = (perSecond: number): string => (perSecond >= 10 ? compactNumber(perSecond) : perSecond.toFixed(1));
  const rates = [documents.perSecond === null ? null : `${rate(documents.perSecond)} docs/s overall`];
  if (previous && status.at > previous.at) rates.push(`${rate(((documents.done - previous.documents.done) * 1000) / (status.at - previous.at))} docs/s now`);
  const toDo = Math.max(0, documents.queued - documents.done);
  const describe = (w: (typeof workers.live)[number]): string => `${w.id} (${w.state}, ${w.chunks} chunks, ${w.documents} documents)`;
  const lines = [
    `queue "${status.queue}" on ${redactUrl(url)}`,
    `chunks     ${chunks.queued} queued: ${chunks.waiting} waiting, ${chunks.active} active, ${chunks.delayed} to retry, ${chunks.done} done, ${chunks.failed} failed`,
    `documents  ${documents.queued} queued: ${documents.done} done (${documents.errors} errors), ${toDo} to do` +
      (rates.some(Boolean) ? `; ${rates.filter(Boolean).join(', ')}` : ''),
    `workers    ${workers.live.length} live${workers.live.length ? `: ${workers.live.map(describe).join(', ')}` : ''}; ${workers.gone.length} gone`,
  ];
  if (status.lastFailure) lines.push(`failed     last: chunk ${status.lastFailure.chunk}: ${status.lastFailure.reason}`);
  return lines;
}

async function retry(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseCommandLine('queue', argv, COMMON);
  const options = common(values);
  const { retryFailed } = await import('../../queue/retry-failed.js');
  const count = await asUsageErrors(() => retryFailed(options));
  io.stdout.write(`thai-extract queue retry-failed: queued ${count} failed chunks again on "${options.queue}"\n`);
  return 0;
}

const SUBCOMMANDS = new Map<string, (argv: string[], io: CommandIO) => Promise<number>>([
  ['add', add],
  ['work', work],
  ['status', status],
  ['retry-failed', retry],
]);

export const queueCommand: Command = {
  name: 'queue',
  summary: 'many machines: queue documents on Redis (BullMQ), workers anywhere, results in files or PostgreSQL',
  help: HELP,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    const run = sub === undefined ? undefined : SUBCOMMANDS.get(sub);
    if (!run)
      throw new UsageError(`${sub === undefined ? 'no sub-command' : `unknown sub-command "${sub}"`}: give one of ${[...SUBCOMMANDS.keys()].join(', ')}`);
    return run(rest, io);
  },
};
