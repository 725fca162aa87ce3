import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporaryFolders } from '../temporary-folders.js';
import { runCli } from './run-cli.js';

const newFolder = temporaryFolders('thai-extract-cli-');

describe('thai-extract', () => {
  it('lists every command with examples under --help', async () => {
    const { status, stdout } = await runCli(['--help']);
    expect(status).toBe(0);
    for (const name of ['run', 'stages', 'pipelines', 'check-fixtures']) expect(stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(stdout).toContain('examples:');
  });

  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('answers an unknown command with the list and status 2', async () => {
    const { status, stderr } = await runCli(['rn']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/unknown command "rn" \(commands: run, /);
  });

  it('lists stages with what they require and provide', async () => {
    const { status, stdout } = await runCli(['stages']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^segment \(v\d+\)$/m);
    expect(stdout).toContain('requires: text    uses: -    provides: tokens');
    expect(stdout).toContain('requires: tokens    uses: dates, parentheticals    provides: entities');
    expect(stdout).toMatch(/option engine: string \(default\|wordcut\|icu\), default "default"/);
  });

  it('lists pipelines and checks a definition before reading any document', async () => {
    expect((await runCli(['pipelines'])).stdout).toMatch(/^default: decode → normalize → clean → segment/m);
    const file = path.join(newFolder(), 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', stages: ['decode', 'tokenize'] }));
    const check = await runCli(['pipelines', '--check', file]);
    expect(check.status).toBe(2);
    expect(check.stderr).toContain(`${file}: stage 2: unknown stage "tokenize"`);
    const run = await runCli(['run', '--pipeline', file, '-'], '{"id":"a","text":"ข่าว"}\n');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown stage "tokenize"');
  });
});

describe('thai-extract check-fixtures', () => {
  function copyFixture(name: string): string {
    const dir = newFolder();
    cpSync(path.resolve('fixtures', name), path.join(dir, name), { recursive: true });
    return dir;
  }

  it('exits 0 when every fixture matches', async () => {
    const { status, stdout } = await runCli(['check-fixtures', copyFixture('tis620-weather')]);
    expect(stdout).toBe('✓ tis620-weather: match\n1 passed, 0 failed\n');
    expect(status).toBe(0);
  });

  it('a missing folder is a usage error: status 2, one line, no stack', async () => {
    const { status, stdout, stderr } = await runCli(['check-fixtures', '--pipeline=default', 'no/such/folder']);
    expect([status, stdout, stderr]).toEqual([2, '', 'thai-extract check-fixtures: no/such/folder: no such fixture folder\n']);
  });

  it('exits 1 with a readable diff when a fixture differs', async () => {
    const dir = copyFixture('tis620-weather');
    const file = path.join(dir, 'tis620-weather', 'expected.json');
    const expected = JSON.parse(readFileSync(file, 'utf8'));
    expected.meta.title = 'ข่าวอื่น';
    writeFileSync(file, JSON.stringify(expected));
    const { status, stdout } = await runCli(['check-fixtures', dir]);
    expect(status).toBe(1);
    expect(stdout).toContain('✗ tis620-weather: differs\n    meta.title: "ข่าวอื่น" → "กรมอุตุนิยมวิทยาพยากรณ์อากาศ ฉบับที่ 12"\n');
    expect(stdout).toMatch(/0 passed, 1 failed\n$/);
  });
});
