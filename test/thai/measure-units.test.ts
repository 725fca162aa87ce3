import { MEASURE_UNITS } from '../../src/thai/measure-units.js';

describe('units of measure', () => {
  it('are Thai words, each listed once', () => {
    for (const unit of MEASURE_UNITS) expect(unit).toMatch(/^[\u0E01-\u0E4E]+$/u);
    expect(new Set(MEASURE_UNITS).size).toBe(MEASURE_UNITS.length);
  });
});
