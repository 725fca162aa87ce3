import fc from 'fast-check';
import path from 'node:path';
import { filePathIn } from '../../src/io/folder-writer.js';
import { fileNameForId } from '../../src/io/safe-file-name.js';

describe('fileNameForId', () => {
  test('plain ids keep their name', () => {
    expect(fileNameForId('doc-1', '.json')).toBe('doc-1.json');
    expect(fileNameForId('ข่าว_2567.01', '.json')).toBe('ข่าว_2567.01.json');
  });

  test('ids that would escape or hide get a safe name with a hash', () => {
    expect(fileNameForId('../../etc/passwd', '.json')).toMatch(/^etc_passwd-[0-9a-f]{10}\.json$/);
    expect(fileNameForId('..', '.json')).toMatch(/^document-[0-9a-f]{10}\.json$/);
    expect(fileNameForId('/abs/path.txt', '.json')).toMatch(/^abs_path\.txt-[0-9a-f]{10}\.json$/);
    expect(fileNameForId('a\\b', '.json')).toMatch(/^a_b-[0-9a-f]{10}\.json$/);
    expect(fileNameForId('.hidden', '.json')).toMatch(/^hidden-[0-9a-f]{10}\.json$/);
  });

  test('ids differing only in unsafe characters get different names', () => {
    expect(fileNameForId('a/b', '.json')).not.toBe(fileNameForId('a:b', '.json'));
  });

  test('property: every id maps to a file directly inside the folder', () => {
    const root = path.resolve('/tmp/out');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('.', '/', '\\', 'a', 'ก', 'ไ', '\0', ':', ' ', '😀', '-', '\n'), maxLength: 300 }), (id) => {
        const file = filePathIn(root, fileNameForId(id, '.json'));
        expect(path.dirname(file)).toBe(root);
        expect(path.basename(file).startsWith('.')).toBe(false);
        expect(Buffer.byteLength(path.basename(file))).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });
});
