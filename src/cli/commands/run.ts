import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { DEFAULT_MAX_CHARS } from '../../core/input-checks.js';
import { defaultWorkers, maxWorkers, type WorkersOption } from '../../batch/workers-option.js';
import { findFormat, formatNames } from '../../formats/index.js';
import { type FormatWriter, NOTHING_DONE, type OutputFormat, type OutputTarget } from '../../formats/output-format.js';
import type { PipelinePlan } from '../../core/plan.js';
import { expandInputs, InputNotFoundError, type InputSource } from '../../io/input-sources.js';
import { inputInOutput } from '../../io/output-checks.js';
import { LOCK_SUFFIX, lockOutput, OutputInUseError } from '../../io/output-lock.js';
import { BatchStats } from '../batch-stats.js';
import { type Command, type CommandIO, UsageError, wholeNumberOption } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { ProgressBar } from '../progress-bar.js';
import { summaryLines } from '../summary.js';

const FORMATS = formatNames().join(', ');

const HELP = `usage: thai-extract run [options] INPUT...

Annotates documents and writes one JSON document per input record, in input order.

INPUT is any of:
  FILE.txt, FILE.html       one document; its id is the path. Bytes are decoded from a BOM,
                            <meta charset>, or detected (UTF-8, UTF-16 with or without a BOM,
                            TIS-620 / windows-874). HTML: the article's main text is extracted
                            (scripts never run) and meta.title, meta.published and meta.url are
                            filled where found. A file named here with another extension is
                            read as text.
  FILE.jsonl                JSON Lines, one record a line: {"id", "text" | "html", "published"?,
                            "url"?, "title"?, ...}; a record without "id" gets FILE:LINE. A line
                            that is not UTF-8 (a TIS-620 dump) is decoded as a .txt file is,
                            with an invalid-bytes warning on its document for bad bytes.
  FILE.json                 one record, or an array of records (id FILE#N when missing)
  *.gz of any of these      gzip-compressed (e.g. dump.jsonl.gz)
  FOLDER                    every file above in it, recursively, sorted by path; others are
                            skipped; a subfolder that cannot be read is a read-failed record
  "GLOB"                    e.g. "news/**/*.html" (quote it so the shell leaves it alone)
  -                         JSON Lines on standard input

options:
  --pipeline NAME|PATH      a built-in pipeline (default: default) or a pipeline .json file
  -o, --output OUT          where documents go (default, or -: standard output):
                              OUT.jsonl  a file (replaced, unless --resume)
                              DIR/       a folder (an existing folder, or a path ending in /):
                                         one DIR/ID.json per document. An id of lower-case
                                         letters, digits, . _ - is its own name; any other gets
                                         a readable part, ~ and a hash: different ids never
                                         share a file, and none is written outside DIR
                            The output may not be an input, and one run at a time writes it
                            (a lock file beside it, or DIR/.thai-extract.lock, names the run)
  --format FORMAT           the output format: ${FORMATS}
                            (default: jsonl for standard output or a file, json for a folder)
  --resume                  with -o: keep what an interrupted run (even kill -9) wrote and do
                            only the rest. Every line (every file of DIR/) is checked whole:
                            a torn, corrupted or repeated one is removed and its record done
                            again, and the summary and exit status are an uninterrupted run's
  --workers N|auto          worker threads for the pipeline; 0 = in the main thread; at most
                            ${maxWorkers()} here. auto (the default): one worker per core (${defaultWorkers()} here),
                            except that an input under 1M characters is processed in the main
                            thread, where starting workers would cost more than it saves.
                            Documents over 200,000 characters go to workers with as much heap
                            as the main thread: the output is the same with or without workers
  --max-chars N             refuse documents longer than N characters (default: ${DEFAULT_MAX_CHARS})
  --quiet                   no progress bar and no summary on standard error
  -h, --help                this help

Every input record yields exactly one output line: the document, or an error record
  {"id": "...", "error": {"code": "...", "message": "...", ...}}
with code malformed-json (with "source" and "line"), invalid-record, empty, binary, too-large,
read-failed, stage-failed (with "stage"), worker-failed, or internal (a bug of thai-extract).
Duplicate ids are made unique: the second "X" becomes "X#2" (the summary says how many).
Standard output carries documents only; the progress bar (when standard error is a terminal)
and the summary go to standard error.

exit status:
  0  every document was processed
  1  some documents failed: each has its error record, the summary says how many
  2  a usage or pipeline definition error, reported before anything is read (the output is
     an input, an unknown option, a pipeline file or word list that cannot be used)
  3  the output could not be used or written: another run holds it, its folder is missing,
     the disk is full, standard output was closed (| head). What was written stays, and
     --resume goes on from it
  70 an internal error: a bug of thai-extract, reported with its stack

examples:
  thai-extract run article.html
  echo '{"id":"a","text":"วันที่ 1 มีนาคม 2562"}' | thai-extract run -
  thai-extract run --pipeline default - < dump.jsonl > out.jsonl
  thai-extract run -o out.jsonl corpus/ "scraped/**/*.jsonl.gz"
  thai-extract run -o out.jsonl --resume corpus/        # again after an interruption
  thai-extract run -o docs/ --workers 2 pages/          # docs/<id>.json, one per page
  thai-extract run --pipeline ./my-pipeline.json --max-chars 200000 big.jsonl`;

