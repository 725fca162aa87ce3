#!/usr/bin/env node
// npm run bench: runs every scripts/bench-*.ts in turn (each in its own process, so one
// benchmark's warm caches do not flatter the next). Pass a name to run one: npm run bench -- segment
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const benches = readdirSync('scripts')
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .filter((f) => !only || f === `bench-${only}.ts`)
  .sort();
if (benches.length === 0) {
  console.error(only ? `no benchmark named ${only}` : 'no benchmarks in scripts/');
  process.exit(2);
}
for (const file of benches) {
  console.log(`\n== ${file.replace(/^bench-|\.ts$/g, '')} ==`);
  execFileSync(process.execPath, ['scripts/run-ts.mjs', `scripts/${file}`, ...process.argv.slice(3)], { stdio: 'inherit' });
}
