import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bratFormat } from '../../src/formats/brat.js';
import { elasticsearchFormat } from '../../src/formats/elasticsearch.js';
import { spacyFormat } from '../../src/formats/spacy.js';
import { temporaryFolders } from '../temporary-folders.js';

const newFolder = temporaryFolders('thai-extract-export-resume-');

test('spacy: complete lines are done by their user_data id; a torn last line is cut off', async () => {
  const file = path.join(newFolder(), 'out.jsonl');
  const line = (id: string): string => JSON.stringify({ text: 'ข่าว', ents: [], sents: [], tokens: [], user_data: { id } });
  const complete = `${line('a')}\n${line('ข/"b"')}\n`;
  const torn = line('c').slice(0, 30);
  writeFileSync(file, complete + torn);
  const done = await spacyFormat.resume?.({ kind: 'file', path: file });
  expect([done?.has('a'), done?.has('ข/"b"'), done?.has('c'), done?.count]).toEqual([true, true, false, 2]);
  expect(done?.repairs).toEqual([`cut an incomplete last document (${Buffer.byteLength(torn)} bytes) from ${file}; it is done again`]);
  expect(readFileSync(file, 'utf8')).toBe(complete);
});

test('spacy: a broken or repeated line in the middle is removed, so its document is done again', async () => {
  const file = path.join(newFolder(), 'out.jsonl');
  const line = (id: string): string => JSON.stringify({ text: 'ข่าว', ents: [], sents: [], tokens: [], user_data: { id } });
  writeFileSync(file, `${line('a')}\n{"text":"ข่\u0000\n${line('b')}\n${line('a')}\n`);
  const done = await spacyFormat.resume?.({ kind: 'file', path: file });
  expect([done?.has('a'), done?.has('b'), done?.count]).toEqual([true, true, 2]);
  expect(done?.repairs).toEqual([`removed 2 invalid result(s) from ${file} (not ours, or an id already there); their documents are done again`]);
  expect(readFileSync(file, 'utf8')).toBe(`${line('a')}\n${line('b')}\n`);
});

test('elasticsearch: a document is its two lines; an action without its document is cut off', async () => {
  const file = path.join(newFolder(), 'out.ndjson');
  const pair = (id: string): string => `${JSON.stringify({ index: { _id: id } })}\n${JSON.stringify({ doc_id: id })}\n`;
  writeFileSync(file, `${pair('a')}${pair('b')}${JSON.stringify({ index: { _id: 'c' } })}\n`);
  const done = await elasticsearchFormat.resume?.({ kind: 'file', path: file });
  expect([done?.has('a'), done?.has('b'), done?.has('c'), done?.count]).toEqual([true, true, false, 2]);
  expect(readFileSync(file, 'utf8')).toBe(`${pair('a')}${pair('b')}`);
});

test('brat: a document is done when both its files are there; partial files are removed', async () => {
  const dir = newFolder();
  mkdirSync(dir, { recursive: true });
  for (const name of ['a.txt', 'a.ann', 'b.txt', '.b.ann.3.partial', 'annotation.conf']) writeFileSync(path.join(dir, name), '');
  const done = await bratFormat.resume?.({ kind: 'folder', path: dir });
  expect([done?.has('a'), done?.has('b'), done?.count]).toEqual([true, false, 1]);
  expect(done?.repairs).toEqual([`removed 1 partial file(s) from ${dir}; their documents are done again`]);
});
