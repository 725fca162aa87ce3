import { writeFile } from 'node:fs/promises';
import { DEFAULT_MAX_CHARS } from '../../core/input-checks.js';
import type { Pipeline } from '../../core/pipeline.js';
import { DOCUMENT_SCHEMA, type ThaiDocument } from '../../document/types.js';
import { expandInputs, InputNotFoundError } from '../../io/input-sources.js';
import { readSource } from '../../io/read-records.js';
import { type Command, type CommandIO, UsageError } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';

const HELP = `usage: thai-extract view [-o report.html] [--pipeline NAME|PATH] INPUT...
       thai-extract view --diff OLD NEW [-o diff.html]

Writes one self-contained HTML page (no network, opens from file://) to look at documents:
a searchable list of documents; the text with entities coloured by label (a legend with a
toggle a label), dates underlined with their values (2562 → 2019) on hover, parenthetical pairs
linked (hover one side to see the other), token and sentence boundaries on a toggle, ids and
sources on hover, and a table of entities a document. Keys: j / k (or ↑ / ↓) next and previous
document, / search. Only what is on screen is rendered, so 10,000 documents stay responsive.

INPUT is anything thai-extract run reads. Annotated documents (${DOCUMENT_SCHEMA}, the output
of thai-extract run) are shown as they are; anything else is annotated first with --pipeline.

--diff OLD NEW compares two sets of annotated documents (e.g. fixtures before and after a
change, or the output of two model versions) by id: what vanished and appeared, per document and
layer; new entities and dates are outlined in the text.

options:
  -o, --output FILE      where the page goes (default: standard output)
  --pipeline NAME|PATH   the pipeline for inputs that are not annotated yet (default: default)
  --title TEXT           the page's title
  --diff                 compare OLD and NEW (two INPUTs: files, folders or globs)
  -h, --help             this help

examples:
  thai-extract run -o out.jsonl news/ && thai-extract view -o report.html out.jsonl
  thai-extract view -o seed.html fixtures/seed-asean-us/input.txt
  thai-extract view --diff -o diff.html before.jsonl after.jsonl`;

/** Reads the documents of some inputs, annotating those that are not annotated yet. */
async function readDocuments(inputs: string[], pipelineName: string, io: CommandIO): Promise<{ docs: ThaiDocument[]; failed: number }> {
  const sources = await expandInputs(inputs).catch((error: unknown) => {
    throw error instanceof InputNotFoundError ? new UsageError(error.message) : error;
  });
  const docs: ThaiDocument[] = [];
  let failed = 0;
  let pipeline: Pipeline | null = null;
  for (const source of sources) {
    for await (const item of readSource(source, { maxChars: DEFAULT_MAX_CHARS * 8, stdin: io.stdin as AsyncIterable<Buffer> })) {
      if (item.kind === 'error') {
        failed++;
        io.stderr.write(`thai-extract view: ${item.record.id}: ${item.record.error.message}\n`);
        continue;
      }
      if (item.input.schema === DOCUMENT_SCHEMA) {
        docs.push(item.input as unknown as ThaiDocument);
        continue;
      }
      if (!pipeline) {
        const { createPipeline } = await import('../../create-pipeline.js');
        pipeline = createPipeline(pipelineName);
      }
      try {
        docs.push(await pipeline.process(item.input));
      } catch (error) {
        failed++;
        io.stderr.write(`thai-extract view: ${item.input.id}: ${(error as Error).message}\n`);
      }
    }
  }
  return { docs, failed };
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'one HTML page to look at documents (entities, dates, parentheticals); --diff compares two runs',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine('view', argv, {
      output: { type: 'string', short: 'o' },
      pipeline: { type: 'string', default: 'default' },
      title: { type: 'string' },
      diff: { type: 'boolean', default: false },
    });
    if (!positionals.length) throw new UsageError('no INPUT given (documents: a file, a folder, a glob, or - for standard input)');
    if (values.diff && positionals.length !== 2) throw new UsageError('--diff takes two INPUTs: OLD NEW');
    const { viewDocument, viewMissing } = await import('../../viewer/view-data.js');
    const { renderReport } = await import('../../viewer/render-html.js');
    let html: string;
    let failed = 0;
    if (values.diff) {
      const [before, after] = [await readDocuments([positionals[0]], values.pipeline, io), await readDocuments([positionals[1]], values.pipeline, io)];
      failed = before.failed + after.failed;
      const old = new Map(before.docs.map((d) => [d.id, d]));
      const seen = new Set<string>();
      const views = after.docs.map((doc) => {
        seen.add(doc.id);
        const previous = old.get(doc.id);
        return previous ? viewDocument(doc, previous) : viewMissing(doc, 'new');
      });
      for (const doc of before.docs) if (!seen.has(doc.id)) views.push(viewMissing(doc, 'old'));
      // Documents that changed come first.
      views.sort((a, b) => Number((b.diff?.length ?? 0) > 0) - Number((a.diff?.length ?? 0) > 0));
      html = renderReport(values.title ?? `thai-extract: ${positionals[0]} → ${positionals[1]}`, views, { diff: true });
    } else {
      const read = await readDocuments(positionals, values.pipeline, io);
      failed = read.failed;
      html = renderReport(
        values.title ?? `thai-extract: ${positionals.join(' ')}`,
        read.docs.map((doc) => viewDocument(doc)),
      );
    }
    if (values.output) await writeFile(values.output, html);
    else io.stdout.write(html);
    return failed ? 1 : 0;
  },
};
