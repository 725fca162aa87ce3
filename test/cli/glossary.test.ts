import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { temporaryFolders } from '../temporary-folders.js';
import { runCli } from './run-cli.js';

const records = [
  { id: 'a', text: 'รัฐบาลได้ร่วมมือกับกรมส่งเสริมการเลี้ยงผึ้ง (Department of Beekeeping Promotion : DBP) เพื่อพัฒนาอาชีพเกษตรกร' },
  { id: 'b', text: 'ผู้แทนกรมส่งเสริมการเลี้ยงผึ้ง (Department of Beekeeping Promotion: DBP) และธนาคารโลก (World Bank Group) ร่วมประชุม' },
];
const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

// Only the stages this command depends on, so that the test does not follow the others.
const dir = temporaryFolders('thai-extract-glossary-')();
const pipeline = path.join(dir, 'parentheticals.json');
writeFileSync(pipeline, JSON.stringify({ name: 'parentheticals', stages: ['decode', 'normalize', 'segment', 'parentheticals'] }));

describe('thai-extract glossary', () => {
  it('aggregates the pairings of JSON Lines on standard input into JSON', async () => {
    const { status, stdout } = await runCli(['glossary', '--pipeline', pipeline, '-'], jsonl);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      schema: 'thai-extract/glossary@1',
      documents: 2,
      failed: 0,
      entries: [
        { thai: 'กรมส่งเสริมการเลี้ยงผึ้ง', english: 'Department of Beekeeping Promotion', acronym: 'DBP', count: 2, documents: 2, examples: ['a', 'b'] },
        { thai: 'ธนาคารโลก', english: 'World Bank Group', acronym: null, count: 1, documents: 1, examples: ['b'] },
      ],
    });
  });

  it('uses the parentheticals of documents that are already annotated', async () => {
    const run = await runCli(['run', '--pipeline', pipeline, '-'], jsonl);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout.split('\n')[0]);
    doc.parentheticals[0].thai = { start: 0, end: 6, text: doc.text.slice(0, 6) };
    const { stdout } = await runCli(['glossary', '--format', 'csv', '-'], JSON.stringify(doc) + '\n');
    expect(stdout).toBe('thai,english,acronym,count,documents,examples\r\nรัฐบาล,Department of Beekeeping Promotion,DBP,1,1,a\r\n');
  });

  it('writes CSV to a file with -o', async () => {
    const input = path.join(dir, 'news.jsonl');
    const output = path.join(dir, 'terms.csv');
    writeFileSync(input, jsonl);
    const { status, stdout } = await runCli(['glossary', '--pipeline', pipeline, '--format', 'csv', '--min-count', '2', '-o', output, input]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(output, 'utf8')).toBe(
      'thai,english,acronym,count,documents,examples\r\nกรมส่งเสริมการเลี้ยงผึ้ง,Department of Beekeeping Promotion,DBP,2,2,a | b\r\n',
    );
  });

  it('explains itself with examples and refuses bad options', async () => {
    const help = await runCli(['glossary', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('examples:');
    expect(help.stdout).toContain('--format json|csv');
    const bad = await runCli(['glossary', '--format', 'xml', '-']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format must be json or csv');
    expect((await runCli(['glossary'])).status).toBe(2);
  });

  it('refuses a pipeline without parentheticals before reading anything', async () => {
    const { status, stdout, stderr } = await runCli(['glossary', '--pipeline=tokens', '-'], jsonl);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^thai-extract glossary: the pipeline tokens \(.*tokens\.json\) does not provide parentheticals; add the "parentheticals" stage/);
  });

  it('reads a fixture folder once: the annotated expected.json, not its input as well', async () => {
    const { status, stdout } = await runCli(['glossary', '--format', 'csv', 'fixtures/seed-asean-us']);
    expect(status).toBe(0);
    expect(stdout).toContain('\r\nวิสาหกิจขนาดกลาง ขนาดย่อม และรายย่อยสีเขียว,"Greening Micro, Small and Medium Enterprises",MSMEs,1,1,seed-asean-us\r\n');
  });

  it('counts a record it cannot read and exits 1', async () => {
    const { status, stdout, stderr } = await runCli(['glossary', '--pipeline', pipeline, '-'], jsonl + '{not json\n');
    expect(status).toBe(1);
    expect(JSON.parse(stdout).failed).toBe(1);
    expect(stderr).toContain('-:3');
  });
});
