import fc from 'fast-check';
import { mapOrdered } from '../../src/core/ordered-map.js';

async function* numbers(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

test('property: results keep input order whatever the completion order, with at most `concurrency` in flight', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.nat(5), { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), async (delays, concurrency) => {
      let inFlight = 0;
      let peak = 0;
      const results: number[] = [];
      const work = async (i: number): Promise<number> => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, delays[i]));
        inFlight--;
        return i * 10;
      };
      for await (const r of mapOrdered(numbers(delays.length), work, { concurrency })) results.push(r);
      expect(results).toEqual(delays.map((_, i) => i * 10));
      expect(peak).toBeLessThanOrEqual(concurrency);
    }),
    { numRuns: 40 },
  );
});

test('a weight budget holds back further items while heavy ones are in flight', async () => {
  let inFlight = 0;
  let peak = 0;
  const work = async (i: number): Promise<number> => {
    peak = Math.max(peak, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight--;
    return i;
  };
  const results: number[] = [];
  for await (const r of mapOrdered(numbers(20), work, { concurrency: 10, maxWeight: 25, weight: () => 10 })) results.push(r);
  expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
  expect(peak).toBe(3); // the third item goes over 25, so it waits alone with the two before it
});
