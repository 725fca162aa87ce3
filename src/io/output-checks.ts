import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputSource } from './input-sources.js';

/**
 * The input that the output would overwrite, or null: the output file itself (`run -o x.jsonl
 * x.jsonl` would empty its input and then read its own output), or, for a folder, an input file
 * directly in it (`-o docs/` over `docs/a.json`; a folder format may write files of several
 * extensions there, brat's `.txt` among them). Compares files, not spellings: a link or another
 * path to the same file counts.
 */
export async function inputInOutput(output: { kind: 'file' | 'folder'; path: string }, sources: readonly InputSource[]): Promise<string | null> {
  const files = sources.filter((s): s is Extract<InputSource, { kind: 'file' }> => s.kind === 'file');
  if (output.kind === 'file') {
    const out = await stat(output.path).catch(() => null);
    if (!out) return null;
    // Only a file of the output's size can be it: one stat per candidate, not per input.
    for (const source of files) {
      if (source.size !== out.size) continue;
      const info = await stat(source.path).catch(() => null);
      if (info && info.dev === out.dev && info.ino === out.ino) return source.path;
    }
    return null;
  }
  const folder = await realpath(output.path).catch(() => null);
  if (!folder) return null;
  const realDirs = new Map<string, string | null>();
  for (const source of files) {
    const dir = path.dirname(path.resolve(source.path));
    if (!realDirs.has(dir)) realDirs.set(dir, await realpath(dir).catch(() => null));
    if (realDirs.get(dir) === folder) return source.path;
  }
  return null;
}
