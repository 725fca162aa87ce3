import {
  chunkCodeCount,
  chunkHash,
  HIT_PLACES,
  NEIGHBOUR_ROLES,
  PAIR_FEATURES,
  POSITIONS,
  UNIT_ROLES,
  hitHash,
  pairHashes,
  patternHash,
  PATTERN_LABELS,
  positionHashes,
  roleHashes,
  roleTypes,
  ROLE_SELF,
  tokenHashes,
  type RunFeatures,
} from './features.js';
import type { LexiconMatcher } from './lexicon-matcher.js';
import type { SequenceModel } from './sequence-model.js';
import type { WordTypes } from './word-types.js';

/** Vectors of a unit type: one per role, then one per neighbour role summed with its whitespace-skipping twin. */
const STRIDE = UNIT_ROLES + NEIGHBOUR_ROLES + 1;
const BOTH = UNIT_ROLES - 1;
const TOKEN_STRIDE = POSITIONS.length + 1;

/**
 * The model's tag scores for each unit of a run. The weights of the features a word type
 * brings in one role (as the unit, as the unit before, ...) are summed once per process into
 * a short sparse vector; scoring a unit adds about a dozen such vectors and looks up only the
 * features that combine units. Summing in another order than the trainer gives the same
 * scores bit for bit: every weight is a 16-bit integer times the model's scale, held as a
 * float32, so all weights are multiples of one power of two and their sums stay far inside
 * float64's 53 bits.
 */
export class RunScorer {
  private readonly nTags: number;
  private generation = -1;
  // sparse vectors, one after another: tag and summed weight
  private vectorTag = new Uint8Array(1 << 16);
  private vectorWeight = new Float64Array(1 << 16);
  private vectors = 0;
  /** Vector bounds of unit type t in role r: `unitStart[t * STRIDE + r]` to the next entry. */
  private unitStart = new Int32Array(1024 * STRIDE);
  private unitTypes = 0;
  private tokenStart = new Int32Array(1024 * TOKEN_STRIDE);
  private tokenTypes = 0;
  /** Constant vectors: bias and position, lexicon hits by place, pattern codes (laid out in that order). */
  private readonly positionStart: Int32Array;
  private readonly hitStart: Int32Array;
  private readonly patternStart: Int32Array;
  /** What each chunk code adds to a unit's key (see chunkVector). */
  private readonly chunkKeyPart: Float64Array;
  private chunkKeys = new Float64Array(1 << 10);
  /** Key → index into chunkVectorBounds (start, end) of the vector of that combination of chunk codes. */
  private readonly chunkVectors = new Map<number, number>();
  private chunkVectorBounds: number[] = [];
  private readonly scratch: Float64Array;
  private scores = new Float64Array(1 << 14);
  private readonly roles = new Int32Array(UNIT_ROLES);
  private readonly pairs = new Uint32Array(PAIR_FEATURES);

  constructor(
    private readonly model: SequenceModel,
    private readonly types: WordTypes,
    lexicon: LexiconMatcher,
  ) {
    this.nTags = model.tags.length;
    this.scratch = new Float64Array(this.nTags);
    this.positionStart = this.constantVectors(POSITIONS.length, (p) => positionHashes(p));
    this.hitStart = this.constantVectors(lexicon.hitCount * HIT_PLACES, (k) => [hitHash(lexicon, Math.floor(k / HIT_PLACES), k % HIT_PLACES)]);
    this.patternStart = this.constantVectors(PATTERN_LABELS.length * 2, (code) => [patternHash(code)]);
    // A unit has at most one position code and one quotation code: position p counts p + 1,
    // category bit b (ckh= then ckp=) 5 * 2^b, quotation q 5 * 2^bits * (q + 1), so that a sum of
    // parts names one combination; it stays an exact integer below 2^53 for up to 22 categories.
    const bits = 2 * lexicon.categoryCount;
    if (bits > 44) throw new Error('entity features: too many lexicon categories for chunk keys');
    const part = (code: number): number => (code < 4 ? code + 1 : code - 4 < bits ? 5 * 2 ** (code - 4) : 5 * 2 ** bits * (code - 4 - bits + 1));
    this.chunkKeyPart = Float64Array.from({ length: chunkCodeCount(lexicon) }, (_, code) => part(code));
    this.chunkHashes = (key) => {
      const hashes: number[] = [];
      if (key % 5) hashes.push(chunkHash(lexicon, (key % 5) - 1));
      let rest = Math.floor(key / 5);
      for (let bit = 0; bit < bits; bit++, rest = Math.floor(rest / 2)) if (rest % 2) hashes.push(chunkHash(lexicon, 4 + bit));
      if (rest) hashes.push(chunkHash(lexicon, 4 + bits + rest - 1));
      return hashes;
    };
    this.constantsEnd = this.vectors;
  }

