import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Entity, ThaiDocument } from '../../src/document/types.js';
import { runCli } from '../cli/run-cli.js';
import { temporaryFolders } from '../temporary-folders.js';
import { annotatedBatch, batchRecords } from './batch-documents.js';

// The must-show checks of the exports on the seed article and a batch of 200 documents: each
// output is read back the way its tool reads it (DuckDB for the tables, Python's string
// slicing for offsets) and compared with the documents' layers.
const dir = temporaryFolders('thai-extract-exports-')();
const at = (name: string): string => path.join(dir, name);
let docs: ThaiDocument[] = [];
const byId = new Map<string, ThaiDocument>();
const stderr: Record<string, string> = {};

const codePoints = (text: string): string[] => [...text];
const slice = (text: string[], start: number, end: number): string => text.slice(start, end).join('');
const lines = (file: string): string[] => readFileSync(file, 'utf8').split('\n').slice(0, -1);
const layerTotal = (layer: 'tokens' | 'sentences' | 'dates' | 'entities' | 'parentheticals'): number => docs.reduce((n, d) => n + (d[layer]?.length ?? 0), 0);

/** Spans for the Python oracle: [text, [[start, end, expected text], ...]] per document. */
function pythonChecks(checks: [string, [number, number, string][]][]): number {
  const out = execFileSync('python3', [path.resolve('test/formats/offsets-oracle.py')], { input: JSON.stringify(checks), encoding: 'utf8' });
  return Number(out.trim());
}

beforeAll(async () => {
  docs = await annotatedBatch(200);
  for (const doc of docs) byId.set(doc.id, doc);
  writeFileSync(at('annotated.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const outputs: [string, string][] = [
    ['spacy', 'out.spacy.jsonl'],
    ['conllu', 'out.conllu'],
    ['iob', 'out.iob'],
    ['label-studio', 'out.label-studio.json'],
    ['prodigy', 'out.prodigy.jsonl'],
    ['elasticsearch', 'out.ndjson'],
    ['brat', 'brat/'],
    ['parquet', 'parquet/'],
    ['csv', 'csv/'],
  ];
  for (const [format, out] of outputs) {
    const result = await runCli(['convert', '--to', format, '-o', at(out), at('annotated.jsonl')]);
    if (result.status !== 0) throw new Error(`convert --to ${format}: ${result.stderr}`);
    stderr[format] = result.stderr;
  }
}, 120_000);

test('the batch has what breaks offsets: astral characters, line breaks, no-break spaces, ids with / and quotes', () => {
  expect(docs).toHaveLength(201);
  expect(docs.filter((d) => codePoints(d.text).length !== d.text.length).length).toBeGreaterThan(50);
  expect(docs.filter((d) => d.text.includes('\n')).length).toBeGreaterThan(50);
  expect(docs.filter((d) => d.text.includes('\u00a0')).length).toBeGreaterThan(20);
  expect(docs.some((d) => d.id.includes('/') && d.id.includes('"'))).toBe(true);
  expect(layerTotal('entities')).toBeGreaterThan(1000);
});

describe('parquet and csv: one table a layer, read by DuckDB', () => {
  const tables = ['documents', 'tokens', 'sentences', 'dates', 'entities', 'parentheticals'] as const;
  const expectedRows = (table: (typeof tables)[number]): number => (table === 'documents' ? docs.length : layerTotal(table));

  test.each(['parquet', 'csv'])('%s: row counts equal the documents and their layers; spans are the text at their code-point offsets', async (format) => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const source = (table: string): string =>
      format === 'parquet' ? `'${at(`parquet/${table}.parquet`)}'` : `read_csv('${at(`csv/${table}.csv`)}', header = true, quote = '"', escape = '"')`;
    const scalar = async (sql: string): Promise<number> => Number((await connection.runAndReadAll(sql)).getRows()[0][0]);
    expect(readdirSync(at(format)).sort()).toEqual(tables.map((t) => `${t}.${format}`).sort());
    for (const table of tables) expect([table, await scalar(`select count(*) from ${source(table)}`)]).toEqual([table, expectedRows(table)]);
    // DuckDB's substring counts code points, as the offsets do.
    for (const table of tables.slice(1)) {
      const wrong = `select count(*) from ${source(table)} s join ${source('documents')} d using (doc_id) where substring(d.text, s.start + 1, s."end" - s.start) <> s.text`;
      expect([table, await scalar(wrong)]).toEqual([table, 0]);
    }
    const texts = (await connection.runAndReadAll(`select doc_id, text from ${source('documents')}`)).getRows();
    expect(texts.every(([id, text]) => byId.get(String(id))?.text === text)).toBe(true);
    const asean = await scalar(`select count(*) from ${source('entities')} where id = 'org:ASEAN' and label in ('ORGANIZATION', 'LOCATION')`);
    expect(asean).toBe(docs.flatMap((d) => d.entities ?? []).filter((e) => e.id === 'org:ASEAN').length);
    const seedDates = await connection.runAndReadAll(
      `select start, value, year_written::varchar, era, year_ce from ${source('dates')} where doc_id = 'seed-asean-us' order by start limit 2`,
    );
    expect(seedDates.getRows().map((row) => row.map((cell) => (typeof cell === 'bigint' ? Number(cell) : cell)))).toEqual([
      [10, '2019', '2562', 'BE', 2019],
      [126, '2019-03-01', '2562', 'BE', 2019],
    ]);
  });
});

