import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  symlinkSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { temporaryFolders } from '../temporary-folders.js';
import { longArticle } from './long-article.js';
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
    expect(names[0]).toMatch(/^escape~[0-9a-f]{32}\.json$/);
    const one = JSON.parse(readFileSync(path.join(out, names[1]), 'utf8'));
    expect([one.id, one.text]).toEqual([path.join(corpus, 'one.txt'), 'ข้อความหนึ่ง']);
    expect(existsSync(path.join(dir, 'escape.json'))).toBe(false);
  });

  test('-o DIR/: ids that used to share a file (lone surrogates, U+FFFD, a/b and its old hashed name) each get their own', async () => {
    const records = ['\ud800', '\udc00', '\ufffd', 'a/b', 'a_b-3ec69c85a4', 'A_B-3EC69C85A4'].map((id, i) => JSON.stringify({ id, text: `ข่าว ${i}` }));
    const out = path.join(dir, 'colliding') + path.sep;
    const { status, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', out, '-'], records.join('\n'));
    expect(status).toBe(0);
    expect(stderr).toContain('6 documents, 6 ok, 0 failed');
    const names = readdirSync(out);
    expect(names).toHaveLength(6);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(6);
    const texts = names.map((name) => JSON.parse(readFileSync(path.join(out, name), 'utf8')).text).sort();
    expect(texts).toEqual([0, 1, 2, 3, 4, 5].map((i) => `ข่าว ${i}`));
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

  test('--resume into a folder redoes the documents whose files are missing or not complete results; failures still count', async () => {
    const input = path.join(dir, 'folder-in.jsonl');
    writeFileSync(input, ['x1', 'x2', 'x3', 'x4'].map((id) => JSON.stringify({ id, text: id === 'x4' ? ' ' : `ข่าว ${id}` })).join('\n'));
    const out = path.join(dir, 'folder-out') + path.sep;
    const first = await runCli(['run', '--pipeline', pipeline, '-o', out, input]);
    expect(first.status).toBe(1);
    rmSync(path.join(out, 'x2.json'));
    writeFileSync(path.join(out, 'x1.json'), '{"schema":"thai-extract/document@1","id":"x1","te');
    const { status, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', out, '--resume', input]);
    // As the uninterrupted run: one document failed (x4 is empty), so status 1, counted once.
    expect(status).toBe(1);
    expect(stderr).toContain(`resume: 1 file(s) in ${out} are not a complete document or error record`);
    expect(stderr).toContain('4 documents, 3 ok, 1 failed (empty 1)');
    expect(stderr).toContain('resumed: 2 documents were already done (1 of them failed)');
    expect(stderr).toMatch(/^thai-extract run: 1 document failed$/m);
    expect(readdirSync(out).sort()).toEqual(['x1.json', 'x2.json', 'x3.json', 'x4.json']);
    for (const id of ['x1', 'x2']) expect(JSON.parse(readFileSync(path.join(out, `${id}.json`), 'utf8')).text).toBe(`ข่าว ${id}`);
  });

  test('--resume with a broken middle line and a NUL line: they are removed and their records redone; status and counts as uninterrupted', async () => {
    const input = path.join(dir, 'middle-in.jsonl');
    const records = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `m${i}`, text: i === 7 ? '' : `ข่าวที่ ${i}` }));
    writeFileSync(input, records.join('\n'));
    const out = path.join(dir, 'middle-out.jsonl');
    const whole = await runCli(['run', '--pipeline', pipeline, '-o', out, input]);
    const lines = readFileSync(out, 'utf8').split('\n');
    lines[3] = lines[3].slice(0, 25);
    lines[5] = '\0\0';
    writeFileSync(out, lines.join('\n'));
    const resumed = await runCli(['run', '--pipeline', pipeline, '-o', out, '--resume', input]);
    expect(resumed.status).toBe(whole.status);
    expect(resumed.status).toBe(1);
    expect(resumed.stderr).toContain(`resume: removed 2 invalid line(s) from ${out}`);
    const summary = (stderr: string): string | undefined =>
      stderr
        .split('\n')
        .find((line) => line.includes(' documents, '))
        ?.replace(/; .*/, '');
    expect(summary(resumed.stderr)).toBe(summary(whole.stderr));
    expect(summary(whole.stderr)).toBe('thai-extract run: 12 documents, 11 ok, 1 failed (empty 1)');
    const seen = ids(readFileSync(out, 'utf8'));
    expect(seen.slice().sort()).toEqual(records.map((_, i) => `m${i}`).sort());
  });

  test('JSON Lines that are not UTF-8: TIS-620 is decoded as a .txt file is, invalid bytes are a warning on their document', async () => {
    const tis620 = (text: string): Buffer => Buffer.from([...text].map((c) => (c >= '\u0e01' ? c.charCodeAt(0) - 0x0e01 + 0xa1 : c.charCodeAt(0))));
    const file = path.join(dir, 'legacy.jsonl');
    writeFileSync(
      file,
      Buffer.concat([
        tis620('{"id":"tis","text":"ข่าวภาษาไทยจากระบบเก่า"}\n'),
        Buffer.from('{"id":"stray","text":"ข่าว'),
        Buffer.from([0xff]),
        Buffer.from('ดี"}\n'),
      ]),
    );
    const { status, stdout } = await runCli(['run', '--pipeline', pipeline, '--quiet', file]);
    expect(status).toBe(0);
    const [tis, stray] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect([tis.id, tis.text, tis.meta.encoding, tis.warnings]).toEqual(['tis', 'ข่าวภาษาไทยจากระบบเก่า', 'windows-874', []]);
    expect([stray.id, stray.text, stray.meta.encoding]).toEqual(['stray', 'ข่าว\ufffdดี', 'utf-8']);
    expect(stray.warnings).toEqual([{ stage: 'decode', code: 'invalid-bytes', message: '1 byte(s) are not valid utf-8 and became U+FFFD' }]);
  });

  test('a UTF-16 file without a byte-order mark is read as text, not refused as binary', async () => {
    const file = path.join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.from('ข่าว (news) วันที่ 1 มีนาคม 2562', 'utf16le'));
    const { status, stdout } = await runCli(['run', '--pipeline', pipeline, '--quiet', file]);
    const doc = JSON.parse(stdout);
    expect([status, doc.text, doc.meta.encoding]).toEqual([0, 'ข่าว (news) วันที่ 1 มีนาคม 2562', 'utf-16le']);
  });

  test('the output is an input: a usage error before anything is read or written', async () => {
    const file = path.join(dir, 'self.jsonl');
    const content = `${JSON.stringify({ id: 's', text: 'ข่าว' })}\n`;
    writeFileSync(file, content);
    const linked = path.join(dir, 'self-link.jsonl');
    symlinkSync(file, linked);
    for (const output of [file, linked]) {
      const { status, stdout, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', output, file]);
      expect([status, stdout]).toEqual([2, '']);
      expect(stderr).toBe(`thai-extract run: the output ${output} is also an input (${file}): it would be overwritten while it is read; write elsewhere\n`);
    }
    const folder = path.join(dir, 'self-folder');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.json'), JSON.stringify({ id: 'a', text: 'ข่าว' }));
    const { status, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', `${folder}/`, folder]);
    expect(status).toBe(2);
    expect(stderr).toContain(`is also an input (${path.join(folder, 'a.json')})`);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });

  test('an output another run holds is refused with status 3, naming it; a lock its killed run left is taken over', async () => {
    const out = path.join(dir, 'locked.jsonl');
    const lock = path.join(dir, '.locked.jsonl.thai-extract.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
    const refused = await runCli(['run', '--pipeline', pipeline, '-o', out, '-'], '{"id":"a","text":"ข่าว"}\n');
    expect([refused.status, refused.stdout]).toEqual([3, '']);
    expect(refused.stderr).toBe(
      `thai-extract run: ${out} is being written by another run (process ${process.pid} on ${hostname()}, since 2026-01-01T00:00:00.000Z); wait for it to end, or remove ${lock} if no run is using it\n`,
    );
    expect(existsSync(out)).toBe(false);
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('close', resolve));
    writeFileSync(lock, JSON.stringify({ pid: gone.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
    const taken = await runCli(['run', '--pipeline', pipeline, '--quiet', '-o', out, '-'], '{"id":"a","text":"ข่าว"}\n');
    expect(taken.status).toBe(0);
    expect(ids(readFileSync(out, 'utf8'))).toEqual(['a']);
    expect(existsSync(lock)).toBe(false);
  });

  test('a full disk, a missing folder, a file where a folder should be: status 3 and one line naming the output', async () => {
    const full = path.join(dir, 'full.jsonl');
    symlinkSync('/dev/full', full);
    const missing = path.join(dir, 'no-such-folder', 'out.jsonl');
    const underFile = path.join(pipeline, 'out.jsonl');
    const cases: [string, string][] = [
      [missing, `cannot write ${missing}: no such file or directory (ENOENT)`],
      [underFile, `cannot write ${underFile}: not a directory (ENOTDIR)`],
    ];
    // Linux's /dev/full fails every write with ENOSPC, as a full disk does.
    if (existsSync('/dev/full'))
      cases.push([full, `cannot write ${full}: no space left on device (ENOSPC); what was written is kept, and --resume goes on from it`]);
    for (const [output, message] of cases) {
      const { status, stdout, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', output, '-'], '{"id":"a","text":"ข่าว"}\n');
      expect([status, stdout, stderr]).toEqual([3, '', `thai-extract run: ${message}\n`]);
    }
    const blocked = path.join(dir, 'blocked-out');
    mkdirSync(path.join(blocked, 'a.json'), { recursive: true });
    const { status, stderr } = await runCli(['run', '--pipeline', pipeline, '-o', `${blocked}/`, '-'], '{"id":"a","text":"ข่าว"}\n');
    expect([status, stderr]).toEqual([
      3,
      `thai-extract run: cannot write ${path.join(blocked, 'a.json')}: illegal operation on a directory (EISDIR); what was written is kept, and --resume goes on from it\n`,
    ]);
  });

  test('usage errors: status 2 and one line', async () => {
    for (const [argv, message] of [
      [['run'], /no INPUT given/],
      [['run', '--resume', '-'], /--resume needs -o OUT/],
      [['run', '--workers', 'many', '-'], /--workers must be a whole number/],
      [['run', '--workers', '100000', '-'], /--workers must be at most \d+ here \(4 per core\), got 100000/],
      [['run', '--frobnicate', '-'], /unknown option --frobnicate/],
      [['run', path.join(dir, 'missing.txt')], /no such file or folder/],
      [['run', '--pipeline', 'nope', '-'], /no such built-in pipeline/],
      [['run', '--pipeline', '/dev/zero', '-'], /^thai-extract run: \/dev\/zero: larger than 1 MB: not a pipeline definition\n$/],
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

  test('a word list or model file that never ends (/dev/zero) is refused past its limit, with status 2, not read until memory runs out', async () => {
    for (const [stage, option, position, limit, what] of [
      ['segment', 'dictionaryFile', 2, '64 MB', 'a word list'],
      ['sentences', 'model', 3, '64 MB', 'a sentence model'],
      ['entities', 'model', 3, '256 MB', 'an entity model'],
    ] as const) {
      const definition = path.join(dir, `zero-${stage}.json`);
      const stages = [
        'decode',
        stage === 'segment' ? { stage, options: { [option]: '/dev/zero' } } : 'segment',
        ...(stage === 'segment' ? [] : [{ stage, options: { [option]: '/dev/zero' } }]),
      ];
      writeFileSync(definition, JSON.stringify({ name: 'zero', stages }));
      const { status, stdout, stderr } = await runCli(['run', '--pipeline', definition, '--workers', '0', '-'], '{"id":"a","text":"ข่าว"}\n');
      expect([status, stdout]).toEqual([2, '']);
      expect(stderr).toBe(`thai-extract run: ${definition}: stage ${position} "${stage}": /dev/zero has more than ${limit}; ${what} may not be larger\n`);
    }
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
      '3  the output could not be used or written',
      'a torn, corrupted or repeated one is removed',
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

  function lastByte(file: string): number {
    const fd = openSync(file, 'r');
    try {
      const byte = Buffer.alloc(1);
      readSync(fd, byte, 0, 1, fstatSync(fd).size - 1);
      return byte[0];
    } finally {
      closeSync(fd);
    }
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
    // Readability drops the menu and the footer; the page reader lifts the headline and the byline into meta.
    expect([page2.text, page2.meta.title, page2.meta.published]).toEqual([`${FLOOD}\n${FLOOD}`, 'น้ำท่วมภาคเหนือ', '2024-02-03']);
  });

  test("the reviewers' check: a mixed corpus with a 5 MB article, default pipeline, kill -9 mid-way and --resume: every good id once, errors only for the bad", async () => {
    const folder = path.join(dir, 'reviewers');
    mkdirSync(folder, { recursive: true });
    const news = (n: number, prefix: string): string[] =>
      Array.from({ length: n }, (_, i) =>
        JSON.stringify({ id: `${prefix}${i}`, text: `ข่าวหมายเลข ${i} นายสมชาย ใจดี เดินทางไปจังหวัดเชียงใหม่เมื่อวันที่ 3 มีนาคม 2567 ${FLOOD}` }),
      );
    const first = path.join(folder, 'a-news.jsonl');
    const bad = new Map<string, string>([
      [`${first}:41`, 'malformed-json'],
      ['empty-one', 'empty'],
      ['not-text', 'invalid-record'],
    ]);
    const lines = news(120, 'a');
    lines.splice(40, 0, '{"id":"torn","text":"ตัดจบ');
    lines.splice(80, 0, JSON.stringify({ id: 'empty-one', text: ' \n ' }), JSON.stringify({ id: 'not-text', text: 42 }));
    writeFileSync(first, `${lines.join('\n')}\n`);
    // On one line (its line breaks lost): a worker capped at 256 MB ran out of heap on this article.
    const article = path.join(folder, 'b-article.txt');
    writeFileSync(article, longArticle(5 * 1024 * 1024, Infinity));
    writeFileSync(path.join(folder, 'c-news.jsonl'), `${news(250, 'c').join('\n')}\n`);
    const junk = path.join(folder, 'd-junk.txt');
    writeFileSync(junk, Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 131) % 256)));
    bad.set(junk, 'binary');
    const total = 120 + 3 + 1 + 250 + 1;

    const out = path.join(dir, 'reviewers-out.jsonl');
    const args = ['--pipeline', 'default', '-o', out, '--workers', '2', folder];
    const started = spawn(process.execPath, [cli, 'run', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let firstStderr = '';
    started.stderr.on('data', (d) => (firstStderr += d));
    const firstDone = new Promise((resolve) => started.on('close', resolve));
    // The article's line is about 56 MB: kill once it is whole (the file ends with a line break), mid-way through c-news.
    const articleWritten = (): boolean => existsSync(out) && statSync(out).size > 20_000_000 && lastByte(out) === 0x0a;
    while (!articleWritten()) {
      if (started.exitCode !== null) throw new Error(`the first run ended before it was killed: ${firstStderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    started.kill('SIGKILL');
    await firstDone;
    const written = readFileSync(out).toString('latin1').split('\n').length - 1;
    expect(written).toBeLessThan(total);

    const resumed = spawn(process.execPath, [cli, 'run', ...args.slice(0, 4), '--resume', ...args.slice(4)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    resumed.stderr.on('data', (d) => (stderr += d));
    const status = await new Promise((resolve) => resumed.on('close', resolve));
    const results = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    const seen = results.map((r) => r.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(total);
    expect(new Map(results.filter((r) => r.error).map((r) => [r.id, r.error.code]))).toEqual(bad);
    const big = results.find((r) => r.id === article);
    expect(big.error).toBeUndefined();
    expect([...big.text].length).toBeGreaterThan(1_700_000);
    expect(big.entities.length).toBeGreaterThan(1000);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^thai-extract run: ${total} documents, ${total - bad.size} ok, ${bad.size} failed`, 'm'));
  }, 600_000);

  /** Runs the built command to its end, with standard input given. */
  async function runBuilt(args: string[], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, [cli, 'run', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    // Bytes first, decoded once: a character split between two chunks must not become U+FFFD.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.stdin.end(input);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  }

  test('the same output with and without workers, whatever else is in the batch: a record with a field nested 20,000 deep, a 300k-character record', async () => {
    let deep = '1';
    for (let i = 0; i < 20_000; i++) deep = `[${deep}]`;
    const records = [
      `{"id":"deep","text":"${FLOOD}","extra":${deep}}`,
      JSON.stringify({ id: 'long', text: FLOOD.repeat(3000).slice(0, 300_000) }),
      JSON.stringify({ id: 'medium', text: FLOOD.repeat(2200).slice(0, 210_000) }),
      ...Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: `small${i}`, text: `${i} ${FLOOD}` })),
    ];
    const input = `${records.join('\n')}\n`;
    const inThread = await runBuilt(['--pipeline', pipeline, '--quiet', '--workers', '0', '-'], input);
    const inWorkers = await runBuilt(['--pipeline', pipeline, '--quiet', '--workers', '2', '-'], input);
    expect([inThread.status, inWorkers.status]).toEqual([0, 0]);
    expect(ids(inWorkers.stdout)).toEqual(['deep', 'long', 'medium', 'small0', 'small1', 'small2', 'small3', 'small4']);
    // Each line by id and hash, so that a difference names the document without printing megabytes.
    const lines = (stdout: string): string[] =>
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => `${JSON.parse(line).id} ${createHash('sha256').update(line).digest('hex').slice(0, 16)}`);
    expect(lines(inWorkers.stdout)).toEqual(lines(inThread.stdout));
  });

  /** Runs the built command line as `| head -1` reads it: the first line, then the pipe closed; its exit status and standard error. */
  const firstLineThenClose = async (argv: string[]): Promise<[unknown, string]> => {
    const child = spawn(process.execPath, [cli, ...argv], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', function first(chunk: Buffer) {
        if (!chunk.includes(0x0a)) return;
        child.stdout.off('data', first);
        child.stdout.destroy();
        resolve();
      }),
    );
    return [await new Promise((resolve) => child.on('close', resolve)), stderr];
  };

  test('| head -1 with workers: the closed pipe ends the run with one clean line, every time', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `p${i}`, text: `${i} ${FLOOD}` })).join('\n');
    const input = path.join(dir, 'pipe-in.jsonl');
    writeFileSync(input, records);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await firstLineThenClose(['run', '--pipeline', pipeline, '--workers', '2', input])).toEqual([
        3,
        'thai-extract run: the output was closed before every document was written\n',
      ]);
    }
  });

  test('| head -1 on convert and check-fixtures: no stack; convert ends with status 3 as run does', async () => {
    const seedDocument = JSON.stringify(JSON.parse(readFileSync(path.join(root, 'fixtures/seed-asean-us/expected.json'), 'utf8')));
    const documents = path.join(dir, 'pipe-docs.jsonl');
    writeFileSync(documents, `${Array.from({ length: 400 }, (_, i) => seedDocument.replace('"id":"seed-asean-us"', `"id":"d${i}"`)).join('\n')}\n`);
    expect(await firstLineThenClose(['convert', '--to', 'conllu', documents])).toEqual([
      3,
      'thai-extract convert: the output was closed before every document was written\n',
    ]);
    const [status, stderr] = await firstLineThenClose(['check-fixtures', 'fixtures']);
    expect([status === 0 || status === 1, stderr]).toEqual([true, '']);
  });

  test('two runs on one output: the second is refused, naming it; the first writes every id once', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `t${i}`, text: `${i} ${FLOOD}` })).join('\n');
    const input = path.join(dir, 'twice-in.jsonl');
    writeFileSync(input, records);
    for (const [out, lock] of [
      [path.join(dir, 'twice.jsonl'), path.join(dir, '.twice.jsonl.thai-extract.lock')],
      [`${path.join(dir, 'twice-folder')}/`, path.join(dir, 'twice-folder', '.thai-extract.lock')],
    ]) {
      const first = spawn(process.execPath, [cli, 'run', '--pipeline', pipeline, '--quiet', '--workers', '2', '-o', out, input], { stdio: 'ignore' });
      const firstDone = new Promise((resolve) => first.on('close', resolve));
      while (!existsSync(lock)) await new Promise((r) => setTimeout(r, 5));
      const second = await runBuilt(['--pipeline', pipeline, '--workers', '2', '-o', out, input]);
      expect(second.status).toBe(3);
      expect(second.stderr).toMatch(
        new RegExp(`^thai-extract run: ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is being written by another run \\(process ${first.pid} on `),
      );
      expect(await firstDone).toBe(0);
      const written = out.endsWith('/')
        ? readdirSync(out).map((name) => JSON.parse(readFileSync(path.join(out, name), 'utf8')).id)
        : ids(readFileSync(out, 'utf8'));
      expect(written.sort()).toEqual(Array.from({ length: 3000 }, (_, i) => `t${i}`).sort());
      expect(existsSync(lock)).toBe(false);
    }
  });

  test('an unreadable subfolder is one read-failed error record; the rest of the run goes on', async () => {
    const corpus = path.join(dir, 'locked-corpus');
    mkdirSync(path.join(corpus, 'locked'), { recursive: true });
    writeFileSync(path.join(corpus, 'a.txt'), 'ข่าวหนึ่ง');
    writeFileSync(path.join(corpus, 'locked', 'b.txt'), 'ข่าวสอง');
    writeFileSync(path.join(corpus, 'z.txt'), 'ข่าวสาม');
    chmodSync(path.join(corpus, 'locked'), 0o000);
    // Root reads any folder: the command then runs as the unprivileged user "nobody".
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    if (asNobody.uid !== undefined) for (const folder of [dir, corpus]) chmodSync(folder, 0o755);
    const child = spawn(process.execPath, [cli, 'run', '--pipeline', pipeline, '--quiet', corpus], { stdio: ['ignore', 'pipe', 'pipe'], ...asNobody });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const status = await new Promise((resolve) => child.on('close', resolve));
    chmodSync(path.join(corpus, 'locked'), 0o755);
    expect([status, stderr]).toEqual([1, '']);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((r) => [r.id, r.error?.code ?? r.text])).toEqual([
      [path.join(corpus, 'a.txt'), 'ข่าวหนึ่ง'],
      [path.join(corpus, 'locked'), 'read-failed'],
      [path.join(corpus, 'z.txt'), 'ข่าวสาม'],
    ]);
    expect(lines[1].error.message).toMatch(/^cannot read .*locked: EACCES/);
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
