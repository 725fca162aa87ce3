import fc from 'fast-check';

// In CI, property tests run with a fixed seed so that a run is reproducible and a red build
// is never luck; elsewhere every run explores new inputs. FAST_CHECK_SEED picks a seed to replay.
const seed = process.env.FAST_CHECK_SEED ?? (process.env.CI ? '20261126' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
