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
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, stdio: 'pipe' });
  }, 240_000);

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

  it('ships types for both and only the files it needs', () => {
    const pkg = path.join(project, 'node_modules/thai-extract');
    expect(existsSync(path.join(pkg, 'dist/esm/index.d.ts'))).toBe(true);
    expect(existsSync(path.join(pkg, 'dist/cjs/index.d.ts'))).toBe(true);
    expect(readFileSync(path.join(pkg, 'dist/cjs/package.json'), 'utf8')).toContain('"commonjs"');
    expect(existsSync(path.join(pkg, 'pipelines/default.json'))).toBe(true);
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
});
