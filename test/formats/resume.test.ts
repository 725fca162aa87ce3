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

test('every line is checked: a broken middle line, a NUL line, a blank line, a repeated id and a stray value are removed', async () => {
  const file = path.join(dir, 'corrupt.jsonl');
  const good = [doc('a'), error('b'), doc('c'), doc('e')];
  const lines = [good[0], `${doc('x').slice(0, 30)}`, good[1], '\0\0\0', '', good[2], doc('a'), '{"id":"y"}', '42', good[3]];
  writeFileSync(file, `${lines.join('\n')}\n`);
  const state = await resumeJsonLines(file);
  expect(['a', 'b', 'c', 'e', 'x', 'y'].map((id) => state.has(id))).toEqual([true, true, true, true, false, false]);
  expect([state.count, state.failed, [...(state.errorCodes ?? [])]]).toEqual([4, 1, [['empty', 1]]]);
  expect(state.repairs).toEqual([
    `removed 6 invalid line(s) from ${file} (not a complete document or error record, or an id already there); their documents are done again`,
  ]);
  expect(readFileSync(file, 'utf8')).toBe(`${good.join('\n')}\n`);
  expect(readdirSync(dir).filter((name) => name.includes('partial'))).toEqual([]);
});

test('a line that is not UTF-8 is removed', async () => {
  const file = path.join(dir, 'latin.jsonl');
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`${doc('a')}\n{"schema":"thai-extract/document@1","id":"`), Buffer.from([0xa1, 0xa2]), Buffer.from(`"}\n${doc('c')}\n`)]),
  );
  const state = await resumeJsonLines(file);
  expect([state.count, state.has('a'), state.has('c')]).toEqual([2, true, true]);
  expect(readFileSync(file, 'utf8')).toBe(`${doc('a')}\n${doc('c')}\n`);
});

test('an id over 64 KB is read whole: its document is done, not written twice', async () => {
  const file = path.join(dir, 'long-id.jsonl');
  const id = 'ก'.repeat(70_000);
  writeFileSync(file, `${doc(id)}\n`);
  const state = await resumeJsonLines(file);
  expect([state.count, state.has(id), state.has(id.slice(0, 1000))]).toEqual([1, true, false]);
  expect(state.repairs).toEqual([]);
});

test('a missing output file means nothing is done yet', async () => {
  const state = await resumeJsonLines(path.join(dir, 'none.jsonl'));
  expect([state.count, state.failed, state.repairs]).toEqual([0, 0, []]);
});

test('a very long document line is checked in pieces and counts', async () => {
  const file = path.join(dir, 'long.jsonl');
  writeFileSync(file, `${JSON.stringify({ schema: 'thai-extract/document@1', id: 'long', text: 'ก'.repeat(200_000) })}\n`);
  const state = await resumeJsonLines(file);
  expect([state.count, state.has('long')]).toEqual([1, true]);
});

test('resumeFolder: finished files are done; partial files of a killed run are removed and their documents redone', async () => {
  const folder = newFolder();
  writeFileSync(path.join(folder, 'a.json'), '{"schema":"thai-extract/document@1","id":"a"}\n');
  writeFileSync(path.join(folder, '.b.json.7.partial'), '{"id":"b","te');
  const done = await resumeFolder(folder);
  expect([done.has('a'), done.has('b'), done.count]).toEqual([true, false, 1]);
  expect(done.repairs).toEqual([`removed 1 partial file(s) from ${folder}; their documents are done again`]);
  expect(readdirSync(folder)).toEqual(['a.json']);
});