interface RunOptions {
  pipeline: string;
  output: string | null;
  format: string | null;
  resume: boolean;
  workers: WorkersOption;
  maxChars: number;
  quiet: boolean;
  inputs: string[];
}

function readOptions(argv: string[]): RunOptions {
  const { values, positionals } = parseCommandLine('run', argv, {
    pipeline: { type: 'string', default: 'default' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string' },
    resume: { type: 'boolean', default: false },
    workers: { type: 'string', default: 'auto' },
    'max-chars': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  });
  const options: RunOptions = {
    pipeline: values.pipeline,
    output: values.output ?? null,
    format: values.format ?? null,
    resume: values.resume,
    workers: values.workers === 'auto' ? 'auto' : workersOption(values.workers),
    maxChars: values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : wholeNumberOption('--max-chars', values['max-chars'], 1),
    quiet: values.quiet,
    inputs: positionals,
  };
  if (!options.inputs.length) throw new UsageError('no INPUT given (a file, a folder, a glob, or - for standard input)');
  if (options.resume && !options.output) throw new UsageError('--resume needs -o OUT (the output of the interrupted run)');
  if (options.inputs.filter((input) => input === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  return options;
}

function workersOption(value: string): number {
  const workers = wholeNumberOption('--workers', value, 0);
  if (workers > maxWorkers()) throw new UsageError(`--workers must be at most ${maxWorkers()} here (4 per core), got ${workers}`);
  return workers;
}

function isFolderOutput(output: string): boolean {
  return /[\\/]$/.test(output) || (existsSync(output) && statSync(output).isDirectory());
}

/** Where the output goes and in which format, checked against each other before anything is read (`convert --to` too). */
export function chooseOutput(
  options: Pick<RunOptions, 'output' | 'format' | 'resume'>,
  io: CommandIO,
  flag = '--format',
): { format: OutputFormat; target: OutputTarget } {
  const { output } = options;
  const target: OutputTarget =
    !output || output === '-'
      ? { kind: 'stdout', stream: io.stdout }
      : isFolderOutput(output)
        ? { kind: 'folder', path: output }
        : { kind: 'file', path: output };
  const name = options.format ?? (target.kind === 'folder' ? 'json' : 'jsonl');
  const format = findFormat(name);
  if (!format) throw new UsageError(`${flag} must be one of ${formatNames().join(', ')}, got "${name}"`);
  if (format.target === 'folder' && target.kind !== 'folder') throw new UsageError(`${flag} ${name} writes files into a folder: give -o DIR/`);
  if (format.target === 'stream' && target.kind === 'folder')
    throw new UsageError(`${flag} ${name} writes one stream: give -o FILE, or no -o for standard output`);
  if (options.resume && !format.resume) throw new UsageError(`--resume is not available with ${flag} ${name}`);
  return { format, target };
}

/** The output could not be used or written: in use by another run, not writable, full, a closed pipe. Exit status 3. */
class OutputProblem extends Error {}

/** Exit status when the output could not be used or written (`convert`'s too). */
export const OUTPUT_FAILED = 3;

/** What a reader that stopped early (`| head`) is told: what it took, it has. */
export const OUTPUT_CLOSED = 'the output was closed before every document was written';

/** Whether `error` is standard output closed by its reader. */
export function isClosedStdout(error: unknown, target: OutputTarget): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return target.kind === 'stdout' && (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED');
}

/**
 * What went wrong with the output, in one line, or null when the error is not the output's.
 * `written`: results may have been written, and stay (said when there is a file to resume).
 */
function outputProblem(error: unknown, target: OutputTarget, written: boolean): string | null {
  if (error instanceof OutputProblem || error instanceof OutputInUseError) return error.message;
  if (isClosedStdout(error, target)) return OUTPUT_CLOSED;
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return null;
  // "ENOSPC: no space left on device, write" -> "no space left on device (ENOSPC)"
  const reason = message.replace(/^E[A-Z]+: /, '').replace(/, \w+(?: '.*)?$/, '');
  const { dest, path: file } = error as { dest?: string; path?: string };
  // A file of ours beside the output (its lock) is the output as far as the user is concerned.
  const named = dest ?? file;
  const where = target.kind === 'stdout' ? 'standard output' : named && !named.endsWith(LOCK_SUFFIX) ? named : target.path;
  const kept = target.kind !== 'stdout' && written ? '; what was written is kept, and --resume goes on from it' : '';
  return `cannot write ${where}: ${reason} (${code})${kept}`;
}

/** Runs a step on the output, so that its system errors are reported as the output's. */
async function onOutput<T>(target: OutputTarget, step: () => Promise<T>, written = false): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const problem = outputProblem(error, target, written);
    throw problem === null ? error : new OutputProblem(problem);
  }
}

/**
 * Opens the output only when the first result is written, so that a run that fails before
 * producing anything (a stage that cannot load in the workers) leaves an earlier output intact.
 * Every failure of the output is an OutputProblem.
 */
function openOnFirstWrite(target: OutputTarget, open: () => Promise<FormatWriter>): FormatWriter & { closeIfOpened(): Promise<void> } {
  let opened: Promise<FormatWriter> | null = null;
  return {
    write: (id, encoded) =>
      onOutput(
        target,
        async () => {
          opened ??= open();
          await (await opened).write(id, encoded);
        },
        true,
      ),
    close: () =>
      onOutput(
        target,
        async () => {
          opened ??= open();
          await (await opened).close();
        },
        true,
      ),
    async closeIfOpened() {
      if (opened) await (await opened).close();
    },
  };
}

export const runCommand: Command = {
  name: 'run',
  summary: 'annotate documents: files, folders, globs or - (JSON Lines on standard input)',
  help: HELP,
  async run(argv, io) {
    const options = readOptions(argv);
    const { format, target } = chooseOutput(options, io);
    // The stages' modules load only now, so that --help and usage errors answer at once. The
    // definition is checked here, before any input is read; each worker builds from it.
    const { checkPipeline } = await import('../../create-pipeline.js');
    const plan = checkPipeline(options.pipeline);
    const sources = await expandInputs(options.inputs).catch((error: unknown) => {
      throw error instanceof InputNotFoundError ? new UsageError(error.message) : error;
    });
    if (target.kind !== 'stdout') {
      const clash = await inputInOutput(target, sources);
      if (clash) throw new UsageError(`the output ${target.path} is also an input (${clash}): it would be overwritten while it is read; write elsewhere`);
    }
    let release: (() => Promise<void>) | null = null;
    try {
      if (target.kind !== 'stdout') {
        release = await onOutput(target, async () => {
          if (target.kind === 'folder') await mkdir(target.path, { recursive: true });
          return lockOutput(target.path, target.kind);
        });
      }
      return await runLocked(options, format, target, plan, sources, io);
    } catch (error) {
      if (!(error instanceof OutputProblem)) throw error;
      io.stderr.write(`thai-extract run: ${error.message}\n`);
      return OUTPUT_FAILED;
    } finally {
      await release?.().catch(() => {});
    }
  },
};

/** The run once the output is this run's alone. */
async function runLocked(
  options: RunOptions,
  format: OutputFormat,
  target: OutputTarget,
  plan: PipelinePlan,
  sources: InputSource[],
  io: CommandIO,
): Promise<number> {
  const { runBatch } = await import('../../batch/run-batch.js');
  const { WorkerPipelineError } = await import('../../batch/worker-executor.js');
  const done = options.resume && format.resume ? await onOutput(target, () => format.resume!(target)) : NOTHING_DONE;
  for (const repair of done.repairs) io.stderr.write(`thai-extract run: resume: ${repair}\n`);
  const warn = (message: string): void => void io.stderr.write(`thai-extract run: ${message}\n`);
  const writer = openOnFirstWrite(target, () => format.open(target, { append: options.resume, warn }));
  const stats = new BatchStats();
  stats.skippedFailed = done.failed;
  for (const [code, n] of done.errorCodes ?? []) stats.skippedErrorCodes.set(code, n);
  const counter = { bytes: 0 };
  const totalBytes = sources.every((s) => s.kind !== 'stdin') ? sources.reduce((sum, s) => sum + (s.kind === 'file' ? s.size : 0), 0) : null;
  const progress = options.quiet ? undefined : new ProgressBar(io.stderr, stats, { totalBytes, readBytes: () => counter.bytes });
  let ids: Awaited<ReturnType<typeof runBatch>>;
  try {
    ids = await runBatch({
      sources,
      stdin: io.stdin as AsyncIterable<Buffer>,
      definition: { definition: plan.definition, source: plan.source, baseDir: plan.baseDir },
      workers: options.workers,
      limits: { maxChars: options.maxChars },
      format,
      writer,
      done,
      counter,
      onOutcome: (outcome) => {
        stats.record(outcome);
        progress?.update();
      },
      onSkipped: () => {
        stats.skipped++;
      },
    });
  } catch (error) {
    // Keep what was written (--resume goes on from it); the first error is the one to report.
    await writer.closeIfOpened().catch(() => {});
    throw error instanceof WorkerPipelineError ? new UsageError(error.message) : error;
  } finally {
    progress?.finish();
  }
  await writer.close();
  if (!options.quiet) io.stderr.write(summaryLines(stats, { count: ids.renamed, first: ids.firstRenaming }).join('\n') + '\n');
  return stats.failed + stats.skippedFailed > 0 ? 1 : 0;
}
