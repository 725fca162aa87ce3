import fc from 'fast-check';
import { UniqueIds } from '../../src/batch/unique-ids.js';
import { expectTimeRatio } from '../linear-time.js';

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

/** The rule as first written: the smallest free suffix from 2, probed every time. */
function takeBySearch(seen: Set<string>, id: string): string {
  let unique = id;
  for (let n = 2; seen.has(unique); n++) unique = `${id}#${n}`;
  seen.add(unique);
  return unique;
}

test('property: every id comes out once, and each name is the smallest free suffix (as a resumed run renames)', () => {
  const id = fc.oneof(fc.constantFrom('a', 'a#2', 'a#3', 'a#2#2', 'b', 'b#2', '#2', ''), fc.string({ maxLength: 3 }));
  fc.assert(
    fc.property(fc.array(id, { maxLength: 60 }), (input) => {
      const ids = new UniqueIds();
      const seen = new Set<string>();
      const out = input.map((x) => ids.take(x));
      expect(out).toEqual(input.map((x) => takeBySearch(seen, x)));
      expect(new Set(out).size).toBe(out.length);
    }),
  );
});

// Equal ids cost 2 to 3 times distinct ones (each builds its `#N` name); probing the suffixes from
// 2 every time, as first written, costs thousands of times: 10 tells them apart with room for a
// loaded machine (3 failed once in CI at 3.1).
test('40,000 records with one id take at most 10 times as long as 40,000 distinct ids', async () => {
  const distinct = Array.from({ length: 40_000 }, (_, i) => `doc-${i}`);
  const same = Array.from({ length: 40_000 }, () => 'doc');
  const takeAll = (list: string[]): void => {
    const ids = new UniqueIds();
    for (const x of list) ids.take(x);
  };
  await expectTimeRatio(takeAll, distinct, same, { maxRatio: 10 }, '40,000 equal ids against 40,000 distinct');
});
