import { formatOfPath } from '../../src/io/input-format.js';

test('formats from extensions, gzip from .gz, unknown is null', () => {
  expect(formatOfPath('a/b.TXT')).toEqual({ format: 'txt', gzip: false });
  expect(formatOfPath('page.htm.gz')).toEqual({ format: 'html', gzip: true });
  expect(formatOfPath('dump.jsonl.gz')).toEqual({ format: 'jsonl', gzip: true });
  expect(formatOfPath('x.ndjson')).toEqual({ format: 'jsonl', gzip: false });
  expect(formatOfPath('doc.json')).toEqual({ format: 'json', gzip: false });
  expect(formatOfPath('image.png')).toBeNull();
  expect(formatOfPath('README')).toBeNull();
  expect(formatOfPath('archive.gz')).toBeNull();
});
