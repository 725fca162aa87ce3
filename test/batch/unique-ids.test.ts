import { UniqueIds } from '../../src/batch/unique-ids.js';

test('repeated ids get #2, #3, skipping names already taken; the same input order gives the same names', () => {
  const run = (): string[] => {
    const ids = new UniqueIds();
    return ['a', 'b', 'a', 'a#2', 'a', 'b'].map((id) => ids.take(id));
  };
  expect(run()).toEqual(['a', 'b', 'a#2', 'a#2#2', 'a#3', 'b#2']);
  expect(run()).toEqual(run());
  const ids = new UniqueIds();
  for (const id of ['x', 'x', 'y', 'x']) ids.take(id);
  expect([ids.renamed, ids.firstRenaming]).toEqual([2, 'x -> x#2']);
});
