import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The worker entry's file name in the build (see scripts/build.mjs). */
export const WORKER_ENTRY = 'batch-worker';

/**
 * The built worker script beside this module: `esm/batch-worker.js` or `cjs/batch-worker.js`
 * (this code may sit in `esm/chunks/`). Null when running from the TypeScript sources.
 */
export function findWorkerFile(): string | null {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here)]) {
    const file = path.join(dir, `${WORKER_ENTRY}.js`);
    if (existsSync(file)) return file;
  }
  return null;
}
