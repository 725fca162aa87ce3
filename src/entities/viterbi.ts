/**
 * The tag pairs a decoder may use: for each tag, the tags that may precede it. Built once per
 * tag set. Most tags share one set of predecessors, that of O: under BIO every tag (O and B-X
 * accept any predecessor, I-X only B-X and I-X), under BIOES O, E-X and S-X (for O, B-X, S-X).
 */
export interface TransitionTable {
  nTags: number;
  /** `weights[from * nTags + to]`; row `nTags` is the sentence start. */
  weights: Float64Array;
  /** Predecessors of `to`: `from[fromStart[to] .. fromStart[to + 1])`, in ascending order. */
  from: Int32Array;
  fromStart: Int32Array;
  startAllowed: Uint8Array;
  /** Whether a sentence may end on each tag (not on an entity that must go on). */
  endAllowed: Uint8Array;
  /** The predecessors of O, which most tags share. */
  shared: Uint8Array;
  /** For a tag whose predecessors are the shared ones, the largest weight of a transition into it; NaN for the others. */
  largestInto: Float64Array;
}

export function transitionTable(
  weights: ArrayLike<number>,
  allowed: Uint8Array,
  nTags: number,
  endAllowed: Uint8Array = new Uint8Array(nTags).fill(1),
): TransitionTable {
  const from: number[] = [];
  const fromStart = new Int32Array(nTags + 1);
  const shared = new Uint8Array(nTags);
  for (let f = 0; f < nTags; f++) shared[f] = allowed[f * nTags];
  const largestInto = new Float64Array(nTags).fill(NaN);
  for (let to = 0; to < nTags; to++) {
    fromStart[to] = from.length;
    let sameAsShared = true;
    for (let f = 0; f < nTags; f++) {
      if (allowed[f * nTags + to]) from.push(f);
      if (allowed[f * nTags + to] !== shared[f]) sameAsShared = false;
    }
    if (sameAsShared) {
      largestInto[to] = -Infinity;
      for (let f = 0; f < nTags; f++) if (shared[f]) largestInto[to] = Math.max(largestInto[to], weights[f * nTags + to]);
    }
  }
  fromStart[nTags] = from.length;
  const startAllowed = new Uint8Array(nTags);
  for (let to = 0; to < nTags; to++) startAllowed[to] = allowed[nTags * nTags + to];
  return { nTags, weights: Float64Array.from(weights), from: Int32Array.from(from), fromStart, startAllowed, endAllowed, shared, largestInto };
}

// Working space, reused from call to call (every cell read is written first in the same call).
let scoreBuffer = new Float64Array(1 << 14);
let backBuffer = new Int32Array(1 << 14);

/**
 * Best tag sequence under a first-order model; `emissions[i * nTags + t]` scores tag t at unit i.
 * Of equally good predecessors the first in tag order wins. For a tag whose predecessors are the
 * shared ones, the best of those alone usually decides: when even the largest transition weight
 * cannot lift the runner-up past it, the other predecessors are not scored (the same result,
 * fewer sums).
 */
export function viterbi(emissions: Float64Array, length: number, table: TransitionTable): Int32Array {
  const { nTags, weights, from, fromStart, startAllowed, endAllowed, shared, largestInto } = table;
  const best = new Int32Array(length);
  if (length === 0) return best;
  if (scoreBuffer.length < length * nTags) {
    scoreBuffer = new Float64Array(length * nTags * 2);
    backBuffer = new Int32Array(length * nTags * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  // the best score of the previous unit among the shared predecessors (the first tag that has it) and the best of the others, kept as the scores are written
  let top = 0;
  let topScore = -Infinity;
  let runnerUp = -Infinity;
  for (let t = 0; t < nTags; t++) {
    const value = startAllowed[t] ? emissions[t] + weights[nTags * nTags + t] : -Infinity;
    score[t] = value;
    if (!shared[t]) continue;
    if (value > topScore) {
      runnerUp = topScore;
      topScore = value;
      top = t;
    } else if (value > runnerUp) runnerUp = value;
  }
  for (let i = 1; i < length; i++) {
    const row = i * nTags;
    const prev = row - nTags;
    const previousTop = top;
    const previousRunnerUp = runnerUp;
    top = 0;
    topScore = -Infinity;
    runnerUp = -Infinity;
    for (let to = 0; to < nTags; to++) {
      let bestScore = -Infinity;
      let bestFrom = 0;
      const viaTop = score[prev + previousTop] + weights[previousTop * nTags + to];
      if (previousRunnerUp + largestInto[to] < viaTop) {
        // NaN (a tag with restricted predecessors) never gets here
        bestScore = viaTop;
        bestFrom = previousTop;
      } else {
        for (let k = fromStart[to], end = fromStart[to + 1]; k < end; k++) {
          const f = from[k];
          const s = score[prev + f] + weights[f * nTags + to];
          if (s > bestScore) {
            bestScore = s;
            bestFrom = f;
          }
        }
      }
      const value = bestScore + emissions[row + to];
      score[row + to] = value;
      back[row + to] = bestFrom;
      if (!shared[to]) continue;
      if (value > topScore) {
        runnerUp = topScore;
        topScore = value;
        top = to;
      } else if (value > runnerUp) runnerUp = value;
    }
  }
  let last = 0;
  const lastRow = (length - 1) * nTags;
  for (let t = 1; t < nTags; t++) if (endAllowed[t] && score[lastRow + t] > score[lastRow + last]) last = t;
  for (let i = length - 1; i >= 0; i--) {
    best[i] = last;
    last = back[i * nTags + last];
  }
  return best;
}
