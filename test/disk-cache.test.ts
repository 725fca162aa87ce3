import { existsSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, type CacheCodec, cacheKey, cachedOnDisk, MAX_FILES_PER_KIND, packTables, TableReader } from '../src/disk-cache.js';
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

test('a kind keeps its newest files only; other kinds are left alone', () => {
  const kind = `${NAME}-kind`;
  const other = `${NAME}-other`;
  cachedOnDisk(other, 'x', numbers, () => [0]);
  for (let k = 0; k < MAX_FILES_PER_KIND + 3; k++) {
    cachedOnDisk(kind, `k${k}`, numbers, () => [k]);
    // files of the same second would tie: give each its own time, the oldest first
    utimesSync(path.join(CACHE_DIR, `${kind}-k${k}.bin`), new Date(2020, 0, 1, 0, 0, k), new Date(2020, 0, 1, 0, 0, k));
  }
  cachedOnDisk(kind, 'last', numbers, () => [99]);
  const kept = readdirSync(CACHE_DIR).filter((file) => file.startsWith(`${kind}-`));
  expect(kept.length).toBe(MAX_FILES_PER_KIND);
  expect(kept).toContain(`${kind}-last.bin`);
  expect(kept).not.toContain(`${kind}-k0.bin`);
  expect(existsSync(path.join(CACHE_DIR, `${other}-x.bin`))).toBe(true);
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

test('tables packed after a word and a prefix read back the same, each aligned', () => {
  const prefix = new TextEncoder().encode('{"a":1}');
  const bytes = packTables(0x12345678, prefix.length, prefix, [Int32Array.of(-1, 7), Float32Array.of(0.5), Uint16Array.of(65535, 1, 2), Uint8Array.of(9)]);
  expect(bytes.length).toBe(8 + 8 + 8 + 4 + 6 + 1);
  const reader = new TableReader(bytes.subarray(0), 0x12345678, 'test table');
  expect(new TextDecoder().decode(reader.prefix(reader.word))).toBe('{"a":1}');
  expect(Array.from(reader.table(Int32Array, 2))).toEqual([-1, 7]);
  expect(Array.from(reader.table(Float32Array, 1))).toEqual([0.5]);
  expect(Array.from(reader.table(Uint16Array, 3))).toEqual([65535, 1, 2]);
  expect(Array.from(reader.table(Uint8Array, 1))).toEqual([9]);
  expect(() => reader.end()).not.toThrow();
});

test('another magic number, too few bytes or bytes left over are refused', () => {
  const bytes = packTables(7, 2, new Uint8Array(0), [Int32Array.of(1, 2)]);
  expect(() => new TableReader(bytes, 8, 'test table')).toThrow('not a test table');
  expect(() => new TableReader(bytes.subarray(0, 12), 7, 'test table').table(Int32Array, 2)).toThrow('a test table of the wrong length');
  const reader = new TableReader(bytes, 7, 'test table');
  reader.table(Int32Array, 1);
  expect(() => reader.end()).toThrow('a test table of the wrong length');
});
