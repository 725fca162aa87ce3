import fc from 'fast-check';
import { TupleIndex } from '../../src/entities/tuple-index.js';

describe('TupleIndex', () => {
  it('numbers triples in the order they are added and finds them again', () => {
    const index = new TupleIndex();
    expect(index.get(3, 4, 0)).toBe(-1);
    expect(index.add(3, 4, 0)).toBe(0);
    expect(index.add(4, 3, 0)).toBe(1);
    expect(index.add(3, 4, 1)).toBe(2);
    expect([index.get(3, 4, 0), index.get(4, 3, 0), index.get(3, 4, 1), index.get(0, 0, 0)]).toEqual([0, 1, 2, -1]);
    expect(index.size).toBe(3);
    index.clear();
    expect([index.size, index.get(3, 4, 0), index.add(7, 7, 7), index.get(7, 7, 7)]).toEqual([0, -1, 0, 0]);
  });

  it('property: agrees with a map of the same triples, across growth', () => {
    const triple = fc.tuple(fc.nat(5000), fc.nat(5000), fc.nat(40));
    fc.assert(
      fc.property(fc.array(triple, { maxLength: 3000 }), (triples) => {
        const index = new TupleIndex();
        const expected = new Map<string, number>();
        for (const [a, b, c] of triples) {
          const key = `${a},${b},${c}`;
          if (!expected.has(key)) {
            expect(index.get(a, b, c)).toBe(-1);
            expected.set(key, index.add(a, b, c));
          }
          expect(index.get(a, b, c)).toBe(expected.get(key));
        }
        expect(index.size).toBe(expected.size);
        expect([...expected.values()]).toEqual([...expected.keys()].map((_, k) => k));
      }),
      { numRuns: 50 },
    );
  });
});
