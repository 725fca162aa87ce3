import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporaryFolders } from './temporary-folders.js';

// Packs the built package, installs the tarball in an empty project, and uses it the way a user
// would: import (ESM), require (CommonJS), the types, and the thai-extract command.
const root = path.resolve('.');
const built = existsSync(path.join(root, 'dist/esm/index.js')) && existsSync(path.join(root, 'dist/cjs/index.js'));

(built ? describe : describe.skip)('the packed package', () => {
  const newFolder = temporaryFolders('thai-extract-pack-');
  let project: string;

  beforeAll(() => {
    const work = newFolder();
    const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
    const tarball = path.join(work, out.trim().split('\n').pop()!);
    project = path.join(work, 'consumer');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    // A TypeScript user's project: TypeScript 6 and Node's types, as the README's consumers have them.
    const typescript = `typescript@${readPackage('typescript').version}`;
    const nodeTypes = `@types/node@${readPackage('@types/node').version}`;
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, typescript, nodeTypes], {
      cwd: project,
      stdio: 'pipe',
    });
  }, 240_000);

  function readPackage(name: string): { version: string } {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
  }

  function node(args: string[], input?: string): string {
    return execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8', input });
  }

  const script = (load: string) => `${load}
const tokens = segment('ภาษาไทย 2562');
const doc = await createPipeline('default').process({ id: 'x', text: 'วันนี้อากาศดี' });
console.log(JSON.stringify({ tokens: tokens.map((t) => [t.text, t.kind]), schema: doc.schema, text: doc.text }));`;

  const expected = { schema: 'thai-extract/document@1', text: 'วันนี้อากาศดี' };

  it('can be imported as an ES module', () => {
    const result = JSON.parse(node(['--input-type=module', '-e', script("import { segment, createPipeline } from 'thai-extract';")]));
    expect(result).toMatchObject(expected);
    expect(result.tokens.slice(-1)).toEqual([['2562', 'number']]);
  });

  it('can be required as CommonJS', () => {
    const result = JSON.parse(node(['-e', `(async () => { ${script("const { segment, createPipeline } = require('thai-extract');")} })()`]));
    expect(result).toMatchObject(expected);
    expect(result.tokens.slice(-1)).toEqual([['2562', 'number']]);
  });

  it('loads no worker pool, and no compromise for the Latin runs news writes most, to annotate in its own thread', () => {
    const load = `(async () => {
const { createPipeline } = require('thai-extract');
const doc = await createPipeline('default').process({ id: 'x', text: 'องค์การอนามัยโลก (World Health Organization) แถลงข่าวที่ Bangkok' });
const loaded = Object.keys(require.cache).filter((file) => /node_modules[\\/](piscina|compromise)[\\/]/.test(file));
console.log(JSON.stringify({ loaded, names: doc.entities.map((e) => e.text) }));
})()`;
    const result = JSON.parse(node(['-e', load]));
    expect(result.loaded).toEqual([]);
    expect(result.names).toEqual(expect.arrayContaining(['World Health Organization', 'Bangkok']));
  });

  it('ships types for both and only the files it needs', () => {
    const pkg = path.join(project, 'node_modules/thai-extract');
    expect(existsSync(path.join(pkg, 'dist/esm/index.d.ts'))).toBe(true);
    expect(existsSync(path.join(pkg, 'dist/cjs/index.d.ts'))).toBe(true);
    expect(readFileSync(path.join(pkg, 'dist/cjs/package.json'), 'utf8')).toContain('"commonjs"');
    expect(existsSync(path.join(pkg, 'pipelines/default.json'))).toBe(true);
    // the data read at run time, with the manifests that say where it came from, but no sources
    for (const file of [
      'src/segmenter/data/gold-word-counts.tsv',
      'src/segmenter/data/provenance.json',
      'src/sentences/model/boundary-model.json',
      'src/sentences/model/provenance.json',
    ]) {
      expect([file, existsSync(path.join(pkg, file))]).toEqual([file, true]);
    }
    expect(existsSync(path.join(pkg, 'src/segmenter/dictionary-engine.ts'))).toBe(false);
    expect(existsSync(path.join(pkg, 'test'))).toBe(false);
    expect(existsSync(path.join(pkg, 'fixtures'))).toBe(false);
  });

  it('installs the thai-extract command', () => {
    const out = execFileSync(path.join(project, 'node_modules/.bin/thai-extract'), ['run', '-'], {
      cwd: project,
      encoding: 'utf8',
      input: '{"id":"n1","text":"ข่าวเช้า ธนาคารโลก (World Bank)"}\n',
    });
    const doc = JSON.parse(out);
    expect([doc.id, doc.text]).toEqual(['n1', 'ข่าวเช้า ธนาคารโลก (World Bank)']);
    // The span finder reads its shipped data files on first use.
    expect(doc.parentheticals[0].thai.text).toBe('ธนาคารโลก');
  });

  it('compiles in a strict TypeScript 6 project with the default options (no skipLibCheck) and runs a user stage', () => {
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', outDir: 'out' }, files: ['use.mts'] }),
    );
    writeFileSync(path.join(project, 'use.mts'), CONSUMER);
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], { cwd: project, encoding: 'utf8' });
    } catch (error) {
      throw new Error(`tsc failed:\n${(error as { stdout: string }).stdout}`);
    }
    const result = JSON.parse(node(['out/use.mjs']));
    expect(result).toEqual({
      keywords: [
        { start: 2, end: 6, text: 'ตลาด' },
        { start: 11, end: 15, text: 'ตลาด' },
      ],
      valid: [],
      broken: ['layers.keywords[0]: text "ตลาด" is not the text at [3, 6)'],
      hasDates: false,
      ce: 2019,
      phone: [{ label: 'PHONE', start: 6, end: 17 }],
    });
  }, 120_000);
});

