import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { InputItem } from '../../src/core/input-item.js';
import { expandInputs, type InputSource } from '../../src/io/input-sources.js';
import { readSource } from '../../src/io/read-records.js';
import { temporaryFolders } from '../temporary-folders.js';

const dir = temporaryFolders('thai-extract-read-records-')();

async function readAll(source: InputSource, stdin: string | Buffer = '', maxChars = 1000): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readSource(source, { maxChars, stdin: Readable.from([Buffer.from(stdin)]) })) items.push(item);
  return items;
}

/** Each item as [id, kind or error code, extra]. */
function summary(items: InputItem[]): [string, string, unknown?][] {
  return items.map((item) =>
    item.kind === 'document'
      ? [item.input.id, 'document', item.input.text ?? item.input.html ?? item.input.bytes?.length]
      : [item.record.id, item.record.error.code, item.record.error.line],
  );
}

describe('readSource: JSON Lines', () => {
  const lines = [
    '{"id":"a","text":"ฝนตกหนักที่เชียงใหม่","published":"2024-03-01"}',
    '',
    '{"text":"ไม่มีรหัส"}',
    '{"id":"b","text":',
    '[1,2]',
    '{"id":"c","title":"หัวข้อ"}',
    '{"id":7,"html":"<p>ข่าว</p>"}',
    '{"id":"d","text":42}',
  ].join('\n');

  test('every non-blank line yields one item; problems name the line', async () => {
    const items = await readAll({ kind: 'stdin' }, lines);
    expect(summary(items)).toEqual([
      ['a', 'document', 'ฝนตกหนักที่เชียงใหม่'],
      ['-:3', 'document', 'ไม่มีรหัส'],
      ['-:4', 'malformed-json', 4],
      ['-:5', 'invalid-record', 5],
      ['c', 'invalid-record', 6],
      ['7', 'document', '<p>ข่าว</p>'],
      ['d', 'invalid-record', 8],
    ]);
    const first = items[0];
    expect(first.kind === 'document' && first.input.published).toBe('2024-03-01');
  });

  test('gzip-compressed JSON Lines files read the same, ids from the file name', async () => {
    const file = path.join(dir, 'dump.jsonl.gz');
    writeFileSync(file, gzipSync(lines));
    const [source] = await expandInputs([file]);
    expect(summary(await readAll(source)).map((s) => s[0])).toEqual(['a', `${file}:3`, `${file}:4`, `${file}:5`, 'c', '7', 'd']);
  });

  // The reader's limit guards memory (6 bytes a character, escaped JSON, plus 1 MB); the exact
  // character limit is checked when the document is processed.
  test('a line over the size limit is reported and skipped, the next line still read', async () => {
    const big = JSON.stringify({ id: 'big', text: 'ก'.repeat(400_000) });
    const items = await readAll({ kind: 'stdin' }, `${big}\n{"id":"after","text":"ต่อ"}\n`, 10);
    expect(summary(items)).toEqual([
      ['big', 'too-large', 1],
      ['after', 'document', 'ต่อ'],
    ]);
    const anonymous = await readAll({ kind: 'stdin' }, JSON.stringify({ text: 'ก'.repeat(400_000), id: 'late' }), 10);
    expect(summary(anonymous)).toEqual([['-:1', 'too-large', 1]]); // the id is read only when it comes first
  });

  test('a corrupt gzip file gives an error record, not a crash', async () => {
    const file = path.join(dir, 'broken.jsonl.gz');
    writeFileSync(file, Buffer.concat([gzipSync('{"id":"x","text":"ก"}\n'.repeat(50)).subarray(0, 30)]));
    const [source] = await expandInputs([file]);
    const items = await readAll(source);
    expect(summary(items).at(-1)).toEqual([`${file}:1`, 'read-failed', 1]);
  });
});

describe('readSource: JSON that is not UTF-8', () => {
  /** Thai in TIS-620: U+0E01.. at 0xA1.. */
  const tis620 = (text: string): Buffer => Buffer.from([...text].map((c) => (c >= '\u0e01' ? c.charCodeAt(0) - 0x0e01 + 0xa1 : c.charCodeAt(0))));

  test('a TIS-620 line hands its text to the decode stage as bytes; its id and title are decoded here', async () => {
    const line = Buffer.concat([tis620('{"id":"ข่าว1","title":"หัวข้อ","text":"ภาษาไทย"}'), Buffer.from('\n{"id":"u","text":"ยูทีเอฟ"}\n')]);
    const file = path.join(dir, 'tis.jsonl');
    writeFileSync(file, line);
    const [source] = await expandInputs([file]);
    const [first, second] = await readAll(source);
    expect(first).toEqual({ kind: 'document', input: { id: 'ข่าว1', title: 'หัวข้อ', bytes: tis620('ภาษาไทย'), format: 'text' } });
    expect(second).toEqual({ kind: 'document', input: { id: 'u', text: 'ยูทีเอฟ' } });
  });

  test('invalid bytes in a line: the text goes as bytes (the decode stage warns), HTML keeps its format', async () => {
    const items = await readAll(
      { kind: 'stdin' },
      Buffer.concat([
        Buffer.from('{"id":"bad","text":"ก'),
        Buffer.from([0xff]),
        Buffer.from('"}\n{"id":"page","html":"<p>'),
        Buffer.from([0xc0]),
        Buffer.from('</p>"}'),
      ]),
    );
    expect(items.map((item) => item.kind === 'document' && [item.input.id, item.input.format, item.input.text, item.input.bytes?.length])).toEqual([
      ['bad', 'text', undefined, 4],
      ['page', 'html', undefined, 8],
    ]);
  });
});

