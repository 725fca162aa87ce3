import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, type CacheCodec, cacheKey, cachedOnDisk } from '../src/disk-cache.js';
import { temporaryFolders } from './temporary-folders.js';

const newFolder = temporaryFolders('thai-extract-disk-cache-');
// A name of this run's own, so that no other run's file is read, and every file it leaves is removed.
const NAME = `test-${process.pid}-${Date.now()}`;
afterAll(() => {
  if (!existsSync(CACHE_DIR)) return;
  for (const file of readdirSync(CACHE_DIR)) if (file.startsWith(NAME)) rmSync(path.join(CACHE_DIR, file), { force: true });
});

const numbers: CacheCodec<number[]> = {
  encode: (values) => new Uint8Array(Float64Array.from(values).buffer),
  decode: (bytes) => {
    if (bytes.length % 8 !== 0) throw new Error('not numbers');
    return Array.from(new Float64Array(new Uint8Array(bytes).buffer));
  },
};

test('a structure is built once; the next call reads what the first one wrote', () => {
  let builds = 0;
  const build = (): number[] => {
    builds++;
    return [1.5, 2, 3];
  };
  const first = cachedOnDisk(NAME, 'a', numbers, build);
  const second = cachedOnDisk(NAME, 'a', numbers, build);
  expect(first).toEqual([1.5, 2, 3]);
  expect(second).toEqual([1.5, 2, 3]);
  expect(second).not.toBe(first);
  expect(builds).toBe(1);
  expect(existsSync(path.join(CACHE_DIR, `${NAME}-a.bin`))).toBe(true);
});

test('a file the codec cannot read is built again and replaced', () => {
  writeFileSync(path.join(CACHE_DIR, `${NAME}-b.bin`), 'not a multiple of eight');
  let builds = 0;
  const build = (): number[] => {
    builds++;
    return [4];
  };
  expect(cachedOnDisk(NAME, 'b', numbers, build)).toEqual([4]);
  expect(cachedOnDisk(NAME, 'b', numbers, build)).toEqual([4]);
  expect(builds).toBe(1);
});

test('the key changes with each part, their order, and the size or time of each file', () => {
  const file = path.join(newFolder(), 'words.txt');
  writeFileSync(file, 'ก\n');
  const key = cacheKey(['x', 'y'], [file]);
  expect(key).toMatch(/^[0-9a-f]{20}$/u);
  expect(cacheKey(['x', 'y'], [file])).toBe(key);
  expect(cacheKey(['y', 'x'], [file])).not.toBe(key);
  expect(cacheKey(['xy'], [file])).not.toBe(key);
  utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
  expect(cacheKey(['x', 'y'], [file])).not.toBe(key);
});
