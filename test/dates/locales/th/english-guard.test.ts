import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isTimeUnitRun, TIME_UNIT_WORDS } from '../../../../src/dates/locales/th/english-guard.js';

test('the time units are the keys of chrono’s TIME_UNIT_DICTIONARY', () => {
  // chrono's English locale does not export its constants; read them from the installed package.
  const require = createRequire(import.meta.url);
  const constants = path.resolve(path.dirname(require.resolve('chrono-node')), '../esm/locales/en/constants.js');
  const source = readFileSync(constants, 'utf8');
  const block = (name: string): string => source.slice(source.indexOf(`${name} = {`), source.indexOf('};', source.indexOf(`${name} = {`)));
  const keys = (name: string): string[] => [...block(name).matchAll(/^\s*(\w+):/gmu)].map((m) => m[1]);
  const dictionary = new Set([...keys('TIME_UNIT_DICTIONARY'), ...keys('TIME_UNIT_DICTIONARY_NO_ABBR')]);
  expect([...TIME_UNIT_WORDS].sort()).toEqual([...dictionary].sort());
});

test('a unit alone, or written onto a number word before it or a connector after it, is a time unit run', () => {
  for (const run of ['days', 'h', 'mins', 'qtr', 'fivedays', 'halfaday', 'fewhours', 'daysago', 'hoursand', 'weekslater', 'daysa', 'dayshalf']) {
    expect([run, isTimeUnitRun(run)]).toEqual([run, true]);
  }
});

test('a word that only holds a unit’s letters is not (Health, WHO, data, Organization)', () => {
  for (const run of ['health', 'who', 'world', 'data', 'organization', 'assessment', 'asean', 'covid', 'moon']) {
    expect([run, isTimeUnitRun(run)]).toEqual([run, false]);
  }
});
