/**
 * Time-growth checks for the adversarial tests: is a function linear in its input? Absolute
 * times mean nothing on a shared machine, so these compare two timings taken in the same
 * process, interleaved (a burst of load hits both), each the median of several runs after a
 * warm-up, and assert their ratio with a generous constant. Quadratic growth over a tenfold
 * size is a ratio of 100; linear is 10; a limit of 15 or 20 tells them apart with room for noise.
 *
 *   await expectLinearTime((text) => segment(text), (n) => ' '.repeat(n), { small: 10_000, large: 100_000, maxRatio: 15 });
 *
 * REPORT_TIME_RATIOS=1 npm test -- ... prints every ratio measured.
 */

export interface TimeRatioOptions {
  /** The largest ratio of the two timings accepted. */
  maxRatio: number;
  /** Timings taken of each (default 5); the median counts. */
  runs?: number;
  /** Each timing repeats the call until it lasts at least this long (default 20 ms), so the clock's resolution does not matter. */
  minSampleMs?: number;
}

export interface LinearTimeOptions extends TimeRatioOptions {
  /** The sizes compared: `makeInput(small)` and `makeInput(large)`. */
  small: number;
  large: number;
}

/** What was measured: milliseconds a call (median) for each input and their ratio. */
export interface TimeRatio {
  reference: number;
  candidate: number;
  ratio: number;
}

type Fn<I> = (input: I) => unknown;

/**
 * Asserts that `fn` on `makeInput(large)` takes at most `maxRatio` times as long as on
 * `makeInput(small)`. Pick `maxRatio` from the size ratio: for tenfold, 15 (linear gives 10,
 * quadratic 100). Returns the measurement, for the test to report.
 */
export async function expectLinearTime<I>(fn: Fn<I>, makeInput: (size: number) => I, options: LinearTimeOptions): Promise<TimeRatio> {
  const small = makeInput(options.small);
  const large = makeInput(options.large);
  return expectTimeRatio(fn, small, large, options, `${options.large} against ${options.small}`);
}

/**
 * Asserts that `fn(candidate)` takes at most `maxRatio` times as long as `fn(reference)`: for
 * inputs of the same size whose shape must not matter (40,000 equal ids against 40,000 distinct).
 */
export async function expectTimeRatio<I>(
  fn: Fn<I>,
  reference: I,
  candidate: I,
  options: TimeRatioOptions,
  what = 'candidate against reference',
): Promise<TimeRatio> {
  // A burst of load on a shared machine (the other test workers) can spoil a measurement or two;
  // a real blow-up fails every one, so the best of up to three counts.
  let measured = await timeRatio(fn, reference, candidate, options);
  for (let attempt = 1; attempt < 3 && measured.ratio > options.maxRatio; attempt++) {
    const again = await timeRatio(fn, reference, candidate, options);
    if (again.ratio < measured.ratio) measured = again;
  }
  if (process.env.REPORT_TIME_RATIOS)
    console.log(`time ratio (${what}): ${measured.ratio.toFixed(2)} (${measured.candidate.toFixed(2)} / ${measured.reference.toFixed(2)} ms)`);
  if (measured.ratio > options.maxRatio) {
    throw new Error(
      `time grew too fast (${what}): ${measured.candidate.toFixed(2)} ms against ${measured.reference.toFixed(2)} ms, ` +
        `a ratio of ${measured.ratio.toFixed(1)} (at most ${options.maxRatio} allowed)`,
    );
  }
  return measured;
}

/** The two medians and their ratio, the timings of the two inputs interleaved. */
export async function timeRatio<I>(fn: Fn<I>, reference: I, candidate: I, options: TimeRatioOptions): Promise<TimeRatio> {
  const runs = options.runs ?? 5;
  const minSampleMs = options.minSampleMs ?? 20;
  // Warm-up: the first calls compile the code and grow the heap.
  await fn(reference);
  await fn(candidate);
  const repeatReference = await repetitionsFor(fn, reference, minSampleMs);
  const repeatCandidate = await repetitionsFor(fn, candidate, minSampleMs);
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < runs; run++) {
    times[0].push(await sample(fn, reference, repeatReference));
    times[1].push(await sample(fn, candidate, repeatCandidate));
  }
  const ref = median(times[0]);
  const cand = median(times[1]);
  return { reference: ref, candidate: cand, ratio: cand / Math.max(ref, 1e-6) };
}

/** How many calls in a row last at least `minSampleMs`. */
async function repetitionsFor<I>(fn: Fn<I>, input: I, minSampleMs: number): Promise<number> {
  const once = await sample(fn, input, 1);
  return Math.max(1, Math.min(10_000, Math.ceil(minSampleMs / Math.max(once, 0.01))));
}

/** Milliseconds a call, over `times` calls. */
async function sample<I>(fn: Fn<I>, input: I, times: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < times; i++) await fn(input);
  return (performance.now() - start) / times;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
