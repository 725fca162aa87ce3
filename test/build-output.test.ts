import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ANCHORED_ENGLISH_PARSERS } from '../src/dates/locales/th/english-guard.js';
import { QUADRATIC_REFINERS } from '../src/dates/locales/th/index.js';

// chrono-node is bundled into dist/ (scripts/build.mjs), and the dates stage tells its English
// parsers and refiners apart by class name: a class the bundler renamed would search the whole
// text, or a refiner meant to be left out would run. The README's test command builds first.
const bundles = ['dist/esm/chunks', 'dist/cjs'];
const built = bundles.every((dir) => existsSync(dir));

(built ? test : test.skip)('the bundles keep the class names of chrono’s parsers and refiners that the dates stage reads', () => {
  for (const dir of bundles) {
    const code = readdirSync(dir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(dir, file), 'utf8'))
      .join('\n');
    for (const name of [...ANCHORED_ENGLISH_PARSERS, ...QUADRATIC_REFINERS]) {
      expect([dir, name, new RegExp(`\\b${name} = class\\b`, 'u').test(code)]).toEqual([dir, name, true]);
    }
  }
});

(built ? test : test.skip)('the bundles carry the licences of the dependencies bundled into them', () => {
  expect(readdirSync('dist/esm/licenses').sort()).toEqual(['chrono-node.txt']);
  expect(readdirSync('dist/cjs/licenses').sort()).toEqual(['chrono-node.txt', 'hyparquet-writer.txt', 'p-queue.txt']);
  expect(readFileSync('dist/esm/licenses/chrono-node.txt', 'utf8')).toMatch(/MIT License/u);
});
