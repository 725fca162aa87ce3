import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** What a key is made of (cacheKey's are hex), so that no kind's files are taken for another's whose name starts the same. */
const KEY = /^[0-9A-Za-z]+$/u;

/** The structure cached as `<name>-<key>.bin`, or built (and cached for the next process). */
export function cachedOnDisk<T>(name: string, key: string, codec: CacheCodec<T>, build: () => T): T {
  if (!KEY.test(key)) throw new TypeError(`a cache key is letters and digits, not "${key}"`);
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
    pruneCache(name);
  } catch {
    // a read-only or full disk only costs the next process the build
  }
  return value;
}

/** Files kept per kind: a key changes with the package's version and a user's word lists, and each file is large (the segmenter's 0.7 MB). */
export const MAX_FILES_PER_KIND = 8;

/** Removes all but the newest MAX_FILES_PER_KIND files of one kind (run only after a build, which is rare). */
function pruneCache(name: string): void {
  const files = readdirSync(CACHE_DIR)
    .filter((file) => file.startsWith(`${name}-`) && file.endsWith('.bin') && KEY.test(file.slice(name.length + 1, -'.bin'.length)))
    .map((file) => ({ file, time: statSync(path.join(CACHE_DIR, file)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of files.slice(MAX_FILES_PER_KIND)) rmSync(path.join(CACHE_DIR, file), { force: true });
}

/**
 * The layout of the cache files: a magic number and a 32-bit word (what the reader needs first,
 * such as a count), `prefix` padded to 4 bytes, then `tables` one after another, the wider ones
 * first so that each stays aligned.
 */
export function packTables(magic: number, word: number, prefix: Uint8Array, tables: readonly ArrayBufferView[]): Uint8Array {
  const start = 8 + ((prefix.length + 3) & ~3);
  const out = new Uint8Array(start + tables.reduce((n, table) => n + table.byteLength, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, true);
  view.setUint32(4, word, true);
  out.set(prefix, 8);
  let at = start;
  for (const table of tables) {
    out.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), at);
    at += table.byteLength;
  }
  return out;
}

type TableType<T> = { new (buffer: ArrayBuffer, at: number, length: number): T; readonly BYTES_PER_ELEMENT: number };

/** Reads back what packTables wrote, in the same order; throws on another magic number or length. */
export class TableReader {
  /** The word packTables was given. */
  readonly word: number;
  private readonly buffer: ArrayBuffer;
  private at = 8;

  constructor(
    bytes: Uint8Array,
    magic: number,
    private readonly kind: string,
  ) {
    this.buffer = new Uint8Array(bytes).buffer; // a copy, aligned for the wider tables
    const view = new DataView(this.buffer);
    if (this.buffer.byteLength < 8 || view.getUint32(0, true) !== magic) throw new Error(`not a ${kind}`);
    this.word = view.getUint32(4, true);
  }

  /** The prefix, `length` bytes. */
  prefix(length: number): Uint8Array {
    if (8 + length > this.buffer.byteLength) throw new Error(`a ${this.kind} of the wrong length`);
    this.at = 8 + ((length + 3) & ~3);
    return new Uint8Array(this.buffer, 8, length);
  }

  /** The next table, of `length` elements. */
  table<T>(type: TableType<T>, length: number): T {
    if (this.at + length * type.BYTES_PER_ELEMENT > this.buffer.byteLength) throw new Error(`a ${this.kind} of the wrong length`);
    const table = new type(this.buffer, this.at, length);
    this.at += length * type.BYTES_PER_ELEMENT;
    return table;
  }

  /** Throws unless every byte was read. */
  end(): void {
    if (this.at !== this.buffer.byteLength) throw new Error(`a ${this.kind} of the wrong length`);
  }
}
