#!/usr/bin/env node
// Builds the package: ESM and CommonJS bundles of the library, the command line, and type
// declarations for both module systems.
//   dist/esm/index.js   ES module          dist/esm/**/*.d.ts   its types
//   dist/cjs/index.js   CommonJS           dist/cjs/**/*.d.ts   the same types, read as CommonJS
//   dist/esm/cli.js     the thai-extract command
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// chrono-node goes into the bundle: its English locale is 47 small modules, and resolving and
// reading them took about 15 of the import's 83 ms in a fresh process. It stays a dependency for
// the types the declarations name; its licence (MIT) is copied next to the bundles.
const bundled = ['chrono-node'];
const external = Object.keys(pkg.dependencies ?? {}).filter((name) => !bundled.includes(name));
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
// The licences of the dependencies each bundle carries a copy of.
const licenceOf = (name) => {
  const file = readdirSync(`node_modules/${name}`).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
  if (!file) throw new Error(`build: no licence file in node_modules/${name}`);
  return `node_modules/${name}/${file}`;
};
for (const name of bundled) cpSync(licenceOf(name), `${out}/esm/licenses/${name}.txt`);
for (const name of [...bundled, ...esmOnly]) cpSync(licenceOf(name), `${out}/cjs/licenses/${name}.txt`);
if (declarations) {
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit', 'false', '--emitDeclarationOnly', '--outDir', 'dist/esm'],
    { stdio: 'inherit' },
  );
  cpSync('dist/esm', 'dist/cjs', { recursive: true, filter: (src) => !src.endsWith('.js') });
}