  private readonly chunkHashes: (key: number) => number[];
  private readonly constantsEnd: number;

  /** The vector of a combination of chunk codes, summed the first time it is met after the last reset. */
  private chunkVector(key: number): number {
    let at = this.chunkVectors.get(key);
    if (at === undefined) {
      at = this.chunkVectorBounds.length;
      this.chunkVectorBounds.push(this.vectors);
      this.pushVector(this.chunkHashes(key));
      this.chunkVectorBounds.push(this.vectors);
      this.chunkVectors.set(key, at);
    }
    return at;
  }

  /**
   * `scores[i * tags + t]`: the score of tag t on unit i. The array is reused by the next
   * call (and may be longer than the run).
   */
  emissions(run: RunFeatures): Float64Array {
    this.prepare();
    const nTags = this.nTags;
    if (this.scores.length < run.length * nTags) this.scores = new Float64Array(run.length * nTags * 2);
    const scores = this.scores;
    scores.fill(0, 0, run.length * nTags);
    const { roles, pairs, unitStart, tokenStart } = this;
    for (let i = 0; i < run.length; i++) {
      const base = i * nTags;
      const position = run.position[i];
      this.add(scores, base, this.positionStart[position], this.positionStart[position + 1]);
      roleTypes(run, i, roles);
      const self = roles[ROLE_SELF] * STRIDE + ROLE_SELF;
      this.add(scores, base, unitStart[self], unitStart[self + 1]);
      for (let role = 1; role <= NEIGHBOUR_ROLES; role++) {
        const [beside, near] = [roles[role], roles[role + NEIGHBOUR_ROLES]];
        if (beside === near) {
          const at = beside * STRIDE + BOTH + role;
          this.add(scores, base, unitStart[at], unitStart[at + 1]);
        } else {
          const at = beside * STRIDE + role;
          this.add(scores, base, unitStart[at], unitStart[at + 1]);
          const nearAt = near * STRIDE + role + NEIGHBOUR_ROLES;
          this.add(scores, base, unitStart[nearAt], unitStart[nearAt + 1]);
        }
      }
      pairHashes(this.types, roles, pairs);
      for (let k = 0; k < PAIR_FEATURES; k++) this.model.addFeature(pairs[k], scores, base);
      const token = run.token[i];
      if (token >= 0) this.add(scores, base, tokenStart[token * TOKEN_STRIDE + position], tokenStart[token * TOKEN_STRIDE + position + 1]);
      const pattern = run.pattern[i];
      if (pattern >= 0) this.add(scores, base, this.patternStart[pattern], this.patternStart[pattern + 1]);
    }
    // a unit's chunk codes, as one number: their vector is summed once per combination
    if (this.chunkKeys.length < run.length) this.chunkKeys = new Float64Array(run.length * 2);
    const keys = this.chunkKeys;
    keys.fill(0, 0, run.length);
    for (let k = 0; k < run.chunks.length; k += 2) keys[run.chunks[k]] += this.chunkKeyPart[run.chunks[k + 1]];
    for (let i = 0; i < run.length; i++) {
      if (keys[i] === 0) continue;
      const at = this.chunkVector(keys[i]);
      this.add(scores, i * nTags, this.chunkVectorBounds[at], this.chunkVectorBounds[at + 1]);
    }
    const { hits } = run;
    for (let k = 0; k < hits.length; k += 2) {
      const unit = hits[k];
      const at = hits[k + 1] * HIT_PLACES;
      this.add(scores, unit * nTags, this.hitStart[at], this.hitStart[at + 1]);
      if (unit + 1 < run.length) this.add(scores, (unit + 1) * nTags, this.hitStart[at + 1], this.hitStart[at + 2]);
      if (unit > 0) this.add(scores, (unit - 1) * nTags, this.hitStart[at + 2], this.hitStart[at + 3]);
    }
    return scores;
  }

