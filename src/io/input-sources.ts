import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { formatOfPath, type FileFormat } from './input-format.js';

/** One place documents come from: standard input (JSON Lines) or a file. */
export type InputSource = { kind: 'stdin' } | ({ kind: 'file'; path: string; size: number } & FileFormat);

/** A command-line INPUT that names nothing readable. */
export class InputNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputNotFoundError';
  }
}

/**
 * Expands INPUT arguments (files, folders searched recursively, globs, `-`) into sources in a
 * stable order: arguments as given, the files of a folder or glob sorted by path. A file named
 * explicitly is read even with an unknown extension (as text); inside folders and globs only
 * known extensions are taken, so that a corpus folder may hold other files.
 */
export async function expandInputs(args: readonly string[]): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isFile()) {
      const asText = { format: 'txt', gzip: arg.toLowerCase().endsWith('.gz') } as const;
      sources.push({ kind: 'file', path: arg, size: info.size, ...(formatOfPath(arg) ?? asText) });
    } else if (info?.isDirectory()) {
      sources.push(...(await knownFiles(await walk(arg))));
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { onlyFiles: true, dot: false, expandDirectories: false });
      if (!matches.length) throw new InputNotFoundError(`the glob ${arg} matches no file`);
      sources.push(...(await knownFiles(matches.sort())));
    } else {
      throw new InputNotFoundError(`no such file or folder: ${arg}`);
    }
  }
  return sources;
}

async function walk(dir: string): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile()) files.push(full);
  }
  return files;
}

async function knownFiles(files: string[]): Promise<InputSource[]> {
  const sources: InputSource[] = [];
  for (const file of files) {
    const format = formatOfPath(file);
    if (format) sources.push({ kind: 'file', path: file, size: (await stat(file)).size, ...format });
  }
  return sources;
}
