#!/usr/bin/env node
// Runs a TypeScript script from scripts/ against the sources: bundles it with esbuild into a
// temporary ES module (dependencies stay external) and imports it with the remaining arguments.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [ARGS...]');
  process.exit(2);
}
// Inside the project so that the bundle's bare imports resolve from its node_modules.
const cache = path.resolve('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const outdir = mkdtempSync(path.join(cache, 'script-'));
const outfile = path.join(outdir, 'script.mjs');
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  absWorkingDir: process.cwd(),
  logLevel: 'warning',
});
process.argv = [process.argv[0], path.resolve(entry), ...rest];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));
}