test('conllu: each sentence\'s "# text" is its forms joined by SpaceAfter; the sentences give back the document', () => {
  const blocks = readFileSync(at('out.conllu'), 'utf8')
    .split('\n\n')
    .filter((b) => b.trim());
  const rebuilt = new Map<string, string>();
  let current = '';
  let entitiesStarted = 0;
  for (const block of blocks) {
    const rows = block.split('\n');
    const comment = (key: string): string | undefined => rows.find((r) => r.startsWith(`# ${key} = `))?.slice(key.length + 5);
    current = comment('newdoc id') ?? current;
    const words = rows.filter((r) => !r.startsWith('#')).map((r) => r.split('\t'));
    expect(words.every((w) => w.length === 10 && /^\d+$/.test(w[0]))).toBe(true);
    const after = words.map(([, , , , , , , , , misc]) => {
      const fields = misc.split('|');
      if (fields.includes('SpaceAfter=No')) return '';
      const spaces = fields.find((f) => f.startsWith('SpacesAfter='));
      return spaces ? unescapeMisc(spaces.slice('SpacesAfter='.length)) : ' ';
    });
    const joined = words.map((w, i) => w[1] + (i < words.length - 1 ? after[i] : '')).join('');
    expect(comment('text')).toBe(joined.replace(/[\r\n]+/g, ' '));
    rebuilt.set(current, (rebuilt.get(current) ?? '') + joined + after[after.length - 1]);
    entitiesStarted += words.filter((w) => /(^|\|)NER=B-/.test(w[9])).length;
  }
  expect([...rebuilt.keys()]).toEqual(docs.map((d) => d.id.replace(/[\r\n]+/g, ' ')));
  for (const doc of docs) expect(rebuilt.get(doc.id)).toBe(doc.text);
  // Entities that came to share a token with a longer one are left out, as in spaCy's ents, and the conversion said how many.
  const spacyEntities = lines(at('out.spacy.jsonl')).reduce((n, l) => n + JSON.parse(l).ents.length, 0);
  const dropped = Number(/(\d+) span\(s\) in \d+ document\(s\) shared a token/.exec(stderr.spacy)?.[1]);
  expect(entitiesStarted).toBe(spacyEntities);
  expect(spacyEntities).toBe(layerTotal('entities') - dropped);
  expect(dropped).toBeGreaterThan(0);
});

function unescapeMisc(value: string): string {
  const named: Record<string, string> = { s: ' ', t: '\t', n: '\n', r: '\r', p: '|', '\\': '\\' };
  return value.replace(/\\(u[0-9A-F]{4,6}|.)/g, (_, c: string) => (c.length > 1 ? String.fromCodePoint(Number.parseInt(c.slice(1), 16)) : named[c]));
}

