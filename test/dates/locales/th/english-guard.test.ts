import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isMonthNameRun, isTimeUnitRun, MONTH_WORDS, ORDINAL_RUN_WORDS, TIME_UNIT_WORDS } from '../../../../src/dates/locales/th/english-guard.js';

// chrono's English locale does not export its constants; they are read from the installed package.
const require = createRequire(import.meta.url);
const constants = readFileSync(path.resolve(path.dirname(require.resolve('chrono-node')), '../esm/locales/en/constants.js'), 'utf8');
/** The keys of one of chrono's dictionaries, quoted or not. */
function dictionaryKeys(name: string): string[] {
  const start = constants.indexOf(`${name} = {`);
  return [...constants.slice(start, constants.indexOf('};', start)).matchAll(/^\s*"?([\w .-]+?)"?:/gmu)].map((m) => m[1]);
}

test('the time units are the keys of chrono’s TIME_UNIT_DICTIONARY', () => {
  const dictionary = new Set([...dictionaryKeys('TIME_UNIT_DICTIONARY'), ...dictionaryKeys('TIME_UNIT_DICTIONARY_NO_ABBR')]);
  expect([...TIME_UNIT_WORDS].sort()).toEqual([...dictionary].sort());
});

test('the month names are the keys of chrono’s MONTH_DICTIONARY, and the ordinal words its one-run ordinals and the tens of the others', () => {
  const months = new Set([...dictionaryKeys('FULL_MONTH_NAME_DICTIONARY'), ...dictionaryKeys('MONTH_DICTIONARY')]);
  expect([...MONTH_WORDS].sort()).toEqual([...new Set([...months].map((key) => key.replace(/\.$/u, '')))].sort());
  const ordinals = dictionaryKeys('ORDINAL_WORD_DICTIONARY').map((key) => key.split(/[ -]/u)[0]);
  expect([...ORDINAL_RUN_WORDS].sort()).toEqual([...new Set(ordinals)].sort());
});

test('a month name alone, or written onto an ordinal, of, in or an era before it, or of or an ordinal word after it, is a month name run', () => {
  for (const run of [
    'june',
    'sept',
    'may',
    'firstjanuary',
    'stofjan',
    'thofmay',
    'injune',
    'adjan',
    'bcedec',
    'januaryof',
    'junetwenty',
    'decfifth',
    'octfirstto',
  ]) {
    expect([run, isMonthNameRun(run)]).toEqual([run, true]);
  }
});

test('a word that only holds a month’s letters is not (mayor, Octo, Marathon, Junes, sepsis)', () => {
  for (const run of ['mayor', 'octo', 'marathon', 'junes', 'sepsis', 'health', 'organization', 'asean', 'decade', 'augustus']) {
    expect([run, isMonthNameRun(run)]).toEqual([run, false]);
  }
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
