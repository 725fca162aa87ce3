import { isListedGivenName, knownGivenNames, loadNameLists } from '../../src/entities/name-lists.js';

test('the lists are read once per process: the lexicon and the given-name checks share them', () => {
  const lists = loadNameLists();
  expect(loadNameLists()).toBe(lists);
  expect(knownGivenNames().size).toBe(new Set(lists.given).size);
});

test('a given name of government news, or a foreign one written in Thai, is listed; a common word is not', () => {
  expect(['สมชาย', 'ประยุทธ์', 'ราฟาเอล', 'ประเทศ'].map(isListedGivenName)).toEqual([true, true, true, false]);
});
