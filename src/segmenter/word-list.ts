import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readFileLimited } from '../io/read-limited.js';

/**
 * Word lists: wordcut's dictionary (LGPL-3.0, read from the installed package at run time, never
 * copied into this project) and users' word files.
 */

/** The largest word list read: 64 MB is millions of words. */
export const MAX_WORD_LIST_BYTES = 64 * 1024 * 1024;

/** The words of a list file: one a line, blank lines and surrounding whitespace ignored. */
export function readWordList(file: string): string[] {
  return parseWordList(readFileLimited(file, MAX_WORD_LIST_BYTES, 'a word list').toString('utf8'));
}

function parseWordList(content: string): string[] {
  const words: string[] = [];
  for (const line of content.split(/\r?\n/)) {
    const word = line.trim();
    if (word) words.push(word);
  }
  return words;
}

/** The folder of wordcut's dictionary files (`tdict-*.txt`). */
export function wordcutDataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordcut/package.json')), 'data');
}

/** wordcut's dictionary files (all its `tdict-*.txt`, as wordcut loads them). */
export function wordcutDictionaryFiles(): string[] {
  const dir = wordcutDataDir();
  return readdirSync(dir)
    .filter((name) => /^tdict-.*\.txt$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Every word of wordcut's bundled dictionary. */
export function readWordcutWords(): string[] {
  return wordcutDictionaryFiles().flatMap(readWordList);
}
