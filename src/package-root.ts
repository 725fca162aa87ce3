import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/**
 * The folder of thai-extract's package.json, from the sources (tests), the ESM and CommonJS
 * builds alike: shipped data (pipelines/, models/, schema/) is found relative to it.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'thai-extract') return (cached = dir);
      } catch {
        // a package.json we cannot read is not ours; keep walking up
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('thai-extract: cannot find the package root (package.json)');
    dir = parent;
  }
}