test('iob: one word<TAB>tag line a word, -DOCSTART- a document, B- tags as many as the conllu entities', () => {
  const rows = lines(at('out.iob'));
  expect(rows.filter((r) => r === '-DOCSTART-\tO')).toHaveLength(docs.length);
  const words = rows.filter((r) => r && !r.startsWith('-DOCSTART-'));
  expect(words.every((r) => /^[^\t\s]+\t(O|[BI]-[A-Z]+)$/u.test(r))).toBe(true);
  const conlluStarts = (readFileSync(at('out.conllu'), 'utf8').match(/NER=B-/g) ?? []).length;
  expect(words.filter((r) => r.includes('\tB-')).length).toBe(conlluStarts);
});

test('brat, spacy, label-studio and prodigy offsets slice each text, in code points as Python counts, to the span', () => {
  const checks: [string, [number, number, string][]][] = [];
  // brat: ID.txt is the text; each T line's offsets give its text; N lines carry the ids.
  const brat = readdirSync(at('brat'));
  expect(brat.filter((n) => n.endsWith('.ann'))).toHaveLength(docs.length);
  expect(brat).toContain('annotation.conf');
  let tLines = 0;
  let nLines = 0;
  for (const name of brat.filter((n) => n.endsWith('.ann'))) {
    const text = readFileSync(at(`brat/${name.replace(/\.ann$/, '.txt')}`), 'utf8');
    const spans: [number, number, string][] = [];
    for (const line of lines(at(`brat/${name}`))) {
      if (line.startsWith('N')) nLines++;
      if (!line.startsWith('T')) continue;
      tLines++;
      const [, typeAndOffsets, spanText] = line.split('\t');
      const fragments = typeAndOffsets.split(' ').slice(1).join(' ').split(';');
      if (fragments.length === 1) spans.push([...(fragments[0].split(' ').map(Number) as [number, number]), spanText]);
    }
    checks.push([text, spans]);
  }
  const parts = docs.flatMap((d) => d.parentheticals ?? []).reduce((n, p) => n + Number(!!p.thai) + Number(!!p.english) + Number(!!p.acronym), 0);
  expect(tLines).toBe(layerTotal('entities') + layerTotal('dates') + parts);
  expect(nLines).toBe(docs.flatMap((d) => d.entities ?? []).filter((e) => e.id).length);

  // spaCy: the words and their whitespace rebuild the text (what Doc.from_json requires); entities and sentences are on token edges.
  const spacy = lines(at('out.spacy.jsonl')).map((l) => JSON.parse(l));
  expect(spacy.map((s) => s.user_data.id)).toEqual(docs.map((d) => d.id));
  for (const s of spacy) {
    const text = codePoints(s.text);
    let rebuilt = '';
    const gaps = s.tokens.filter((t: { id: number; start: number; end: number }, i: number) => {
      const next = s.tokens[i + 1]?.start ?? text.length;
      rebuilt += slice(text, t.start, next);
      return t.id !== i || !(next - t.end === 0 || (next - t.end === 1 && text[t.end] === ' '));
    });
    expect([gaps, rebuilt]).toEqual([[], s.text]);
    const starts = new Set(s.tokens.map((t: { start: number }) => t.start));
    const ends = new Set(s.tokens.map((t: { end: number }) => t.end));
    expect([...s.ents, ...s.sents].filter((span) => !starts.has(span.start) || !ends.has(span.end))).toEqual([]);
    const entities = byId.get(s.user_data.id)?.entities ?? [];
    const exact: Entity[] = s.ents.flatMap((e: { start: number; end: number; label: string }) =>
      entities.filter((x) => x.start === e.start && x.end === e.end && x.label === e.label),
    );
    checks.push([s.text, exact.map((e): [number, number, string] => [e.start, e.end, e.text])]);
  }

  // Label Studio: one task a document, one labels region an entity, value.text at value.start-end.
  const tasks = JSON.parse(readFileSync(at('out.label-studio.json'), 'utf8'));
  expect(tasks.map((t: { data: { doc_id: string } }) => t.data.doc_id)).toEqual(docs.map((d) => d.id));
  for (const task of tasks) {
    const result = task.predictions[0].result;
    expect(result.map((r: { value: { labels: string[] } }) => r.value.labels[0])).toEqual(byId.get(task.data.doc_id)?.entities?.map((e) => e.label));
    expect(
      result.every((r: { from_name: string; to_name: string; type: string }) => r.from_name === 'label' && r.to_name === 'text' && r.type === 'labels'),
    ).toBe(true);
    checks.push([task.data.text, result.map((r: { value: { start: number; end: number; text: string } }) => [r.value.start, r.value.end, r.value.text])]);
  }

  // Prodigy: tokens slice to their text; spans to the text of their tokens (token_end inclusive).
  const prodigy = lines(at('out.prodigy.jsonl')).map((l) => JSON.parse(l));
  expect(prodigy.map((p) => p.meta.id)).toEqual(docs.map((d) => d.id));
  for (const task of prodigy) {
    const tokens = task.tokens as { text: string; start: number; end: number; id: number; ws: boolean }[];
    expect(tokens.map((t) => t.text + (t.ws ? ' ' : '')).join('')).toBe(task.text);
    const spanText = (s: { token_start: number; token_end: number }): string =>
      tokens
        .slice(s.token_start, s.token_end + 1)
        .map((t, i, all) => t.text + (t.ws && i < all.length - 1 ? ' ' : ''))
        .join('');
    checks.push([
      task.text,
      [
        ...tokens.map((t): [number, number, string] => [t.start, t.end, t.text]),
        ...task.spans.map((s: { start: number; end: number; token_start: number; token_end: number }): [number, number, string] => [
          s.start,
          s.end,
          spanText(s),
        ]),
      ],
    ]);
  }
  const checked = pythonChecks(checks);
  expect(checked).toBeGreaterThan(layerTotal('tokens'));
});

