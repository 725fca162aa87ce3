import { readFileSync } from 'node:fs';
import { type Command, type CommandIO, UsageError } from '../command.js';
import { parseCommandLine } from '../parse-command-line.js';

const HELP = `usage: thai-extract inspect [--all] [--json] [--text] [--url URL] PAGE

Shows how thai-extract reads one page: the headline, the publication date, the address, the site
and the author, each with where it came from; then every line of the page, kept (+) or removed
(-) with the rule that removed it. A bad extraction shows at a glance: a paragraph marked -, or a
menu or follow-us line marked +.

PAGE is an .html file, a scraped text (.txt: only the rules for text apply), or - for standard
input (read as HTML unless --text).

Rules: "outside the article" (Readability left it out), "hidden", "player" and "embed" (taken out
before Readability), the article's rules (headline, byline, link-list, related-heading, follow, share,
advertising, player, gallery, counter, caption-repeat, ...), and "clean: ROLE" for what the clean
stage took out after (with its rule when it has one).

options:
  --all        list every line Readability left out (by default a run of them is one line)
  --json       print the inspection as one JSON object
  --text       read PAGE as a scraped text
  --url URL    the page's address, when the page does not give it

examples:
  thai-extract inspect saved/article.html
  thai-extract inspect --json saved/article.html | jq '.lines[] | select(.rule)'
  curl -s https://example.com/news/1 | thai-extract inspect --url https://example.com/news/1 -`;

/** A line of the page and what became of it. */
interface InspectedLine {
  text: string;
  kept: boolean;
  /** Why it was removed. */
  rule?: string;
}

interface Inspection {
  id: string;
  meta: Record<string, unknown>;
  /** Where each metadata value came from. */
  sources: Record<string, string>;
  /** How the article was found in the page (HTML only). */
  reader?: string;
  titles?: { source: string; text: string }[];
  siteNames?: string[];
  lines: InspectedLine[];
}

const MAX_SHOWN = 110;
const META_KEYS = ['title', 'published', 'publishedAt', 'url', 'siteName', 'author'] as const;

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show how one page is read: headline, date and their sources; every line kept or removed, with the rule',
  help: HELP,
  async run(argv, io) {
    const { values, positionals } = parseCommandLine('inspect', argv, {
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      text: { type: 'boolean', default: false },
      url: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one page (see --help)');
    const [page] = positionals;
    const bytes = page === '-' ? await readAll(io.stdin) : readPage(page);
    const asText = values.text || /\.txt$/i.test(page);
    const inspection = await inspect(page, bytes, asText, values.url);
    if (values.json) io.stdout.write(`${JSON.stringify(inspection, null, 2)}\n`);
    else write(inspection, values.all, io);
    return 0;
  },
};

function readPage(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

async function inspect(id: string, bytes: Uint8Array, asText: boolean, url: string | undefined): Promise<Inspection> {
  const { createPipeline } = await import('../../create-pipeline.js');
  const pipeline = createPipeline({ name: 'inspect', stages: ['decode', 'normalize', 'clean'] });
  const doc = await pipeline.process({ id, bytes, format: asText ? 'text' : 'html', ...(url ? { url } : {}) });
  const meta = Object.fromEntries(META_KEYS.filter((key) => doc.meta[key] !== undefined).map((key) => [key, doc.meta[key]]));
  const removedByClean = new Map((doc.meta.removed ?? []).map((r) => [r.line, r.rule ? `clean: ${r.role}, ${r.rule}` : `clean: ${r.role}`]));
  if (asText) {
    const { decodeBytes } = await import('../../text/decode-bytes.js');
    const lines = decodeBytes(bytes)
      .text.split('\n')
      .map((text, i) => ({ text: text.trim(), rule: removedByClean.get(i + 1) }))
      .filter((line) => line.text)
      .map(({ text, rule }) => (rule ? { text, kept: false, rule } : { text, kept: true }));
    return { id, meta, sources: textSources(meta, doc.meta.removed ?? []), lines };
  }
  const { decodeHtmlBytes } = await import('../../html/charset.js');
  const { loadArticleExtractor } = await import('../../html/extract-article.js');
  const article = (await loadArticleExtractor())(decodeHtmlBytes(bytes).text, { report: true, url });
  const report = article.report!;
  // The lines decode kept are the article text's lines, in order: the clean stage's line numbers count them.
  let kept = 0;
  const lines = report.lines.map((line): InspectedLine => {
    if (line.removedBy) return { text: line.text, kept: false, rule: line.removedBy };
    const rule = removedByClean.get(++kept);
    return rule ? { text: line.text, kept: false, rule } : { text: line.text, kept: true };
  });
  return {
    id,
    meta,
    sources: report.sources as Record<string, string>,
    reader: `Readability: ${report.readability}`,
    titles: report.titles,
    siteNames: report.siteNames,
    lines,
  };
}

/** Where clean found the metadata of a text: the lines it lifted. */
function textSources(meta: Record<string, unknown>, removed: { text: string; role: string }[]): Record<string, string> {
  const sources: Record<string, string> = {};
  const title = removed.find((r) => r.role === 'title');
  const byline = removed.find((r) => r.role === 'byline');
  if (meta.title && title) sources.title = `line "${title.text}"`;
  if (meta.published && byline) sources.published = `line "${byline.text}"`;
  return sources;
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : text;
}

function write(inspection: Inspection, all: boolean, io: CommandIO): void {
  const out = (line: string): boolean => io.stdout.write(`${line}\n`);
  out(inspection.id);
  for (const key of META_KEYS) {
    const value = inspection.meta[key];
    const source = inspection.sources[key];
    out(`  ${key.padEnd(14)} ${value === undefined ? '-' : String(value)}${source ? `   (${source})` : ''}`);
  }
  if (inspection.reader) out(`  ${'reader'.padEnd(14)} ${inspection.reader}`);
  if (inspection.siteNames?.length) out(`  ${'site names'.padEnd(14)} ${inspection.siteNames.join(' · ')}`);
  for (const title of inspection.titles ?? []) out(`  ${title.source.padEnd(14)} ${shorten(title.text)}`);
  const keptCount = inspection.lines.filter((l) => l.kept).length;
  out('');
  out(`lines: ${keptCount} kept (+), ${inspection.lines.length - keptCount} removed (- [rule])`);
  const lines = inspection.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kept) {
      out(`  + ${shorten(line.text)}`);
      continue;
    }
    // A run of lines Readability left out is the page's menus and sidebars: one line unless --all.
    let j = i;
    while (!all && j + 1 < lines.length && !lines[j + 1].kept && lines[j + 1].rule === line.rule && line.rule === 'outside the article') j++;
    if (j > i) {
      out(`  - [${line.rule}] ${j - i + 1} lines: ${shorten(`${line.text} … ${lines[j].text}`)}`);
      i = j;
    } else {
      out(`  - [${line.rule}] ${shorten(line.text)}`);
    }
  }
}