  private add(scores: Float64Array, base: number, start: number, end: number): void {
    const { vectorTag, vectorWeight } = this;
    for (let k = start; k < end; k++) scores[base + vectorTag[k]] += vectorWeight[k];
  }

  /** Sums the vectors of the types the table learnt since the last run. */
  private prepare(): void {
    const { types } = this;
    if (this.generation !== types.generation) {
      this.generation = types.generation;
      this.vectors = this.constantsEnd;
      this.chunkVectors.clear();
      this.chunkVectorBounds = [];
      this.unitTypes = 0;
      this.tokenTypes = 0;
    }
    for (; this.unitTypes < types.word.length; this.unitTypes++) {
      const t = this.unitTypes;
      this.unitStart = ensure(this.unitStart, (t + 1) * STRIDE);
      for (let role = 0; role < UNIT_ROLES; role++) {
        this.unitStart[t * STRIDE + role] = this.vectors;
        this.pushVector(roleHashes(types, t, role));
      }
      for (let role = 1; role <= NEIGHBOUR_ROLES; role++) {
        this.unitStart[t * STRIDE + BOTH + role] = this.vectors;
        this.pushVector([...roleHashes(types, t, role), ...roleHashes(types, t, role + NEIGHBOUR_ROLES)]);
      }
      this.unitStart[t * STRIDE + STRIDE - 1] = this.vectors;
    }
    for (; this.tokenTypes < types.tokenWord.length; this.tokenTypes++) {
      const t = this.tokenTypes;
      this.tokenStart = ensure(this.tokenStart, (t + 1) * TOKEN_STRIDE);
      this.tokenStart[t * TOKEN_STRIDE] = this.vectors; // position S has no token features
      for (let position = 1; position < POSITIONS.length; position++) {
        this.tokenStart[t * TOKEN_STRIDE + position] = this.vectors;
        this.pushVector(tokenHashes(types, t, position));
      }
      this.tokenStart[t * TOKEN_STRIDE + POSITIONS.length] = this.vectors;
    }
  }

  /** Vectors that never change, laid out first in the pool; returns their bounds. */
  private constantVectors(count: number, hashesOf: (k: number) => number[]): Int32Array {
    const start = new Int32Array(count + 1);
    for (let k = 0; k < count; k++) {
      start[k] = this.vectors;
      this.pushVector(hashesOf(k));
    }
    start[count] = this.vectors;
    return start;
  }

  private pushVector(hashes: readonly number[]): void {
    const { scratch, nTags } = this;
    scratch.fill(0);
    for (const hash of hashes) this.model.addFeature(hash, scratch, 0);
    if (this.vectors + nTags > this.vectorTag.length) {
      const tag = new Uint8Array(this.vectorTag.length * 2);
      const weight = new Float64Array(this.vectorTag.length * 2);
      tag.set(this.vectorTag);
      weight.set(this.vectorWeight);
      this.vectorTag = tag;
      this.vectorWeight = weight;
    }
    for (let t = 0; t < nTags; t++) {
      if (scratch[t] === 0) continue;
      this.vectorTag[this.vectors] = t;
      this.vectorWeight[this.vectors++] = scratch[t];
    }
  }
}

function ensure(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}
