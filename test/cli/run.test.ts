import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { temporaryFolders } from '../temporary-folders.js';
import { runCli } from './run-cli.js';

const root = process.cwd(); // jest runs from the project root
const dir = temporaryFolders('thai-extract-run-')();
// A small pipeline of stable stages: these tests are about batches, not annotation.
const pipeline = path.join(dir, 'test-pipeline.json');
writeFileSync(pipeline, JSON.stringify({ name: 'test', stages: ['decode', 'normalize', 'segment'] }));

const ids = (stdout: string): string[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).id);
const errors = (stdout: string): [string, string][] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
    .filter((r) => r.error)
    .map((r) => [r.id, r.error.code]);

describe('thai-extract run (in this thread)', () => {
  const jsonl = [
    JSON.stringify({ id: 'a', text: 'รัฐบาลประกาศมาตรการใหม่', published: '2024-03-01' }),
    '{"id":"broken",',
    JSON.stringify({ id: 'empty', text: '' }),
    JSON.stringify({ id: 'a', text: 'ข่าวซ้ำรหัส' }),
    JSON.stringify({ id: 'page', html: '<html><head><title>หัวข้อ</title></head><body><p>เนื้อข่าว</p></body></html>' }),
  ].join('\n');

  test('standard input: one line per record in order, documents only on stdout, status 1 naming the failures', async () => {
    const { status, stdout, stderr } = await runCli(['run', '--pipeline', pipeline, '--workers', '0', '-'], jsonl);
    expect(ids(stdout)).toEqual(['a', '-:2', 'empty', 'a#2', 'page']);
    expect(errors(stdout)).toEqual([
      ['-:2', 'malformed-json'],
      ['empty', 'empty'],
    ]);
    const broken = JSON.parse(stdout.split('\n')[1]);
    expect(broken.error).toMatchObject({ source: '-', line: 2 });
    const first = JSON.parse(stdout.split('\n')[0]);
    expect([first.text, first.meta.published]).toEqual(['รัฐบาลประกาศมาตรการใหม่', '2024-03-01']);
    const page = JSON.parse(stdout.split('\n')[4]);
    expect([page.text, page.meta.title]).toEqual(['เนื้อข่าว', 'หัวข้อ']);
    expect(status).toBe(1);
    expect(stderr).toContain('5 documents, 3 ok, 2 failed (malformed-json 1, empty 1)');
    expect(stderr).toContain('1 duplicate id was made unique (first: a -> a#2)');
    expect(stderr).toMatch(/^thai-extract run: 2 documents failed$/m);
  });

  test('status 0 when every document was processed', async () => {
    const { status, stdout } = await runCli(['run', '--pipeline', pipeline, '--quiet', '-'], '{"id":"x","text":"ดี"}\n');
    expect([status, ids(stdout)]).toEqual([0, ['x']]);
  });

  test('files, folders and globs; a folder of output files whose names cannot escape it', async () => {
    const corpus = path.join(dir, 'corpus');
    mkdirSync(path.join(corpus, 'sub'), { recursive: true });
    writeFileSync(path.join(corpus, 'one.txt'), 'ข้อความหนึ่ง');
    writeFileSync(path.join(corpus, 'sub', 'two.jsonl.gz'), gzipSync(`${JSON.stringify({ id: '../../escape', text: 'สอง' })}\n`));
    writeFileSync(path.join(corpus, 'skip.png'), 'not read');
    const out = path.join(dir, 'docs') + path.sep;
    const { status } = await runCli(['run', '--pipeline', pipeline, '-o', out, corpus]);
    expect(status).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^escape-[0-9a-f]{10}\.json$/);
    const one = JSON.parse(readFileSync(path.join(out, names[1]), 'utf8'));
    expect([one.id, one.text]).toEqual([path.join(corpus, 'one.txt'), 'ข้อความหนึ่ง']);
    expect(existsSync(path.join(dir, 'escape.json'))).toBe(false);
  });

  test('--resume after a torn write: every id exactly once', async () => {
    const input = path.join(dir, 'resume-in.jsonl');
    writeFileSync(input, Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `ข่าวที่ ${i}` })).join('\n'));
    const out = path.join(dir, 'resume-out.jsonl');
    await runCli(['run', '--pipeline', pipeline, '-o', out, input]);
    const lines = readFileSync(out, 'utf8').split('\n');
    writeFileSync(out, lines.slice(0, 12).join('\n') + '\n' + lines[12].slice(0, 40)); // killed mid-line
    const { status, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', out, '--resume', input]);
    expect(status).toBe(0);
    expect(stderr).toContain('cut a torn last line (40 bytes)');
    expect(stderr).toContain('resumed: 12 documents were already done');
    expect(ids(readFileSync(out, 'utf8'))).toEqual(Array.from({ length: 30 }, (_, i) => `r${i}`));
  });

  test('--resume into a folder writes only the documents whose files are missing', async () => {
    const input = path.join(dir, 'folder-in.jsonl');
    writeFileSync(input, ['x1', 'x2', 'x3'].map((id) => JSON.stringify({ id, text: `ข่าว ${id}` })).join('\n'));
    const out = path.join(dir, 'folder-out') + path.sep;
    await runCli(['run', '--pipeline', pipeline, '-o', out, input]);
    rmSync(path.join(out, 'x2.json'));
    writeFileSync(path.join(out, 'x1.json'), 'kept');
    const { status, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', out, '--resume', input]);
    expect(status).toBe(0);
    expect(stderr).toContain('1 document, 1 ok, 0 failed');
    expect(readdirSync(out).sort()).toEqual(['x1.json', 'x2.json', 'x3.json']);
    expect(readFileSync(path.join(out, 'x1.json'), 'utf8')).toBe('kept');
    expect(JSON.parse(readFileSync(path.join(out, 'x2.json'), 'utf8')).text).toBe('ข่าว x2');
  });

  test('usage errors: status 2 and one line', async () => {
    for (const [argv, message] of [
      [['run'], /no INPUT given/],
      [['run', '--resume', '-'], /--resume needs -o OUT/],
      [['run', '--workers', 'many', '-'], /--workers must be a whole number/],
      [['run', '--frobnicate', '-'], /unknown option --frobnicate/],
      [['run', path.join(dir, 'missing.txt')], /no such file or folder/],
      [['run', '--pipeline', 'nope', '-'], /no such built-in pipeline/],
      [['run', '--format', 'json', '-'], /--format json writes files into a folder: give -o DIR\//],
      [['run', '--format', 'jsonl', '-o', `${dir}/`, '-'], /--format jsonl writes one stream: give -o FILE/],
      [['run', '--format', 'xml', '-'], /--format must be one of jsonl, json, spacy, .*, got "xml"/],
      [['run', '--quiet=yes', '-'], /--quiet takes no value/],
      [['run', '--pipeline'], /--pipeline needs a value/],
    ] as const) {
      const { status, stderr, stdout } = await runCli([...argv]);
      expect([status, stdout]).toEqual([2, '']);
      expect(stderr).toMatch(message);
    }
  });

  test('a pipeline whose stage uses a layer a later stage provides: status 2 before any input is read, naming both', async () => {
    const late = path.join(dir, 'late-dates.json');
    writeFileSync(late, JSON.stringify({ name: 'late', stages: ['decode', 'segment', 'entities', 'dates'] }));
    // The input does not exist: the definition is checked first, so that is never noticed.
    const { status, stdout, stderr } = await runCli(['run', `--pipeline=${late}`, path.join(dir, 'never-read.txt')]);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toBe(`thai-extract run: ${late}: stage 3 "entities" uses "dates", which stage 4 "dates" provides after it: put "dates" before "entities"\n`);
  });

  test('--format json with -o DIR/ writes one file per document, as -o DIR/ alone does', async () => {
    const out = path.join(dir, 'by-format');
    const { status } = await runCli(['run', '--pipeline', pipeline, '--quiet', '--format', 'json', '-o', `${out}/`, '-'], '{"id":"f1","text":"ข่าว"}\n');
    expect(status).toBe(0);
    expect(readdirSync(out)).toEqual(['f1.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'f1.json'), 'utf8'))).toMatchObject({ id: 'f1', text: 'ข่าว', tokens: [{ text: 'ข่าว' }] });
  });

  test('--help answers every option, with examples', async () => {
    const { stdout } = await runCli(['run', '--help']);
    for (const option of [
      '--pipeline',
      '-o, --output',
      '--format FORMAT',
      'jsonl, json',
      '--resume',
      '--workers',
      '--max-chars',
      '--quiet',
      'examples:',
      '.jsonl.gz',
      'exit status',
    ]) {
      expect(stdout).toContain(option);
    }
  });
});

// The built command line, as users and the scorers run it: worker threads, kill -9 and resume.
describe('thai-extract run (built, worker threads)', () => {
  const build = path.join(root, '.build', `test-run-${process.pid}`);
  const cli = path.join(build, 'esm', 'cli.js');
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, env: { ...process.env, BUILD_OUT: path.relative(root, build) } });
  });
  afterAll(() => rmSync(build, { recursive: true, force: true }));

  const FLOOD = 'ฝนตกหนักในภาคเหนือทำให้น้ำท่วมหลายอำเภอ เจ้าหน้าที่เร่งช่วยเหลือประชาชนที่ได้รับผลกระทบอย่างต่อเนื่อง';

  /** A corpus of good documents mixed with every kind of bad input; returns the ids that must fail. */
  function makeCorpus(): { inputs: string[]; bad: Map<string, string>; total: number } {
    const folder = path.join(dir, 'mixed');
    mkdirSync(folder, { recursive: true });
    const bad = new Map<string, string>();
    const lines: (string | Buffer)[] = [];
    const dump = path.join(folder, 'dump.jsonl');
    for (let i = 1; i <= 1500; i++) {
      const line = lines.length + 1;
      if (i % 97 === 0) {
        lines.push(`{"id":"m${i}","text":"ตัดจบ`);
        bad.set(`${dump}:${line}`, 'malformed-json');
      } else if (i % 101 === 0) {
        lines.push(JSON.stringify({ id: `e${i}`, text: ' ' }));
        bad.set(`e${i}`, 'empty');
      } else if (i % 211 === 0) {
        lines.push(Buffer.from(Array.from({ length: 64 }, (_, k) => (k * 37 + i) % 256).filter((b) => b !== 0x0a))); // binary junk
        bad.set(`${dump}:${line}`, 'malformed-json');
      } else {
        lines.push(JSON.stringify({ id: `d${i}`, text: `ข่าวหมายเลข ${i} รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกรผู้ประสบภัยน้ำท่วมในภาคเหนือ`.repeat(3) }));
      }
    }
    lines.push(JSON.stringify({ id: 'big', text: 'ก'.repeat(1_750_000) })); // 5.25 MB of UTF-8, over --max-chars
    bad.set('big', 'too-large');
    lines.push(JSON.stringify({ id: 'long-ok', text: 'ข่าวยาว '.repeat(20_000) }));
    writeFileSync(dump, Buffer.concat(lines.map((line) => Buffer.concat([Buffer.from(line), Buffer.from('\n')]))));
    const junk = path.join(folder, 'junk.txt');
    writeFileSync(junk, Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 131) % 256)));
    bad.set(junk, 'binary');
    // TIS-620: Thai letters U+0E01.. at 0xA1..
    writeFileSync(path.join(folder, 'tis.txt'), Buffer.from([...'ภาษาไทย'].map((c) => c.charCodeAt(0) - 0x0e01 + 0xa1)));
    writeFileSync(
      path.join(folder, 'page.html'),
      '<html><head><meta property="article:published_time" content="2024-01-02"></head><body><article><p>ข่าวจากหน้าเว็บ</p></article></body></html>',
    );
    writeFileSync(
      path.join(folder, 'page-2.html'),
      `<html><head><title>น้ำท่วมภาคเหนือ</title></head><body><nav><a href="/">หน้าแรก</a> <a href="/news">ข่าว</a></nav>` +
        `<article><h1>น้ำท่วมภาคเหนือ</h1><time datetime="2024-02-03">3 ก.พ. 2567</time><p>${FLOOD}</p><p>${FLOOD}</p></article><footer>ติดต่อเรา</footer></body></html>`,
    );
    return { inputs: [folder], bad, total: 1500 + 2 + 4 };
  }

  function start(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<{ status: number | null; stderr: string }> } {
    const child = spawn(process.execPath, [cli, 'run', '--pipeline', pipeline, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.resume();
    const done = new Promise<{ status: number | null; stderr: string }>((resolve) => child.on('close', (status) => resolve({ status, stderr })));
    return { child, done };
  }

  test('killed with kill -9 partway and resumed: every id exactly once, errors for exactly the bad inputs', async () => {
    const { inputs, bad, total } = makeCorpus();
    const out = path.join(dir, 'mixed-out.jsonl');
    const args = ['-o', out, '--workers', '2', '--max-chars', '200000', ...inputs];
    const first = start(args);
    // Kill once some output exists, with the run still going.
    while (!(existsSync(out) && statSync(out).size > 100_000)) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await first.done;
    const partial = readFileSync(out, 'utf8').split('\n').length - 1;
    expect(partial).toBeLessThan(total);

    const second = await start([...args.slice(0, 2), '--resume', ...args.slice(2)]).done;
    const results = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const seen = results.map((r) => r.id);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const failed = new Map(results.filter((r) => r.error).map((r) => [r.id, r.error.code]));
    expect(failed).toEqual(bad);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`^thai-extract run: ${bad.size} documents failed$`, 'm'));
    const tis = results.find((r) => r.id.endsWith('tis.txt'));
    expect([tis.text, tis.meta.encoding]).toEqual(['ภาษาไทย', 'windows-874']);
    const page = results.find((r) => r.id.endsWith('page.html'));
    expect([page.text, page.meta.published]).toEqual(['ข่าวจากหน้าเว็บ', '2024-01-02']);
    const page2 = results.find((r) => r.id.endsWith('page-2.html'));
    // Readability drops the menu and the footer. The headline and byline stay in the text: lifting
    // them into meta is the `clean` stage's work, which this pipeline leaves out.
    expect([page2.text, page2.meta.title, page2.meta.published]).toEqual([`น้ำท่วมภาคเหนือ\n3 ก.พ. 2567\n${FLOOD}\n${FLOOD}`, 'น้ำท่วมภาคเหนือ', '2024-02-03']);
  });

  // auto: 4000 records of 300 characters are more than 1M characters, so workers start.
  test("the scorers' path: JSON Lines on stdin, workers, exact ids in order on stdout", async () => {
    const text = 'ประโยคที่ของการทดสอบระบบตัดคำภาษาไทยที่ยาวพอสมควร '.repeat(6);
    const records = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `s${i}`, text: `${i} ${text}` }));
    for (const workers of ['2', 'auto']) {
      const child = spawn(process.execPath, [cli, 'run', '--pipeline', pipeline, '--workers', workers, '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stdin.end(records.join('\n') + '\n');
      const status = await new Promise((resolve) => child.on('close', resolve));
      expect(status).toBe(0);
      expect(ids(stdout)).toEqual(records.map((_, i) => `s${i}`));
    }
  });
});
