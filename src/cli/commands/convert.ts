import { UniqueIds } from '../../batch/unique-ids.js';
import { DEFAULT_MAX_CHARS } from '../../core/input-checks.js';
import { DOCUMENT_SCHEMA, type ThaiDocument } from '../../document/types.js';
import { formatNames } from '../../formats/index.js';
import { NOTHING_DONE } from '../../formats/output-format.js';
import { expandInputs, InputNotFoundError } from '../../io/input-sources.js';
import { readSource } from '../../io/read-records.js';
import { type Command, UsageError } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';
import { chooseOutput, isClosedStdout, OUTPUT_CLOSED, OUTPUT_FAILED } from './run.js';

const HELP = `usage: thai-extract convert --to FORMAT [-o OUT] [--resume] INPUT...

Converts annotated documents (${DOCUMENT_SCHEMA}, the output of thai-extract run) to another
format without running the pipeline again. The bytes are the same as those of
thai-extract run --format FORMAT on the same documents.

INPUT is anything thai-extract run reads: .jsonl files (also .gz), .json files or folders of
them (e.g. the DIR/ of run -o DIR/), globs, or - for JSON Lines on standard input.

options:
  --to FORMAT        ${formatNames().join(', ')}
  -o, --output OUT   a file, or a folder (DIR/) for json, brat, parquet and csv
                     (default: standard output)
  --resume           with -o: keep what an interrupted conversion wrote and do only the rest
                     (formats that can tell which documents they hold)
  -h, --help         this help

Records that are not annotated documents (raw text, error records) are reported on standard
error and left out. Where a format cannot hold something (an entity edge inside a token, two
entities on one token), what was done is said once, with a count.

exit status: 0 every record was converted; 1 some were not; 2 a usage error.

examples:
  thai-extract convert --to spacy -o docs.spacy.jsonl annotated.jsonl
  thai-extract convert --to parquet -o tables/ annotated.jsonl.gz
  thai-extract convert --to brat -o brat-data/ annotated.jsonl
  thai-extract run news/ | thai-extract convert --to conllu -`;

/** An annotated document's JSON line can be several times its text: room for a long document's tokens. */
const MAX_CHARS = DEFAULT_MAX_CHARS * 8;

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert annotated documents to spaCy, CoNLL-U, brat, Label Studio, Prodigy, Parquet, CSV, ...',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine('convert', argv, {
      to: { type: 'string' },
      output: { type: 'string', short: 'o' },
      resume: { type: 'boolean', default: false },
    });
    if (values.to === undefined) throw new UsageError(`--to FORMAT is required (${formatNames().join(', ')})`);
    if (!positionals.length) throw new UsageError('no INPUT given (annotated documents: a file, a folder, a glob, or - for standard input)');
    if (values.resume && !values.output) throw new UsageError('--resume needs -o OUT (the output of the interrupted conversion)');
    const { format, target } = chooseOutput({ output: values.output ?? null, format: values.to, resume: values.resume }, io, '--to');
    const sources = await expandInputs(positionals).catch((error: unknown) => {
      throw error instanceof InputNotFoundError ? new UsageError(error.message) : error;
    });
    const done = values.resume && format.resume ? await format.resume(target) : NOTHING_DONE;
    for (const repair of done.repairs) io.stderr.write(`thai-extract convert: resume: ${repair}\n`);
    const warn = (message: string): void => void io.stderr.write(`thai-extract convert: ${message}\n`);
    const writer = await format.open(target, { append: values.resume, warn });
    const ids = new UniqueIds();
    let failed = 0;
    const fail = (id: string, message: string): void => {
      failed++;
      io.stderr.write(`thai-extract convert: ${id}: ${message}\n`);
    };
    try {
      for (const source of sources) {
        for await (const item of readSource(source, { maxChars: MAX_CHARS, stdin: io.stdin as AsyncIterable<Buffer> })) {
          if (item.kind === 'error') {
            fail(item.record.id, item.record.error.message);
            continue;
          }
          const doc = item.input as unknown as ThaiDocument;
          if (doc.schema !== DOCUMENT_SCHEMA) {
            fail(doc.id, `not an annotated document (no "schema": "${DOCUMENT_SCHEMA}"); annotate it with thai-extract run first`);
            continue;
          }
          doc.id = ids.take(doc.id);
          if (done.has(doc.id)) continue;
          await writer.write(doc.id, format.encode(doc));
        }
      }
    } catch (error) {
      // A reader that stopped early (`| head`): what it took, it has; as `run`, exit 3.
      if (!isClosedStdout(error, target)) throw error;
      io.stderr.write(`thai-extract convert: ${OUTPUT_CLOSED}\n`);
      return OUTPUT_FAILED;
    } finally {
      await writer.close().catch((error: unknown) => {
        if (!isClosedStdout(error, target)) throw error;
      });
    }
    return failed ? 1 : 0;
  },
};
