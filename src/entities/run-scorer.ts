import {
  CLASS_TRIPLE,
  chunkCodeCount,
  chunkHash,
  COARSE_PAIR_OF_NEXT,
  COARSE_PAIR_OF_PREV,
  HIT_PLACES,
  NEAR_PAIR_OF_NEXT,
  NEAR_PAIR_OF_PREV,
  NEIGHBOUR_ROLES,
  PAIR_KINDS,
  PAIR_OF_NEXT,
  PAIR_OF_NEXT2,
  PAIR_OF_PREV,
  PAIR_OF_PREV2,
  POSITIONS,
  SHAPE_TRIPLE,
  TRIPLE_KINDS,
  UNIT_ROLES,
  WORD_TRIPLE,
  hitHash,
  pairHash,
  patternHash,
  PATTERN_LABELS,
  positionHashes,
  roleHashes,
  roleTypes,
  ROLE_SELF,
  tokenHashes,
  tripleHash,
  type RunFeatures,
} from './features.js';
import type { LexiconMatcher } from './lexicon-matcher.js';
import type { SequenceModel } from './sequence-model.js';
import { TupleIndex } from './tuple-index.js';
import { RUN_END, RUN_START, type WordTypes } from './word-types.js';

/** Vectors of a unit type: one per role, then one per neighbour role summed with its whitespace-skipping twin. */
const STRIDE = UNIT_ROLES + NEIGHBOUR_ROLES + 1;
const BOTH = UNIT_ROLES - 1;
const TOKEN_STRIDE = POSITIONS.length + 1;
/**
 * The vectors of a pair of types, `a` then `b`, by the unit they are for: `b` with `a` the unit
 * before it, the nearest before it, or both; `a` likewise with `b` after it; the unit after `b`;
 * the unit before `a`.
 */
const PAIR_VECTORS = [
  [PAIR_OF_NEXT],
  [NEAR_PAIR_OF_NEXT, COARSE_PAIR_OF_NEXT],
  [PAIR_OF_NEXT, NEAR_PAIR_OF_NEXT, COARSE_PAIR_OF_NEXT],
  [PAIR_OF_PREV],
  [NEAR_PAIR_OF_PREV, COARSE_PAIR_OF_PREV],
  [PAIR_OF_PREV, NEAR_PAIR_OF_PREV, COARSE_PAIR_OF_PREV],
  [PAIR_OF_NEXT2],
  [PAIR_OF_PREV2],
];
const [OF_NEXT, OF_NEXT_NEAR, OF_NEXT_BOTH, OF_PREV, OF_PREV_NEAR, OF_PREV_BOTH, OF_NEXT2, OF_PREV2] = PAIR_VECTORS.keys();
const PAIR_STRIDE = PAIR_VECTORS.length + 1;
/** Pairs and triples of types remembered before the caches start afresh (between runs): memory stays bounded. */
const COMBINATION_LIMIT = 1 << 19;

/**
 * The model's tag scores for each unit of a run. The weights of the features a word type
 * brings in one role (as the unit, as the unit before, ...) are summed once per process into
 * a short sparse vector; scoring a unit adds about a dozen such vectors. The features that
 * combine units are looked up once per pair or triple of types (a pair's features for every
 * unit it touches at once), by integers, not by hashing their strings. Summing in another
 * order than the trainer gives the same scores bit for bit: every weight is a 16-bit integer
 * times the model's scale, held as a float32, so all weights are multiples of one power of
 * two and their sums stay far inside float64's 53 bits.
 */
