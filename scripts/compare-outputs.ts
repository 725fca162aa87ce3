// Runs a pipeline over real news articles with this tree and with a reference build (main by
// default) in the same process and compares every document, layer by layer: work on speed
// must leave every output byte for byte as it was.
//
//   node scripts/run-ts.mjs scripts/compare-outputs.ts [--docs 3000] [--ref main | --reference DIR]
//        [--pipeline default] [--corpus FILE.jsonl.gz] [--show 3]
//
// --ref REF        a git revision: exported once into node_modules/.cache/compare-outputs/SHA and
//                  built there (the build is reused while REF points at the same commit)
// --reference DIR  a built checkout instead (DIR/dist/esm/index.js)
// --docs N         articles, spread evenly over the corpus; every other one gets meta.published
//                  (2020-01-01) so that relative dates are resolved in half and left open in half
// --show N         differing documents to print per layer
//
// This tree is built into .build/compare. Exit status 1 when any document differs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const { values: args } = parseArgs({
  options: {
    docs: { type: 'string', default: '3000' },
    ref: { type: 'string', default: 'main' },
    reference: { type: 'string' },
    pipeline: { type: 'string', default: 'default' },
    corpus: { type: 'string', default: '../shared/corpora/unlabelled/thaigov-news.jsonl.gz' },
    show: { type: 'string', default: '3' },
  },
});

interface Library {
  createPipeline(name: string): { process(input: Record<string, unknown>): Promise<Record<string, unknown>> };
}

const git = (...argv: string[]): string => execFileSync('git', argv, { encoding: 'utf8' }).trim();

/** A built copy of the reference revision, made once per commit. */
function referenceBuild(): string {
  if (args.reference) return path.resolve(args.reference);
  const sha = git('rev-parse', '--verify', `${args.ref}^{commit}`);
  const dir = path.resolve('node_modules/.cache/compare-outputs', sha);
  if (!existsSync(path.join(dir, 'dist/esm/index.js'))) {
    console.log(`building ${args.ref} (${sha.slice(0, 10)}) into ${path.relative('.', dir)}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C "${dir}"`], { stdio: 'inherit' });
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, env: { ...process.env, BUILD_OUT: 'dist' }, stdio: 'inherit' });
  }
  return dir;
}

function sample(file: string, count: number): Record<string, unknown>[] {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
  const step = Math.max(1, Math.floor(lines.length / count));
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < lines.length && records.length < count; i += step) {
    const record = JSON.parse(lines[i]) as Record<string, unknown>;
    if (records.length % 2 === 1) record.published = '2020-01-01';
    records.push(record);
  }
  return records;
}

if (!existsSync(args.corpus!)) {
  console.error(`no corpus at ${args.corpus}: nothing to compare`);
  process.exit(2);
}
const referenceDir = referenceBuild();
execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, BUILD_OUT: '.build/compare' }, stdio: 'inherit' });
const load = async (entry: string): Promise<Library> => (await import(pathToFileURL(path.resolve(entry)).href)) as Library;
const ours = (await load('.build/compare/esm/index.js')).createPipeline(args.pipeline!);
const theirs = (await load(path.join(referenceDir, 'dist/esm/index.js'))).createPipeline(args.pipeline!);

const records = sample(args.corpus!, Number(args.docs));
const show = Number(args.show);
const differing = new Map<string, string[]>();
let same = 0;
let chars = 0;
for (const record of records) {
  const [a, b] = [await ours.process({ ...record }), await theirs.process({ ...record })];
  chars += String(b.text).length;
  if (JSON.stringify(a) === JSON.stringify(b)) {
    same++;
    continue;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    const ids = differing.get(key) ?? [];
    ids.push(String(b.id));
    differing.set(key, ids);
    if (ids.length <= show) {
      console.log(`\n${b.id}: ${key} differs\n  this tree: ${JSON.stringify(a[key]).slice(0, 600)}\n  reference: ${JSON.stringify(b[key]).slice(0, 600)}`);
    }
  }
}
const reference = args.reference ? referenceDir : `${args.ref} (${path.basename(referenceDir).slice(0, 10)})`;
console.log(`\n${records.length} documents (${chars.toLocaleString('en-US')} chars), pipeline ${args.pipeline}, against ${reference}: ${same} identical`);
for (const [key, ids] of differing) console.log(`  ${key}: ${ids.length} documents differ`);
process.exit(differing.size ? 1 : 0);