// What a TypeScript user writes: a stage of their own, its layer read back in code points,
// validation, and the precise types (a misspelt field and a label used as a number do not compile).
const CONSUMER = `import { createPipeline, defineStage, findPatternEntities, validateDocument, type Span } from 'thai-extract';

const keywords = defineStage({
  name: 'keywords',
  version: '1',
  description: 'Thai words that occur twice',
  requires: ['tokens'],
  provides: ['keywords'],
  create: () => ({
    run(doc) {
      const thai = (doc.layers.tokens ?? []).filter((t) => t.kind === 'thai');
      const count = (text: string): number => thai.filter((t) => t.text === text).length;
      doc.layers['keywords'] = thai.filter((t) => count(t.text) > 1).map(({ start, end, text }): Span => ({ start, end, text }));
    },
  }),
});

const pipeline = createPipeline({ name: 'k', stages: ['decode', 'segment', 'keywords'] }, { stages: [keywords] });
const doc = await pipeline.process({ id: 'a', text: '😂 ตลาดหุ้น ตลาดทอง' });
const found = (doc.layers?.['keywords'] ?? []) as Span[];
const broken = { ...doc, layers: { keywords: [{ ...found[0], start: 3 }, ...found.slice(1)] } };

const full = await createPipeline('default').process({ id: 'b', text: 'เมื่อปี 2562 นายสมชาย ใจดี เดินทาง' });
const ce: number | undefined = full.dates[0]?.year?.ce;
const entity = full.entities[0];
if (entity) {
  // @ts-expect-error there is no such field
  void entity.lable;
  // @ts-expect-error a label is one of the ThaiNER names, not a number
  const asNumber: number = entity.label;
  void asNumber;
}

// every exported span finder counts code points: the emoji before the number is one
const phone = findPatternEntities('😂 โทร 02-123-4567').map(({ label, start, end }) => ({ label, start, end }));

console.log(JSON.stringify({ keywords: found, valid: validateDocument(doc), broken: validateDocument(broken), hasDates: 'dates' in doc, ce, phone }));
`;
