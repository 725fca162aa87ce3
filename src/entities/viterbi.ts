/**
 * The tag pairs a decoder may use: for each tag, the tags that may precede it. Built once per
 * tag set; most tags (O, B-X) accept any predecessor, I-X only B-X and I-X.
 */
export interface TransitionTable {
  nTags: number;
  /** `weights[from * nTags + to]`; row `nTags` is the sentence start. */
  weights: Float64Array;
  /** Predecessors of `to`: `from[fromStart[to] .. fromStart[to + 1])`. */
  from: Int32Array;
  fromStart: Int32Array;
  startAllowed: Uint8Array;
}

export function transitionTable(weights: ArrayLike<number>, allowed: Uint8Array, nTags: number): TransitionTable {
  const from: number[] = [];
  const fromStart = new Int32Array(nTags + 1);
  for (let to = 0; to < nTags; to++) {
    fromStart[to] = from.length;
    for (let f = 0; f < nTags; f++) if (allowed[f * nTags + to]) from.push(f);
  }
  fromStart[nTags] = from.length;
  const startAllowed = new Uint8Array(nTags);
  for (let to = 0; to < nTags; to++) startAllowed[to] = allowed[nTags * nTags + to];
  return { nTags, weights: Float64Array.from(weights), from: Int32Array.from(from), fromStart, startAllowed };
}

/** Best tag sequence under a first-order model; `emissions[i * nTags + t]` scores tag t at unit i. */
export function viterbi(emissions: Float64Array, length: number, table: TransitionTable): Int32Array {
  const { nTags, weights, from, fromStart, startAllowed } = table;
  const best = new Int32Array(length);
  if (length === 0) return best;
  const score = new Float64Array(length * nTags);
  const back = new Int32Array(length * nTags);
  for (let t = 0; t < nTags; t++) score[t] = startAllowed[t] ? emissions[t] + weights[nTags * nTags + t] : -Infinity;
  for (let i = 1; i < length; i++) {
    const row = i * nTags;
    const prev = row - nTags;
    for (let to = 0; to < nTags; to++) {
      let bestScore = -Infinity;
      let bestFrom = 0;
      for (let k = fromStart[to], end = fromStart[to + 1]; k < end; k++) {
        const f = from[k];
        const s = score[prev + f] + weights[f * nTags + to];
        if (s > bestScore) {
          bestScore = s;
          bestFrom = f;
        }
      }
      score[row + to] = bestScore + emissions[row + to];
      back[row + to] = bestFrom;
    }
  }
  let last = 0;
  const lastRow = (length - 1) * nTags;
  for (let t = 1; t < nTags; t++) if (score[lastRow + t] > score[lastRow + last]) last = t;
  for (let i = length - 1; i >= 0; i--) {
    best[i] = last;
    last = back[i * nTags + last];
  }
  return best;
}