test('elasticsearch: bulk lines in pairs, an index action with the document id, then the document', () => {
  const rows = lines(at('out.ndjson')).map((l) => JSON.parse(l));
  expect(readFileSync(at('out.ndjson'), 'utf8').endsWith('\n')).toBe(true);
  expect(rows).toHaveLength(docs.length * 2);
  for (let i = 0; i < docs.length; i++) {
    expect(rows[2 * i]).toEqual({ index: { _id: docs[i].id } });
    expect(rows[2 * i + 1].doc_id).toBe(docs[i].id);
  }
  const seed = rows[1];
  expect(seed.entities.LOCATION).toContain('ประเทศอินโดนีเซีย');
  expect(seed.entity_ids).toEqual(expect.arrayContaining(['org:ASEAN', 'country:US', 'country:ID']));
  expect(seed.dates).toEqual(expect.arrayContaining(['2019-03-01', '2016/2020']));
  expect(seed.acronyms).toContain('MSMEs');
});

test('run --format and convert --to give the same bytes for the same documents', async () => {
  const records = batchRecords(12);
  writeFileSync(at('raw.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const inputs = [at('raw.jsonl'), 'fixtures/seed-asean-us/input.txt'];
  mkdirSync(at('same'));
  const base = await runCli(['run', '--workers', '0', '--quiet', '-o', at('same/base.jsonl'), ...inputs]);
  expect(base.status).toBe(0);
  const read = (out: string): Record<string, Buffer> =>
    out.endsWith('/') ? Object.fromEntries(readdirSync(at(out)).map((n) => [n, readFileSync(at(`${out}${n}`))])) : { file: readFileSync(at(out)) };
  const formats = ['jsonl', 'json', 'spacy', 'conllu', 'iob', 'brat', 'label-studio', 'prodigy', 'parquet', 'csv', 'elasticsearch'];
  for (const format of formats) {
    const folder = ['json', 'brat', 'parquet', 'csv'].includes(format);
    const out = (how: string): string => `same/${how}-${format}${folder ? '/' : `.${format}`}`;
    const run = await runCli(['run', '--workers', '0', '--quiet', '--format', format, '-o', at(out('run')), ...inputs]);
    const convert = await runCli(['convert', '--to', format, '-o', at(out('convert')), at('same/base.jsonl')]);
    expect([format, run.status, convert.status]).toEqual([format, 0, 0]);
    const [a, b] = [read(out('run')), read(out('convert'))];
    expect([format, Object.keys(a).sort()]).toEqual([format, Object.keys(b).sort()]);
    for (const name of Object.keys(a)) expect([format, name, a[name].equals(b[name])]).toEqual([format, name, true]);
    expect(Object.values(a).reduce((n, bytes) => n + bytes.length, 0)).toBeGreaterThan(1000);
  }
}, 120_000);