describe('readSource: files', () => {
  test('.txt and .html are one document each, with the path as id and the raw bytes', async () => {
    const txt = path.join(dir, 'a.txt');
    const html = path.join(dir, 'b.html.gz');
    writeFileSync(txt, 'สวัสดี');
    writeFileSync(html, gzipSync('<p>ข่าว</p>'));
    const [t, h] = await expandInputs([txt, html]);
    const [ti] = await readAll(t);
    const [hi] = await readAll(h);
    expect(ti.kind === 'document' && [ti.input.id, Buffer.from(ti.input.bytes!).toString(), ti.input.format]).toEqual([txt, 'สวัสดี', undefined]);
    expect(hi.kind === 'document' && [hi.input.id, Buffer.from(hi.input.bytes!).toString(), hi.input.format]).toEqual([html, '<p>ข่าว</p>', 'html']);
  });

  test('.json holds one record or an array of them', async () => {
    const one = path.join(dir, 'one.json');
    const many = path.join(dir, 'many.json');
    writeFileSync(one, JSON.stringify({ text: 'หนึ่ง' }));
    writeFileSync(many, JSON.stringify([{ text: 'ก' }, { id: 'x', text: 'ข' }, 'oops']));
    const [o, m] = await expandInputs([one, many]);
    expect(summary(await readAll(o))).toEqual([[one, 'document', 'หนึ่ง']]);
    expect(summary(await readAll(m))).toEqual([
      [`${many}#1`, 'document', 'ก'],
      ['x', 'document', 'ข'],
      [`${many}#3`, 'invalid-record', undefined],
    ]);
  });

  test('a file too large for --max-chars is refused without being read whole', async () => {
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, 'ก'.repeat(400_000));
    const [source] = await expandInputs([file]);
    expect(summary(await readAll(source, '', 10))).toEqual([[file, 'too-large', undefined]]);
  });
});

describe('expandInputs', () => {
  test('folders recursively in path order, known extensions only; globs; -', async () => {
    const root = path.join(dir, 'corpus');
    mkdirSync(path.join(root, 'sub', 'deeper'), { recursive: true });
    for (const name of ['b.txt', 'a.html', 'notes.md', 'sub/c.jsonl', 'sub/deeper/d.txt.gz', 'sub/image.png', 'z.txt'])
      writeFileSync(path.join(root, name), 'x');
    const sources = await expandInputs([root, '-', path.join(root, 'sub', '**', '*.txt.gz')]);
    expect(sources.map((s) => (s.kind === 'file' ? `${path.relative(root, s.path)} ${s.format}${s.gzip ? '.gz' : ''}` : s.kind))).toEqual([
      'a.html html',
      'b.txt txt',
      'sub/c.jsonl jsonl',
      'sub/deeper/d.txt.gz txt.gz',
      'z.txt txt',
      'stdin',
      'sub/deeper/d.txt.gz txt.gz',
    ]);
  });

  test('140,000 files in a folder are listed, none spread into a call', async () => {
    const big = path.join(dir, 'many-files');
    mkdirSync(big);
    const count = 140_000;
    // Hard links are quicker to make than files; a file may have 65,000 of them at most (ext4).
    const originals = [0, 1, 2, 3].map((n) => path.join(dir, `original-${n}.txt`));
    for (const original of originals) writeFileSync(original, '');
    for (let i = 0; i < count; i++) linkSync(originals[i % 4], path.join(big, `${String(i).padStart(6, '0')}.txt`));
    const sources = await expandInputs([big]);
    expect(sources).toHaveLength(count);
    expect(sources[count - 1]).toMatchObject({ kind: 'file', path: path.join(big, '139999.txt'), format: 'txt' });
  }, 120_000);

  test('a missing path or an empty glob is an error naming it', async () => {
    await expect(expandInputs([path.join(dir, 'nope.txt')])).rejects.toThrow(/no such file or folder: .*nope\.txt/);
    await expect(expandInputs([path.join(dir, '*.nothing')])).rejects.toThrow(/matches no file/);
  });
});
