import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Structures that take a new process long to build (the segmenter's trie, the entity lexicon's)
 * are cached on disk, in the system's temporary folder, never in the project. The key covers
 * everything the structure is built from; any failure to read or write the cache just means
 * building.
 */

/** The folder of the cache files. */
export const CACHE_DIR = path.join(os.tmpdir(), 'thai-extract-cache');

/** A cache key over the given strings and the size and time of each file. */
export function cacheKey(parts: readonly string[], files: readonly string[] = []): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update('\0').update(part);
  for (const file of files) {
    const st = statSync(file);
    hash.update(`\0${file}:${st.size}:${st.mtimeMs}`);
  }
  return hash.digest('hex').slice(0, 20);
}

/** How a structure is written to and read back from the cache; `decode` throws on bytes it does not know. */
export interface CacheCodec<T> {
  encode(value: T): Uint8Array;
  decode(bytes: Buffer): T;
}

/** The structure cached as `<name>-<key>.bin`, or built (and cached for the next process). */
export function cachedOnDisk<T>(name: string, key: string, codec: CacheCodec<T>, build: () => T): T {
  const file = path.join(CACHE_DIR, `${name}-${key}.bin`);
  try {
    return codec.decode(readFileSync(file));
  } catch {
    // not cached yet (or unreadable): build it
  }
  const value = build();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, codec.encode(value));
    renameSync(tmp, file);
  } catch {
    // a read-only or full disk only costs the next process the build
  }
  return value;
}
