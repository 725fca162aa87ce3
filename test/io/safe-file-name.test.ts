import fc from 'fast-check';
import path from 'node:path';
import { filePathIn } from '../../src/io/folder-writer.js';
import { fileNameForId } from '../../src/io/safe-file-name.js';

const HASHED = /~[0-9a-f]{32}\.json$/;

/** Two names a case-insensitive, normalisation-insensitive file system (macOS) takes for one. */
const asMacOsSeesIt = (name: string): string => name.normalize('NFD').toLowerCase();

describe('fileNameForId', () => {
  test('plain ids keep their name', () => {
    expect(fileNameForId('doc-1', '.json')).toBe('doc-1.json');
    expect(fileNameForId('ข่าว_2567.01', '.json')).toBe('ข่าว_2567.01.json');
  });

  test('ids that would escape or hide get a safe name with a hash', () => {
    expect(fileNameForId('../../etc/passwd', '.json')).toMatch(/^etc_passwd~[0-9a-f]{32}\.json$/);
    expect(fileNameForId('../../etc/x', '.json')).toMatch(/^etc_x~[0-9a-f]{32}\.json$/);
    expect(fileNameForId('..', '.json')).toMatch(/^document~[0-9a-f]{32}\.json$/);
    expect(fileNameForId('/abs/path.txt', '.json')).toMatch(/^abs_path\.txt~[0-9a-f]{32}\.json$/);
    expect(fileNameForId('a\\b', '.json')).toMatch(/^a_b~[0-9a-f]{32}\.json$/);
    expect(fileNameForId('.hidden', '.json')).toMatch(/^hidden~[0-9a-f]{32}\.json$/);
  });

  test('ids that differ only where a file system does not look get a hash: upper case, normalisation, device names', () => {
    expect(fileNameForId('Doc-1', '.json')).toMatch(/^Doc-1~[0-9a-f]{32}\.json$/);
    expect(fileNameForId('straße', '.json')).toMatch(HASHED);
    expect(fileNameForId('e\u0301', '.json')).toMatch(/^é~[0-9a-f]{32}\.json$/);
    expect(fileNameForId('é', '.json')).toBe('é.json');
    expect(fileNameForId('con', '.json')).toMatch(/^con~/);
    expect(fileNameForId('nul.txt', '.json')).toMatch(/^nul\.txt~/);
    expect(fileNameForId('ก'.repeat(51), '.json')).toMatch(HASHED);
  });

  test('lone surrogates and U+FFFD, which UTF-8 makes alike, get three names', () => {
    const names = ['\ud800', '\udc00', '\ufffd'].map((id) => fileNameForId(id, '.json'));
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^document~[0-9a-f]{32}\.json$/);
  });

  test('an id spelled like the changed name of another id does not take that name', () => {
    const changed = fileNameForId('a/b', '.json');
    const lookalike = changed.slice(0, -'.json'.length);
    expect(fileNameForId(lookalike, '.json')).not.toBe(changed);
    expect(fileNameForId('a_b-3ec69c85a4', '.json')).toBe('a_b-3ec69c85a4.json');
    expect(fileNameForId('a/b', '.json')).not.toBe('a_b-3ec69c85a4.json');
  });

  test('property: different ids never share a name, even where case and normalisation are ignored', () => {
    const unit = fc.constantFrom(
      'a',
      'A',
      'b',
      'ß',
      's',
      'é',
      'e',
      '\u0301',
      'ก',
      '่',
      '\ud800',
      '\udc00',
      '\ufffd',
      '/',
      '_',
      '~',
      '-',
      '.',
      '0',
      ' ',
      'İ',
      'i',
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit, maxLength: 8 }), { minLength: 2, maxLength: 40 }), (ids) => {
        const names = ids.map((id) => asMacOsSeesIt(fileNameForId(id, '.json')));
        expect(new Set(names).size).toBe(ids.length);
      }),
      { numRuns: 500 },
    );
  });

  test('property: every id maps to a file directly inside the folder', () => {
    const root = path.resolve('/tmp/out');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('.', '/', '\\', 'a', 'ก', 'ไ', '\0', ':', ' ', '😀', '-', '\n', '~'), maxLength: 300 }), (id) => {
        const file = filePathIn(root, fileNameForId(id, '.json'));
        expect(path.dirname(file)).toBe(root);
        expect(path.basename(file).startsWith('.')).toBe(false);
        expect(Buffer.byteLength(path.basename(file))).toBeLessThan(200);
      }),
      { numRuns: 500 },
    );
  });
});
