import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MAX_CHARS } from '../../core/input-checks.js';
import { DOCUMENT_SCHEMA, type DocumentInput, type Parenthetical } from '../../document/types.js';
import { expandInputs, InputNotFoundError } from '../../io/input-sources.js';
import { readSource } from '../../io/read-records.js';
import { GlossaryBuilder, glossaryToCsv, type GlossaryEntry } from '../../parentheticals/glossary.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { InputSource } from '../../io/input-sources.js';
import { type Command, type CommandIO, UsageError, wholeNumberOption } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';

const HELP = `usage: thai-extract glossary [options] INPUT...

Builds a term base from a corpus: every Thai term glossed by English in parentheses
(วิสาหกิจ... (Greening Micro, Small and Medium Enterprises: MSMEs)), deduplicated into one
Thai ↔ English ↔ acronym table with how often each pairing was seen and example document ids.

INPUT is anything \`thai-extract run\` reads (files, folders, globs, - for JSON Lines on standard
input). Records that are already annotated documents (schema ${DOCUMENT_SCHEMA}, e.g. the
output of \`thai-extract run\`) are used as they are; everything else goes through the pipeline.

options:
  --format json|csv     output format (default: json)
  -o, --output FILE     write to FILE instead of standard output
  --pipeline NAME|PATH  the pipeline for records that are not annotated yet (default: default);
                        it must provide parentheticals
  --min-count N         keep pairings seen at least N times (default: 1)
  --examples N          document ids kept per pairing (default: 3)
  -h, --help            this help

JSON output: {"schema": "thai-extract/glossary@1", "documents", "failed", "entries": [{"thai",
"english", "acronym", "count", "documents", "examples"}]}, most frequent first; a missing part is
null. CSV output: a header line, then thai,english,acronym,count,documents,examples (ids joined
by " | "). Pairings are the same when they differ only in spacing or letter case.

exit status: 0 every document was read; 1 some could not be (they are counted in "failed" and
reported on standard error); 2 a usage error.

examples:
  thai-extract glossary news/                                  # JSON on standard output
  thai-extract glossary --format csv -o terms.csv "archive/**/*.jsonl.gz"
  thai-extract run -o annotated.jsonl news/ && thai-extract glossary annotated.jsonl
  echo '{"id":"a","text":"กรมส่งเสริมการเลี้ยงผึ้ง (Department of Beekeeping Promotion: DBP)"}' | thai-extract glossary -`;

interface GlossaryCommandOptions {
  format: 'json' | 'csv';
  output: string | null;
  pipeline: string;
  minCount: number;
  examples: number;
  inputs: string[];
}

function readOptions(argv: string[]): GlossaryCommandOptions {
  const { values, positionals } = parseCommandLine('glossary', argv, {
    format: { type: 'string', default: 'json' },
    output: { type: 'string', short: 'o' },
    pipeline: { type: 'string', default: 'default' },
    'min-count': { type: 'string', default: '1' },
    examples: { type: 'string', default: '3' },
  });
  const format = values.format;
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
  if (!positionals.length) throw new UsageError('no INPUT given (a file, a folder, a glob, or - for standard input)');
  return {
    format,
    output: values.output ?? null,
    pipeline: values.pipeline,
    minCount: wholeNumberOption('--min-count', values['min-count'], 1),
    examples: wholeNumberOption('--examples', values.examples, 0),
    inputs: positionals,
  };
}

/**
 * A fixture folder holds an input and its annotated document (`expected.json`); read both and
 * every pairing counts twice. The annotated document is the one kept: it needs no pipeline.
 */
function withoutFixtureInputs(sources: InputSource[]): InputSource[] {
  const files = new Set(sources.flatMap((s) => (s.kind === 'file' ? [path.resolve(s.path)] : [])));
  return sources.filter(
    (s) => !(s.kind === 'file' && /^input\.(?:txt|html|json)$/.test(path.basename(s.path)) && files.has(path.resolve(path.dirname(s.path), 'expected.json'))),
  );
}

/** An input record that is already an annotated document carries its parentheticals. */
function annotatedParentheticals(input: DocumentInput): Parenthetical[] | null {
  return input.schema === DOCUMENT_SCHEMA && Array.isArray(input.parentheticals) ? (input.parentheticals as Parenthetical[]) : null;
}

function render(format: 'json' | 'csv', builder: GlossaryBuilder, entries: GlossaryEntry[], failed: number): string {
  if (format === 'csv') return glossaryToCsv(entries);
  return JSON.stringify({ schema: 'thai-extract/glossary@1', documents: builder.documents, failed, entries }, null, 2) + '\n';
}

export const glossaryCommand: Command = {
  name: 'glossary',
  summary: 'build a Thai ↔ English ↔ acronym term base from the parentheticals of a corpus',
  help: HELP,
  async run(argv: string[], io: CommandIO): Promise<number> {
    const options = readOptions(argv);
    const { checkPipeline, createPipeline } = await import('../../create-pipeline.js');
    // Checked before anything is read: a pipeline without parentheticals would give an empty glossary.
    const plan = checkPipeline(options.pipeline);
    if (!plan.layers.includes('parentheticals')) {
      throw new UsageError(
        `the pipeline ${plan.name} (${plan.source}) does not provide parentheticals; add the "parentheticals" stage or use --pipeline default`,
      );
    }
    const sources = await expandInputs(options.inputs).then(withoutFixtureInputs, (error: unknown) => {
      throw error instanceof InputNotFoundError ? new UsageError(error.message) : error;
    });
    const builder = new GlossaryBuilder({ examples: options.examples });
    let pipeline: Pipeline | null = null;
    let failed = 0;
    const fail = (id: string, message: string): void => {
      failed++;
      io.stderr.write(`thai-extract glossary: ${id}: ${message}\n`);
    };
    for (const source of sources) {
      const stdin = io.stdin as AsyncIterable<Buffer>;
      for await (const item of readSource(source, { maxChars: DEFAULT_MAX_CHARS, stdin })) {
        if (item.kind === 'error') {
          fail(item.record.id, item.record.error.message);
          continue;
        }
        const ready = annotatedParentheticals(item.input);
        if (ready) {
          builder.add(item.input.id, ready);
          continue;
        }
        // Input that already carries its parentheticals never loads the stages.
        pipeline ??= createPipeline(options.pipeline);
        try {
          const doc = await pipeline.process(item.input);
          builder.add(doc.id, doc.parentheticals ?? []);
        } catch (error) {
          fail(item.input.id, (error as Error).message);
        }
      }
    }
    const out = render(options.format, builder, builder.entries(options.minCount), failed);
    if (options.output) await writeFile(options.output, out);
    else io.stdout.write(out);
    return failed ? 1 : 0;
  },
};