export class RunScorer {
  private readonly nTags: number;
  private generation = -1;
  /** Vectors of types, constants and chunk-code combinations. */
  private readonly pool = new SparseVectors();
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
  /** Pairs of types numbered, and the vectors of each (PAIR_VECTORS of them, bounds in pairStart), in a pool of their own. */
  private readonly pairs = new TupleIndex();
  private pairStart = new Int32Array(PAIR_STRIDE << 10);
  private readonly pairPool = new SparseVectors();
  private readonly pairFeatureRows = new Int32Array(PAIR_KINDS);
  /** The pair of each two neighbouring units of a run (see emissions). */
  private bigrams = new Int32Array(1 << 10);
  /** Triples numbered, per kind, and the model row of each. */
  private readonly triples = Array.from({ length: TRIPLE_KINDS }, () => new TupleIndex());
  private readonly tripleRows = Array.from({ length: TRIPLE_KINDS }, () => new Int32Array(1 << 10));
  /** Each type's shape and dictionary classes as small integers, for the keys of class and shape triples. */
  private shapeId = new Int32Array(1024);
  private textClassId = new Int32Array(1024);
  private wordClassId = new Int32Array(1024);
  private readonly shapeIds = new Map<string, number>();
  private readonly classIds = new Map<string, number>();

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
    this.constantsEnd = this.pool.size;
  }

  private readonly chunkHashes: (key: number) => number[];
  private readonly constantsEnd: number;

  /** The vector of a combination of chunk codes, summed the first time it is met after the last reset. */
  private chunkVector(key: number): number {
    let at = this.chunkVectors.get(key);
    if (at === undefined) {
      at = this.chunkVectorBounds.length;
      this.chunkVectorBounds.push(this.pool.size);
      this.pushVector(this.chunkHashes(key));
      this.chunkVectorBounds.push(this.pool.size);
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
    const { roles, unitStart, tokenStart, model } = this;
    const n = run.length;
    const { type, prev, next } = run;
    // bigrams[j + 1]: the pair ending at unit j, for j from -1 to n + 1 (the run's edges are types too)
    if (this.bigrams.length < n + 3) this.bigrams = new Int32Array((n + 3) * 2);
    const bigrams = this.bigrams;
    for (let j = -1; j <= n + 1; j++) bigrams[j + 1] = this.pairOf(typeAt(run, j - 1), typeAt(run, j));
    for (let i = 0; i < n; i++) {
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
      // the nearest units that are not whitespace are mostly the units beside, whose pairs are at hand
      const [near, nearNext] = [prev[i], next[i]];
      const [nearType, nearNextType] = [near >= 0 ? type[near] : RUN_START, nearNext >= 0 ? type[nearNext] : RUN_END];
      if (near === i - 1) this.addPair(scores, base, bigrams[i + 1], OF_NEXT_BOTH);
      else {
        this.addPair(scores, base, bigrams[i + 1], OF_NEXT);
        this.addPair(scores, base, this.pairOf(nearType, type[i]), OF_NEXT_NEAR);
      }
      if (nearNext === i + 1 || i === n - 1) this.addPair(scores, base, bigrams[i + 2], OF_PREV_BOTH);
      else {
        this.addPair(scores, base, bigrams[i + 2], OF_PREV);
        this.addPair(scores, base, this.pairOf(type[i], nearNextType), OF_PREV_NEAR);
      }
      this.addPair(scores, base, bigrams[i], OF_NEXT2);
      this.addPair(scores, base, bigrams[i + 3], OF_PREV2);
      const { shapeId, textClassId, wordClassId } = this;
      model.addRow(this.tripleRow(WORD_TRIPLE, nearType, type[i], nearNextType, nearType, type[i], nearNextType), scores, base);
      const [c1, c2, c3] = [wordClassId[nearType], textClassId[type[i]], wordClassId[nearNextType]];
      model.addRow(this.tripleRow(CLASS_TRIPLE, c1, c2, c3, nearType, type[i], nearNextType), scores, base);
      const [before, after] = [typeAt(run, i - 1), typeAt(run, i + 1)];
      model.addRow(this.tripleRow(SHAPE_TRIPLE, shapeId[before], shapeId[type[i]], shapeId[after], before, type[i], after), scores, base);
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

  /** The number of the pair of types `a`, `b`; its vectors are summed the first time it is met. */
  private pairOf(a: number, b: number): number {
    let at = this.pairs.get(a, b, 0);
    if (at < 0) {
      at = this.pairs.add(a, b, 0);
      this.pairStart = grown(this.pairStart, (at + 1) * PAIR_STRIDE);
      // new pairs keep coming on a stream of news: each row is looked up once, nothing allocated
      const rows = this.pairFeatureRows;
      for (let kind = 0; kind < PAIR_KINDS; kind++) rows[kind] = this.model.rowOf(pairHash(this.types, kind, a, b));
      for (let vector = 0; vector < PAIR_VECTORS.length; vector++) {
        this.pairStart[at * PAIR_STRIDE + vector] = this.pairPool.size;
        this.scratch.fill(0);
        for (const kind of PAIR_VECTORS[vector]) this.model.addRow(rows[kind], this.scratch, 0);
        this.pairPool.push(this.scratch);
      }
      this.pairStart[at * PAIR_STRIDE + PAIR_VECTORS.length] = this.pairPool.size;
    }
    return at;
  }

  private clearPairs(): void {
    this.pairs.clear();
    this.pairPool.size = 0;
  }

  /** Adds vector `vector` of pair `at`. */
  private addPair(scores: Float64Array, base: number, at: number, vector: number): void {
    const start = at * PAIR_STRIDE + vector;
    this.pairPool.addTo(scores, base, this.pairStart[start], this.pairStart[start + 1]);
  }

  /** The model row of triple `kind` of the types `a`, `b`, `c`, known by the key `ka`, `kb`, `kc`. */
  private tripleRow(kind: number, ka: number, kb: number, kc: number, a: number, b: number, c: number): number {
    const index = this.triples[kind];
    let at = index.get(ka, kb, kc);
    if (at < 0) {
      at = index.add(ka, kb, kc);
      if (at >= this.tripleRows[kind].length) this.tripleRows[kind] = grown(this.tripleRows[kind], at + 1);
      this.tripleRows[kind][at] = this.model.rowOf(tripleHash(this.types, kind, a, b, c));
    }
    return this.tripleRows[kind][at];
  }

  private add(scores: Float64Array, base: number, start: number, end: number): void {
    this.pool.addTo(scores, base, start, end);
  }

  /** Sums the vectors of the types the table learnt since the last run. */
  private prepare(): void {
    const { types } = this;
    if (this.generation !== types.generation) {
      this.generation = types.generation;
      this.pool.size = this.constantsEnd;
      this.chunkVectors.clear();
      this.chunkVectorBounds = [];
      this.unitTypes = 0;
      this.tokenTypes = 0;
      this.shapeIds.clear();
      this.classIds.clear();
      this.clearPairs();
      for (const triples of this.triples) triples.clear();
    }
    if (this.pairs.size > COMBINATION_LIMIT) this.clearPairs();
    for (const triples of this.triples) if (triples.size > COMBINATION_LIMIT) triples.clear();
    for (; this.unitTypes < types.word.length; this.unitTypes++) {
      const t = this.unitTypes;
      this.unitStart = grown(this.unitStart, (t + 1) * STRIDE);
      // three assignments, not a destructured map() with an arrow: this path runs seldom, and each
      // time it did, the arrow and the array it destructured sent prepare back to the interpreter
      if (t >= this.shapeId.length) {
        this.shapeId = grown(this.shapeId, t + 1);
        this.textClassId = grown(this.textClassId, t + 1);
        this.wordClassId = grown(this.wordClassId, t + 1);
      }
      this.shapeId[t] = idOf(this.shapeIds, types.shape[t]);
      this.textClassId[t] = idOf(this.classIds, types.textClass[t]);
      this.wordClassId[t] = idOf(this.classIds, types.wordClass[t]);
      for (let role = 0; role < UNIT_ROLES; role++) {
        this.unitStart[t * STRIDE + role] = this.pool.size;
        this.pushVector(roleHashes(types, t, role));
      }
      for (let role = 1; role <= NEIGHBOUR_ROLES; role++) {
        this.unitStart[t * STRIDE + BOTH + role] = this.pool.size;
        this.pushVector([...roleHashes(types, t, role), ...roleHashes(types, t, role + NEIGHBOUR_ROLES)]);
      }
      this.unitStart[t * STRIDE + STRIDE - 1] = this.pool.size;
    }
    for (; this.tokenTypes < types.tokenWord.length; this.tokenTypes++) {
      const t = this.tokenTypes;
      this.tokenStart = grown(this.tokenStart, (t + 1) * TOKEN_STRIDE);
      this.tokenStart[t * TOKEN_STRIDE] = this.pool.size; // position S has no token features
      for (let position = 1; position < POSITIONS.length; position++) {
        this.tokenStart[t * TOKEN_STRIDE + position] = this.pool.size;
        this.pushVector(tokenHashes(types, t, position));
      }
      this.tokenStart[t * TOKEN_STRIDE + POSITIONS.length] = this.pool.size;
    }
  }

  /** Vectors that never change, laid out first in the pool; returns their bounds. */
  private constantVectors(count: number, hashesOf: (k: number) => number[]): Int32Array {
    const start = new Int32Array(count + 1);
    for (let k = 0; k < count; k++) {
      start[k] = this.pool.size;
      this.pushVector(hashesOf(k));
    }
    start[count] = this.pool.size;
    return start;
  }

  private pushVector(hashes: readonly number[]): void {
    this.sum(hashes);
    this.pool.push(this.scratch);
  }

  /** The weights of `hashes` summed into scratch. */
  private sum(hashes: readonly number[]): void {
    this.scratch.fill(0);
    for (const hash of hashes) this.model.addFeature(hash, this.scratch, 0);
  }
}

/** Sparse tag-score vectors one after another: the tags with a score and the scores. */
class SparseVectors {
  tag = new Uint8Array(1 << 16);
  weight = new Float64Array(1 << 16);
  /** Entries in use; the next vector starts here. */
  size = 0;

  /** Appends the non-zero scores of `scores` (one per tag). */
  push(scores: Float64Array): void {
    if (this.size + scores.length > this.tag.length) {
      const tag = new Uint8Array(this.tag.length * 2);
      const weight = new Float64Array(this.tag.length * 2);
      tag.set(this.tag);
      weight.set(this.weight);
      this.tag = tag;
      this.weight = weight;
    }
    for (let t = 0; t < scores.length; t++) {
      if (scores[t] === 0) continue;
      this.tag[this.size] = t;
      this.weight[this.size++] = scores[t];
    }
  }

  /** Adds the entries `start` to `end` to `scores[base + tag]`. */
  addTo(scores: Float64Array, base: number, start: number, end: number): void {
    const { tag, weight } = this;
    for (let k = start; k < end; k++) scores[base + tag[k]] += weight[k];
  }
}

/** The type of unit `k` of `run`, or of the run's start or end beyond it. */
function typeAt(run: RunFeatures, k: number): number {
  return k < 0 ? RUN_START : k < run.length ? run.type[k] : RUN_END;
}

/** The small integer standing for `value`, numbered in the order values are met. */
function idOf(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ids.size));
  return id;
}

/** `array`, or a copy at least twice as long if it is shorter than `length`. */
function grown(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, array.length * 2));
  grown.set(array);
  return grown;
}
