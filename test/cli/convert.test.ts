import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporaryFolders } from '../temporary-folders.js';
import { runCli } from './run-cli.js';

const dir = temporaryFolders('thai-extract-convert-')();
const seed = readFileSync('fixtures/seed-asean-us/expected.json', 'utf8');

test('convert: usage errors answer with status 2 before anything is read', async () => {
  for (const [argv, message] of [
    [['convert', 'x.jsonl'], /--to FORMAT is required/],
    [['convert', '--to', 'xml', 'x.jsonl'], /--to must be one of jsonl, json, spacy, .*, got "xml"/],
    [['convert', '--to', 'parquet', 'x.jsonl'], /--to parquet writes files into a folder: give -o DIR\//],
    [['convert', '--to', 'conllu', '--resume', '-o', path.join(dir, 'x.conllu'), 'x.jsonl'], /--resume is not available with --to conllu/],
    [['convert', '--to', 'spacy', path.join(dir, 'missing.jsonl')], /no such file or folder/],
  ] as const) {
    const { status, stderr } = await runCli([...argv]);
    expect([status, stderr]).toEqual([2, expect.stringMatching(message)]);
  }
});

test('convert: what a format cannot hold is said once with a count; records that are not annotated documents are named and left out', async () => {
  const input = path.join(dir, 'mixed.jsonl');
  writeFileSync(input, `${JSON.stringify(JSON.parse(seed))}\n{"id":"raw","text":"ข่าว"}\n{"id":"broken",\n`);
  const { status, stdout, stderr } = await runCli(['convert', '--to', 'iob', input]);
  expect(status).toBe(1);
  expect(stdout.split('\n').filter((l) => l === '-DOCSTART-\tO')).toHaveLength(1);
  expect(stderr.split('\n').filter(Boolean)).toEqual([
    `thai-extract convert: raw: not an annotated document (no "schema": "thai-extract/document@1"); annotate it with thai-extract run first`,
    expect.stringMatching(/^thai-extract convert: .*:3: line 3 of .* is not JSON/),
    `thai-extract convert: 4 span(s) in 1 document(s) had an edge inside a token and were widened to whole tokens (as spaCy's alignment_mode="expand")`,
    `thai-extract convert: 4 span(s) in 1 document(s) shared a token with a longer span of their layer and were left out (as spaCy's filter_spans)`,
  ]);
});

test('convert: standard input to standard output, and an empty Label Studio array when nothing comes', async () => {
  const { status, stdout } = await runCli(['convert', '--to', 'label-studio', '-'], `${JSON.stringify(JSON.parse(seed))}\n`);
  const tasks = JSON.parse(stdout);
  expect([status, tasks.length, tasks[0].data.doc_id, tasks[0].predictions[0].result[0].value]).toEqual([
    0,
    1,
    'seed-asean-us',
    { start: 13, end: 17, text: '2562', labels: ['DATE'] },
  ]);
  expect(JSON.parse((await runCli(['convert', '--to', 'label-studio', '-'], '')).stdout)).toEqual([]);
});
