import { expectLinearTime, expectTimeRatio } from './linear-time.js';

// The harness the adversarial tests rely on must tell linear from quadratic work.
const linear = (n: number): number => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i % 7;
  return sum;
};
const quadratic = (n: number): number => {
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j += 1) sum += (i ^ j) & 1;
  return sum;
};

test('a linear function passes a tenfold size at a ratio limit of 15', async () => {
  const measured = await expectLinearTime(linear, (n) => n * 1000, { small: 100, large: 1000, maxRatio: 15 });
  expect(measured.ratio).toBeGreaterThan(3);
});

test('a quadratic function fails it, naming the sizes and the ratio', async () => {
  await expect(expectLinearTime(quadratic, (n) => n, { small: 300, large: 3000, maxRatio: 15, runs: 3 })).rejects.toThrow(
    /time grew too fast \(3000 against 300\): .* a ratio of \d+\.\d \(at most 15 allowed\)/,
  );
});

test('expectTimeRatio compares two inputs of the same size', async () => {
  await expect(expectTimeRatio(quadratic, 100, 1000, { maxRatio: 3, runs: 3 })).rejects.toThrow(/at most 3 allowed/);
  await expectTimeRatio(linear, 100_000, 100_000, { maxRatio: 3 });
});
