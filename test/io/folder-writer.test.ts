import { lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { folderWriter } from '../../src/io/folder-writer.js';
import { temporaryFolders } from '../temporary-folders.js';

const newFolder = temporaryFolders('thai-extract-folder-');

const encoder = new TextEncoder();
const lineFor = (id: string): Uint8Array => encoder.encode(JSON.stringify({ id, text: `ข่าวที่ ${id}` }) + '\n');

describe('folderWriter', () => {
  let dir: string;
  beforeEach(() => {
    dir = newFolder();
  });

  test('writes every document to its own complete file, several at once, and leaves no partial files', async () => {
    const writer = await folderWriter(path.join(dir, 'out'), { files: 4, bytes: 1 << 20 });
    const ids = Array.from({ length: 60 }, (_, i) => `doc-${i}`);
    for (const id of ids) await writer.write(`${id}.json`, lineFor(id));
    await writer.close();
    const names = readdirSync(path.join(dir, 'out')).sort();
    expect(names).toEqual(ids.map((id) => `${id}.json`).sort());
    for (const id of ids) {
      expect(readFileSync(path.join(dir, 'out', `${id}.json`), 'utf8')).toBe(`{"id":"${id}","text":"ข่าวที่ ${id}"}\n`);
    }
  });

  test('a write waits while the bytes in flight would exceed the limit: the earlier file is complete when it returns', async () => {
    const out = path.join(dir, 'out');
    const writer = await folderWriter(out, { files: 4, bytes: 10 });
    await writer.write('a.json', lineFor('a'));
    await writer.write('b.json', lineFor('b'));
    expect(readFileSync(path.join(out, 'a.json'), 'utf8')).toBe('{"id":"a","text":"ข่าวที่ a"}\n');
    await writer.close();
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
  });

  /** A writer of `files` at once that has been given a file whose place a folder takes: renaming onto it fails. */
  async function writerAfterBlockedWrite(files: number) {
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, 'blocked.json'), { recursive: true });
    const writer = await folderWriter(out, { files, bytes: 1 << 20 });
    await writer.write('blocked.json', lineFor('blocked'));
    return { out, writer };
  }

  test('a write that fails is reported by close, after the other writes have finished, and leaves no partial file', async () => {
    const { out, writer } = await writerAfterBlockedWrite(2);
    await writer.write('fine.json', lineFor('fine'));
    await expect(writer.close()).rejects.toThrow(/blocked\.json/);
    expect(readFileSync(path.join(out, 'fine.json'), 'utf8')).toBe('{"id":"fine","text":"ข่าวที่ fine"}\n');
    expect(readdirSync(out).sort()).toEqual(['blocked.json', 'fine.json']);
  });

  test('once a write has failed, later writes are refused', async () => {
    const { out, writer } = await writerAfterBlockedWrite(1);
    await expect(writer.close()).rejects.toThrow(/blocked\.json/);
    await expect(writer.write('later.json', lineFor('later'))).rejects.toThrow(/blocked\.json/);
    expect(readdirSync(out).sort()).toEqual(['blocked.json']);
  });

  test('symbolic links planted at the old predictable temporary names or at the final name are never written through', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const outside = path.join(dir, 'outside.txt');
    writeFileSync(outside, 'precious');
    for (let n = 0; n < 4; n++) symlinkSync(outside, path.join(out, `.a.json.${n}.partial`));
    symlinkSync(outside, path.join(out, 'b.json'));
    const writer = await folderWriter(out, { files: 2, bytes: 1 << 20 });
    await writer.write('a.json', lineFor('a'));
    await writer.write('b.json', lineFor('b'));
    await writer.close();
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(readFileSync(path.join(out, 'a.json'), 'utf8')).toBe('{"id":"a","text":"ข่าวที่ a"}\n');
    expect(lstatSync(path.join(out, 'b.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(path.join(out, 'b.json'), 'utf8')).toBe('{"id":"b","text":"ข่าวที่ b"}\n');
  });

  test('two writers on one folder never share a temporary file: both complete, each file whole', async () => {
    const out = path.join(dir, 'out');
    const [one, two] = await Promise.all([folderWriter(out, { files: 8, bytes: 1 << 20 }), folderWriter(out, { files: 8, bytes: 1 << 20 })]);
    const ids = Array.from({ length: 40 }, (_, i) => `doc-${i}`);
    await Promise.all([
      (async () => {
        for (const id of ids) await one.write(`${id}.json`, lineFor(id));
      })(),
      (async () => {
        for (const id of ids) await two.write(`${id}.json`, lineFor(id));
      })(),
    ]);
    await Promise.all([one.close(), two.close()]);
    expect(readdirSync(out).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    for (const id of ids) expect(JSON.parse(readFileSync(path.join(out, `${id}.json`), 'utf8')).id).toBe(id);
  });
});
