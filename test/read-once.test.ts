import path from 'node:path';
import { readOncePerPath } from '../src/read-once.js';

describe('readOncePerPath', () => {
  it('reads a file once whether it is named relative or absolute, and each file apart', () => {
    const reads: string[] = [];
    const read = readOncePerPath((file) => {
      reads.push(file);
      return { file };
    });
    const relative = 'package.json';
    const first = read(relative);
    expect(read(relative)).toBe(first);
    expect(read(path.resolve(relative))).toBe(first);
    expect(read('tsconfig.json')).not.toBe(first);
    expect(reads).toEqual([path.resolve('package.json'), path.resolve('tsconfig.json')]);
  });
});
