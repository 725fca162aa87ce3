import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtinFormats, findFormat } from '../../../src/formats/index.js';
import { checkPipeline } from '../../../src/create-pipeline.js';
import { portablePipeline } from '../../../src/queue/portable-pipeline.js';
import { folderSink } from '../../../src/queue/sinks/folder-sink.js';
import { temporaryFolders } from '../../temporary-folders.js';

const folder = temporaryFolders('thai-extract-folder-sink-');
const pipeline = portablePipeline(checkPipeline('tokens'));
const line = (id: string, text: string) => ({ id, ok: true, value: Buffer.from(`${JSON.stringify({ id, text })}\n`) });

test('a chunk file appears whole at commit, under the chunk id; writing it again replaces it, never appends', async () => {
  const dir = folder();
  const sink = await folderSink(dir, findFormat('jsonl')!);
  const first = await sink.begin({ id: 'dump.jsonl-1-aaaa', pipeline });
  await first.write(line('a', 'ข่าวแรก'));
  await first.write(line('b', 'ข่าวสอง'));
  // Before commit nothing has the chunk's name: only a hidden partial file.
  expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.dump\.jsonl-1-aaaa\.jsonl\.\d+-[0-9a-f]{8}\.partial$/)]);
  await first.commit();
  expect(readdirSync(dir)).toEqual(['dump.jsonl-1-aaaa.jsonl']);
  const again = await sink.begin({ id: 'dump.jsonl-1-aaaa', pipeline });
  await again.write(line('a', 'ข่าวแรก'));
  await again.write(line('b', 'ข่าวสอง (อีกครั้ง)'));
  await again.commit();
  expect(readdirSync(dir)).toEqual(['dump.jsonl-1-aaaa.jsonl']);
  expect(readFileSync(path.join(dir, 'dump.jsonl-1-aaaa.jsonl'), 'utf8')).toBe('{"id":"a","text":"ข่าวแรก"}\n{"id":"b","text":"ข่าวสอง (อีกครั้ง)"}\n');
});

test('an aborted chunk leaves nothing, and an earlier complete file of it stays as it was', async () => {
  const dir = folder();
  const sink = await folderSink(dir, findFormat('jsonl')!);
  const done = await sink.begin({ id: 'c-1-bbbb', pipeline });
  await done.write(line('a', 'ก'));
  await done.commit();
  const failed = await sink.begin({ id: 'c-1-bbbb', pipeline });
  await failed.write(line('a', 'ข'));
  await failed.abort();
  expect(readdirSync(dir)).toEqual(['c-1-bbbb.jsonl']);
  expect(readFileSync(path.join(dir, 'c-1-bbbb.jsonl'), 'utf8')).toBe('{"id":"a","text":"ก"}\n');
});

test('a folder format writes DIR/<chunk-id>/ with its files, replaced whole when written again', async () => {
  const dir = folder();
  const sink = await folderSink(dir, findFormat('json')!);
  for (const ids of [['a', 'b'], ['a']]) {
    const write = await sink.begin({ id: 'c-1-cccc', pipeline });
    for (const id of ids) await write.write(line(id, 'ข่าว'));
    await write.commit();
  }
  expect(readdirSync(dir)).toEqual(['c-1-cccc']);
  expect(readdirSync(path.join(dir, 'c-1-cccc'))).toEqual(['a.json']);
});

test('sweep removes partial files older than the lock time (killed workers), not fresh ones nor finished chunks', async () => {
  const dir = folder();
  const sink = await folderSink(dir, findFormat('jsonl')!);
  const old = path.join(dir, '.c-1-dddd.jsonl.123-0badf00d.partial');
  const fresh = path.join(dir, '.c-2-eeee.jsonl.124-0badf00d.partial');
  writeFileSync(old, '{"id":"a"');
  writeFileSync(fresh, '{"id":"b"');
  writeFileSync(path.join(dir, 'c-3-ffff.jsonl'), '{"id":"c"}\n');
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(old, minuteAgo, minuteAgo);
  await sink.sweep!(30_000);
  expect(readdirSync(dir).sort()).toEqual(['.c-2-eeee.jsonl.124-0badf00d.partial', 'c-3-ffff.jsonl']);
  expect(existsSync(old)).toBe(false);
  expect(statSync(fresh).size).toBe(9);
});

test('every format of the format seam writes whole chunks: a file per chunk for a stream format, a folder for a folder format', async () => {
  const { createPipeline } = await import('../../../src/create-pipeline.js');
  const tokens = createPipeline('tokens');
  const docs = [await tokens.process({ id: 'a', text: 'นายสมชายเดินทางไปเชียงใหม่ เมื่อวานนี้' }), await tokens.process({ id: 'b', text: 'ฝนตกหนัก' })];
  const failed = { id: 'c', error: { code: 'empty' as const, message: 'the document is empty' } };
  for (const format of builtinFormats) {
    const dir = folder();
    const sink = await folderSink(dir, format);
    const write = await sink.begin({ id: 'news.jsonl-1-abcd', pipeline });
    for (const result of [...docs, failed]) await write.write({ id: result.id, ok: !('error' in result), value: format.encode(result) });
    await write.commit();
    const name = format.target === 'folder' ? 'news.jsonl-1-abcd' : `news.jsonl-1-abcd${format.extension}`;
    expect([format.name, readdirSync(dir)]).toEqual([format.name, [name]]);
    const written = path.join(dir, name);
    const bytes = statSync(written).isDirectory()
      ? readdirSync(written).reduce((sum, f) => sum + statSync(path.join(written, f)).size, 0)
      : statSync(written).size;
    expect([format.name, bytes > 0]).toEqual([format.name, true]);
  }
});
