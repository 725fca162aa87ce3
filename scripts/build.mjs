#!/usr/bin/env node
// Builds the package: ESM and CommonJS bundles of the library, the command line, and type
// declarations for both module systems.
//   dist/esm/index.js   ES module          dist/esm/**/*.d.ts   its types
//   dist/cjs/index.js   CommonJS           dist/cjs/**/*.d.ts   the same types, read as CommonJS
//   dist/esm/cli.js     the thai-extract command
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const external = Object.keys(pkg.dependencies ?? {});
// ESM-only dependencies cannot be require()d on Node 20: the CommonJS bundle carries its own copy.
const esmOnly = ['p-queue', 'hyparquet-writer'];
const cjsExternal = external.filter((name) => !esmOnly.includes(name));

// BUILD_OUT=.build/NAME builds a private copy (JavaScript only, no declarations), so that
// several people can build and score at once without removing each other's dist/.
const out = process.env.BUILD_OUT || 'dist';
const declarations = !process.env.BUILD_OUT;
rmSync(out, { recursive: true, force: true });
// The worker-thread entry point must be a file of its own next to the bundle.
const entryPoints = { index: 'src/index.ts', 'batch-worker': 'src/batch/worker.ts' };
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning', legalComments: 'none' };

await build({
  ...common,
  entryPoints: { ...entryPoints, cli: 'src/cli/bin.ts' },
  outdir: `${out}/esm`,
  format: 'esm',
  external,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
await build({
  ...common,
  entryPoints,
  outdir: `${out}/cjs`,
  format: 'cjs',
  external: cjsExternal,
  // import.meta.url has no CommonJS meaning; give it the file's URL.
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: 'const import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
});
writeFileSync(`${out}/cjs/package.json`, JSON.stringify({ type: 'commonjs' }) + '\n');

chmodSync(`${out}/esm/cli.js`, 0o755);
if (declarations) {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit', 'false', '--emitDeclarationOnly', '--outDir', 'dist/esm'],
    { stdio: 'inherit' },
  );
  cpSync('dist/esm', 'dist/cjs', { recursive: true, filter: (src) => !src.endsWith('.js') });
}
