import fc from 'fast-check';
import { BIOES_TAGS, TAGS, allowedEnds, allowedTransitions, spansFromTags } from '../../src/entities/labels.js';
import { transitionTable, viterbi } from '../../src/entities/viterbi.js';

/** Small tag sets of the two schemes (two labels), so that every sequence can be listed. */
const SMALL_BIO = ['O', 'B-PERSON', 'I-PERSON', 'B-DATE', 'I-DATE'];
const SMALL_BIOES = ['O', 'B-PERSON', 'I-PERSON', 'E-PERSON', 'S-PERSON', 'B-DATE', 'I-DATE', 'E-DATE', 'S-DATE'];

/** The best valid sequence by listing them all (the first in tag order of equally good ones). */
function bruteForce(emissions: Float64Array, length: number, tags: readonly string[], weights: Float64Array): { score: number; valid: boolean } {
  const n = tags.length;
  const allowed = allowedTransitions(tags);
  const ends = allowedEnds(tags);
  let best = -Infinity;
  const walk = (i: number, previous: number, score: number): void => {
    if (i === length) {
      if (ends[previous]) best = Math.max(best, score);
      return;
    }
    for (let t = 0; t < n; t++) {
      if (!allowed[previous * n + t]) continue;
      walk(i + 1, t, score + weights[previous * n + t] + emissions[i * n + t]);
    }
  };
  walk(0, n, 0);
  return { score: best, valid: best > -Infinity };
}

function scoreOf(sequence: ArrayLike<number>, emissions: Float64Array, n: number, weights: Float64Array): number {
  let score = 0;
  let previous = n;
  for (let i = 0; i < sequence.length; i++) {
    score += weights[previous * n + sequence[i]] + emissions[i * n + sequence[i]];
    previous = sequence[i];
  }
  return score;
}

const weightsArb = (n: number) => fc.array(fc.integer({ min: -8, max: 8 }), { minLength: (n + 1) * n, maxLength: (n + 1) * n });

describe('Viterbi under BIO and BIOES constraints', () => {
  for (const [name, tags] of [
    ['BIO', SMALL_BIO],
    ['BIOES', SMALL_BIOES],
  ] as const) {
    it(`finds the best valid ${name} sequence, with and without the shortcut over shared predecessors`, () => {
      const n = tags.length;
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 5 }),
          weightsArb(n),
          fc.array(fc.integer({ min: -8, max: 8 }), { minLength: 5 * n, maxLength: 5 * n }),
          (length, w, e) => {
            const weights = Float64Array.from(w);
            const emissions = Float64Array.from(e);
            const allowed = allowedTransitions(tags);
            const table = transitionTable(weights, allowed, n, allowedEnds(tags));
            const plain = { ...table, largestInto: new Float64Array(n).fill(NaN) };
            const best = viterbi(emissions, length, table);
            const expected = bruteForce(emissions, length, tags, weights);
            expect(scoreOf(best, emissions, n, weights)).toBe(expected.score);
            expect(Array.from(viterbi(emissions, length, plain))).toEqual(Array.from(best));
            // a valid sequence: every step allowed, and it ends where an entity may end
            let previous = n;
            for (const t of best) {
              expect(allowed[previous * n + t]).toBe(1);
              previous = t;
            }
            expect(allowedEnds(tags)[previous]).toBe(1);
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it('lets BIOES close an entity only with E-X or S-X', () => {
    const allowed = allowedTransitions(BIOES_TAGS);
    const n = BIOES_TAGS.length;
    const at = (from: string, to: string): number => allowed[(from === 'start' ? n : BIOES_TAGS.indexOf(from)) * n + BIOES_TAGS.indexOf(to)];
    expect(at('B-PERSON', 'E-PERSON')).toBe(1);
    expect(at('I-PERSON', 'I-PERSON')).toBe(1);
    expect(at('B-PERSON', 'O')).toBe(0);
    expect(at('I-PERSON', 'B-DATE')).toBe(0);
    expect(at('E-PERSON', 'S-DATE')).toBe(1);
    expect(at('S-PERSON', 'I-PERSON')).toBe(0);
    expect(at('start', 'E-PERSON')).toBe(0);
    expect(at('start', 'S-PERSON')).toBe(1);
    expect(Array.from(allowedEnds(BIOES_TAGS)).filter((ok, t) => !ok && !/^[BI]-/.test(BIOES_TAGS[t]))).toEqual([]);
    expect(allowedEnds(BIOES_TAGS)[BIOES_TAGS.indexOf('I-DATE')]).toBe(0);
    // BIO: anything may end a sentence, and O may follow B-X
    expect(Array.from(allowedEnds(TAGS)).every(Boolean)).toBe(true);
    expect(allowedTransitions(TAGS)[TAGS.indexOf('B-DATE') * TAGS.length + TAGS.indexOf('O')]).toBe(1);
  });

  it('reads the same spans from BIO and BIOES tags', () => {
    const bio = ['O', 'B-PERSON', 'I-PERSON', 'B-PERSON', 'B-DATE', 'I-DATE', 'I-DATE', 'O'].map((t) => TAGS.indexOf(t));
    const bioes = ['O', 'B-PERSON', 'E-PERSON', 'S-PERSON', 'B-DATE', 'I-DATE', 'E-DATE', 'O'].map((t) => BIOES_TAGS.indexOf(t));
    const spans = [
      { start: 1, end: 3, label: 'PERSON' },
      { start: 3, end: 4, label: 'PERSON' },
      { start: 4, end: 7, label: 'DATE' },
    ];
    expect(spansFromTags(TAGS, bio)).toEqual(spans);
    expect(spansFromTags(BIOES_TAGS, bioes)).toEqual(spans);
  });
});
