import { existsSync, statSync } from 'node:fs';
import { BatchStats } from '../../batch/batch-stats.js';
import { defaultWorkers, type WorkersOption } from '../../batch/workers-option.js';
import { DEFAULT_MAX_CHARS } from '../../batch/input-checks.js';
import { ProgressBar } from '../../batch/progress-bar.js';
import { resumeFolder, resumeJsonLines } from '../../batch/resume.js';
import { summaryLines } from '../../batch/summary.js';
import { folderWriter } from '../../io/folder-writer.js';
import { expandInputs, InputNotFoundError } from '../../io/input-sources.js';
import { jsonLinesFileWriter, jsonLinesWriter } from '../../io/jsonl-writer.js';
import { openOnFirstWrite, type LazyWriter } from '../../io/lazy-writer.js';
import { UsageError, wholeNumberOption, type Command, type CommandIO } from '../command.js';

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
  -o, --output OUT          where documents go (default, or -: JSON Lines on standard output):
                              OUT.jsonl  JSON Lines in a file (replaced, unless --resume)
                              DIR/       one DIR/ID.json per document (an existing folder, or a
                                         path ending in /); ids are made safe as file names and
                                         can never name a file outside DIR
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
  resume: boolean;
  workers: WorkersOption;
  maxChars: number;
  quiet: boolean;
  inputs: string[];
}

function parseArgs(argv: string[]): RunOptions {
  const options: RunOptions = { pipeline: 'default', output: null, resume: false, workers: 'auto', maxChars: DEFAULT_MAX_CHARS, quiet: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.inputs.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const value = (): string => {
      if (eq !== -1) return arg.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      return argv[++i];
    };
    switch (name) {
      case '--pipeline':
        options.pipeline = value();
        break;
      case '-o':
      case '--output':
        options.output = value();
        break;
      case '--resume':
        options.resume = true;
        break;
      case '--workers': {
        const v = value();
        if (v === 'auto') options.workers = 'auto';
        else options.workers = wholeNumberOption(name, v, 0);
        break;
      }
      case '--max-chars':
        options.maxChars = wholeNumberOption(name, value(), 1);
        break;
      case '--quiet':
        options.quiet = true;
        break;
      default:
        throw new UsageError(`unknown option ${name} (see thai-extract run --help)`);
    }
  }
  if (!options.inputs.length) throw new UsageError('no INPUT given (a file, a folder, a glob, or - for standard input)');
  if (options.resume && !options.output) throw new UsageError('--resume needs -o OUT (the output of the interrupted run)');
  if (options.inputs.filter((input) => input === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  return options;
}

function isFolderOutput(output: string): boolean {
  return /[\\/]$/.test(output) || (existsSync(output) && statSync(output).isDirectory());
}

interface Output {
  writer: LazyWriter;
  /** With --resume: whether an earlier run finished an id, and how many of those failed. */
  isDone?: (id: string) => boolean;
  doneFailed: number;
}

async function openOutput(options: RunOptions, io: CommandIO): Promise<Output> {
  const { output } = options;
  if (!output || output === '-') return { writer: openOnFirstWrite(async () => jsonLinesWriter(io.stdout, { end: false })), doneFailed: 0 };
  if (isFolderOutput(output)) {
    const isDone = options.resume ? await resumeFolder(output) : undefined;
    return { writer: openOnFirstWrite(() => folderWriter(output)), isDone, doneFailed: 0 };
  }
  if (!options.resume) return { writer: openOnFirstWrite(async () => jsonLinesFileWriter(output, false)), doneFailed: 0 };
  const state = await resumeJsonLines(output);
  if (state.tornBytes) io.stderr.write(`thai-extract run: resume: cut a torn last line (${state.tornBytes} bytes) from ${output}; it is done again\n`);
  return { writer: openOnFirstWrite(async () => jsonLinesFileWriter(output, true)), isDone: (id) => state.done.has(id), doneFailed: state.failed };
}

export const runCommand: Command = {
  name: 'run',
  summary: 'annotate documents: files, folders, globs or - (JSON Lines on standard input)',
  help: HELP,
  async run(argv, io) {
    const options = parseArgs(argv);
    const sources = await expandInputs(options.inputs).catch((error: unknown) => {
      throw error instanceof InputNotFoundError ? new UsageError(error.message) : error;
    });
    // The stages and their libraries load only now, so that --help and usage errors answer at once.
    const { runBatch } = await import('../../batch/run-batch.js');
    const { WorkerPipelineError } = await import('../../batch/worker-executor.js');
    const { writer, isDone, doneFailed } = await openOutput(options, io);
    const stats = new BatchStats();
    stats.skippedFailed = doneFailed;
    const counter = { bytes: 0 };
    const totalBytes = sources.every((s) => s.kind === 'file') ? sources.reduce((sum, s) => sum + (s.kind === 'file' ? s.size : 0), 0) : null;
    const progress = options.quiet ? undefined : new ProgressBar(io.stderr, stats, { totalBytes, readBytes: () => counter.bytes });
    let ids: Awaited<ReturnType<typeof runBatch>>;
    try {
      // The pipeline is built where it runs (here or in each worker), before any output.
      ids = await runBatch({
        sources,
        stdin: io.stdin as AsyncIterable<Buffer>,
        pipeline: options.pipeline,
        workers: options.workers,
        limits: { maxChars: options.maxChars },
        writer,
        stats,
        counter,
        progress,
        isDone,
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
