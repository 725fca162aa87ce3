import { existsSync, statSync } from 'node:fs';
import { DEFAULT_MAX_CHARS } from '../../core/input-checks.js';
import { defaultWorkers, type WorkersOption } from '../../batch/workers-option.js';
import { findFormat, formatNames } from '../../formats/index.js';
import { type FormatWriter, NOTHING_DONE, type OutputFormat, type OutputTarget } from '../../formats/output-format.js';
import { expandInputs, InputNotFoundError } from '../../io/input-sources.js';
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
                            <meta charset>, or detected (UTF-8, UTF-16, TIS-620 / windows-874).
                            HTML: the article's main text is extracted (scripts never run) and
                            meta.title, meta.published and meta.url are filled where found.
                            A file named here with another extension is read as text.
  FILE.jsonl                JSON Lines, one record a line: {"id", "text" | "html", "published"?,
                            "url"?, "title"?, ...}; a record without "id" gets FILE:LINE.
  FILE.json                 one record, or an array of records (id FILE#N when missing)
  *.gz of any of these      gzip-compressed (e.g. dump.jsonl.gz)
  FOLDER                    every file above in it, recursively, sorted by path; others are skipped
  "GLOB"                    e.g. "news/**/*.html" (quote it so the shell leaves it alone)
  -                         JSON Lines on standard input

options:
  --pipeline NAME|PATH      a built-in pipeline (default: default) or a pipeline .json file
  -o, --output OUT          where documents go (default, or -: standard output):
                              OUT.jsonl  a file (replaced, unless --resume)
                              DIR/       a folder (an existing folder, or a path ending in /):
                                         one DIR/ID.json per document; ids are made safe as file
                                         names and can never name a file outside DIR
  --format FORMAT           the output format: ${FORMATS}
                            (default: jsonl for standard output or a file, json for a folder)
  --resume                  with -o: keep what an interrupted run (even kill -9) wrote and do
                            only the rest; a torn last line is cut off and redone
  --workers N|auto          worker threads for the pipeline; 0 = in the main thread. auto (the
                            default): one worker per core (${defaultWorkers()} here), except that an input
                            under 1M characters is processed in the main thread, where
                            starting workers would cost more than it saves
  --max-chars N             refuse documents longer than N characters (default: ${DEFAULT_MAX_CHARS})
  --quiet                   no progress bar and no summary on standard error
  -h, --help                this help

Every input record yields exactly one output line: the document, or an error record
  {"id": "...", "error": {"code": "...", "message": "...", ...}}
with code malformed-json (with "source" and "line"), invalid-record, empty, binary, too-large,
read-failed, stage-failed (with "stage"), worker-failed or internal. Duplicate ids are made
unique: the second "X" becomes "X#2" (the summary says how many). Standard output carries
documents only; the progress bar (when standard error is a terminal) and the summary go to
standard error.

exit status: 0 every document was processed; 1 some failed (the summary says how many);
2 a usage or pipeline definition error (nothing was processed).

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
    workers: values.workers === 'auto' ? 'auto' : wholeNumberOption('--workers', values.workers, 0),
    maxChars: values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : wholeNumberOption('--max-chars', values['max-chars'], 1),
    quiet: values.quiet,
    inputs: positionals,
  };
  if (!options.inputs.length) throw new UsageError('no INPUT given (a file, a folder, a glob, or - for standard input)');
  if (options.resume && !options.output) throw new UsageError('--resume needs -o OUT (the output of the interrupted run)');
  if (options.inputs.filter((input) => input === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  return options;
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

/**
 * Opens the output only when the first result is written, so that a run that fails before
 * producing anything (a stage that cannot load in the workers) leaves an earlier output intact.
 */
function openOnFirstWrite(open: () => Promise<FormatWriter>): FormatWriter & { closeIfOpened(): Promise<void> } {
  let opened: Promise<FormatWriter> | null = null;
  return {
    async write(id, encoded) {
      opened ??= open();
      await (await opened).write(id, encoded);
    },
    async close() {
      opened ??= open();
      await (await opened).close();
    },
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
    const { runBatch } = await import('../../batch/run-batch.js');
    const { WorkerPipelineError } = await import('../../batch/worker-executor.js');
    const done = options.resume && format.resume ? await format.resume(target) : NOTHING_DONE;
    for (const repair of done.repairs) io.stderr.write(`thai-extract run: resume: ${repair}\n`);
    const warn = (message: string): void => void io.stderr.write(`thai-extract run: ${message}\n`);
    const writer = openOnFirstWrite(() => format.open(target, { append: options.resume, warn }));
    const stats = new BatchStats();
    stats.skippedFailed = done.failed;
    const counter = { bytes: 0 };
    const totalBytes = sources.every((s) => s.kind === 'file') ? sources.reduce((sum, s) => sum + (s.kind === 'file' ? s.size : 0), 0) : null;
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
      if ((error as NodeJS.ErrnoException).code === 'EPIPE') {
        io.stderr.write('thai-extract run: the output was closed before every document was written\n');
        return 1;
      }
      throw error instanceof WorkerPipelineError ? new UsageError(error.message) : error;
    } finally {
      progress?.finish();
    }
    await writer.close();
    if (!options.quiet) io.stderr.write(summaryLines(stats, { count: ids.renamed, first: ids.firstRenaming }).join('\n') + '\n');
    return stats.failed + stats.skippedFailed > 0 ? 1 : 0;
  },
};
