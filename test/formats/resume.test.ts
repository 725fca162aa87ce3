import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resumeFolder } from '../../src/formats/json-files.js';
import { resumeJsonLines } from '../../src/formats/jsonl.js';
import { temporaryFolders } from '../temporary-folders.js';

const newFolder = temporaryFolders('thai-extract-resume-');
const dir = newFolder();

const doc = (id: string): string => JSON.stringify({ schema: 'thai-extract/document@1', id, text: 'ข่าว "error":{', meta: {} });
const error = (id: string): string => JSON.stringify({ id, error: { code: 'empty', message: 'the document is empty' } });

test('complete lines are done; a torn last line is cut off the file', async () => {
  const file = path.join(dir, 'out.jsonl');
  const complete = `${doc('a')}\n${error('b')}\n${doc('ค "quoted"')}\n`;
  writeFileSync(file, complete + doc('d').slice(0, 25));
  const state = await resumeJsonLines(file);
  expect(['a', 'b', 'ค "quoted"', 'd'].map((id) => state.has(id))).toEqual([true, true, true, false]);
  expect([state.count, state.failed]).toEqual([3, 1]);
  expect(state.repairs).toEqual([`cut a torn last line (25 bytes) from ${file}; it is done again`]);
  expect(readFileSync(file, 'utf8')).toBe(complete);
});

test('a missing output file means nothing is done yet', async () => {
  const state = await resumeJsonLines(path.join(dir, 'none.jsonl'));
  expect([state.count, state.failed, state.repairs]).toEqual([0, 0, []]);
});

test('a very long document line is read by its head only', async () => {
  const file = path.join(dir, 'long.jsonl');
  writeFileSync(file, `${JSON.stringify({ schema: 'thai-extract/document@1', id: 'long', text: 'ก'.repeat(200_000) })}\n`);
  const state = await resumeJsonLines(file);
  expect([state.count, state.has('long')]).toEqual([1, true]);
});

test('resumeFolder: finished files are done; partial files of a killed run are removed and their documents redone', async () => {
  const folder = newFolder();
  writeFileSync(path.join(folder, 'a.json'), '{"id":"a"}\n');
  writeFileSync(path.join(folder, '.b.json.7.partial'), '{"id":"b","te');
  const done = await resumeFolder(folder);
  expect([done.has('a'), done.has('b'), done.count]).toEqual([true, false, 1]);
  expect(done.repairs).toEqual([`removed 1 partial file(s) from ${folder}; their documents are done again`]);
  expect(readdirSync(folder)).toEqual(['a.json']);
});
