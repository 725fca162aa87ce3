import { hashFeature, hashParts } from './feature-hash.js';
import type { LexiconMatcher } from './lexicon-matcher.js';
import type { PatternEntity } from './patterns.js';
import type { Unit } from './units.js';
import { RUN_END, RUN_START, type WordTypes } from './word-types.js';

/** Bumped whenever the features change: a model only works with the features it was trained on. */
export const FEATURES_VERSION = 2;

/**
 * The features of a unit: its word and neighbours (the units beside it and the nearest ones
 * that are not whitespace), character prefixes and suffixes, shapes, dictionary classes,
 * the segmenter token it is part of, lexicon hits (titles, heads, gazetteer names) on it and
 * beside it, and pattern entities over it. Most depend on one unit's type only and in one
 * role (the unit itself, the unit before it, two before ...): those are computed once per
 * type and role, and a tagger may add up their weights once per type and role as well.
 */
export const ROLE_SELF = 0;
const ROLE_PREFIXES = ['', 'w-1=', 'w+1=', 'w-2=', 'w+2=', 'nw-1=', 'nw+1=', 'nw-2=', 'nw+2='];
/** Roles of a unit type: itself, then as each of the neighbours named in ROLE_PREFIXES. */
export const UNIT_ROLES = ROLE_PREFIXES.length;
const [, PREV, NEXT, PREV2, NEXT2, NEAR_PREV, NEAR_NEXT, NEAR_PREV2, NEAR_NEXT2] = ROLE_PREFIXES.keys();
/**
 * Roles 1 to NEIGHBOUR_ROLES name the units beside; role `r + NEIGHBOUR_ROLES` names the same
 * neighbour skipping whitespace, and is the same unit wherever no space comes between.
 */
export const NEIGHBOUR_ROLES = 4;

/** Where a unit sits in its segmenter token: the whole token, or its beginning, middle or end. */
export const POSITIONS = ['S', 'B', 'M', 'E'] as const;
export type Position = (typeof POSITIONS)[number];

/** Where a lexicon hit's features go: on the unit, on the unit after it, on the unit before it. */
export const HIT_PLACES = 3;
const HIT_PREFIXES = ['', '-1', '+1'];

const BIAS = hashFeature('b');

/** A run of units as integers: everything its features depend on. */
export interface RunFeatures {
  length: number;
  /** Word type of each unit. */
  type: Int32Array;
  /** Index into POSITIONS. */
  position: Uint8Array;
  /** Token type of a unit cut out of a longer token (its position is not S), else -1. */
  token: Int32Array;
  /** The nearest unit before / after that is not whitespace, -1 for none. */
  prev: Int32Array;
  next: Int32Array;
  /** Lexicon hits, `[unit, hit, unit, hit, ...]`. */
  hits: readonly number[];
  /** Pattern entity code over each unit (`label * 2`, + 1 inside), or -1. */
  pattern: Int32Array;
}

/** Pattern labels, in the order of their codes. */
export const PATTERN_LABELS: readonly PatternEntity['label'][] = ['URL', 'EMAIL', 'PHONE', 'ZIP', 'MONEY', 'PERCENT', 'LEN', 'T'];

/** Describes one run of `units` (contiguous, UTF-16 offsets into `text`). */
export function describeRun(text: string, units: readonly Unit[], types: WordTypes, lexicon: LexiconMatcher, patterns: readonly PatternEntity[]): RunFeatures {
  const n = units.length;
  const run: RunFeatures = {
    length: n,
    type: new Int32Array(n),
    position: new Uint8Array(n),
    token: new Int32Array(n).fill(-1),
    prev: new Int32Array(n),
    next: new Int32Array(n),
    hits: lexicon.match(text, units),
    pattern: patternCodes(units, patterns),
  };
  for (let i = 0; i < n; i++) {
    run.type[i] = types.idOf(units[i].text);
    run.position[i] = POSITIONS.indexOf(units[i].position);
  }
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && units[j + 1].token === units[i].token) j++;
    let token = -1;
    for (let k = i; k <= j; k++) {
      if (units[k].position === 'S') continue;
      if (token < 0) token = types.tokenIdOf(text.slice(units[i].start, units[j].end));
      run.token[k] = token;
    }
    i = j + 1;
  }
  for (let i = 0, last = -1; i < n; i++) {
    run.prev[i] = last;
    if (!types.gap[run.type[i]]) last = i;
  }
  for (let i = n - 1, last = -1; i >= 0; i--) {
    run.next[i] = last;
    if (!types.gap[run.type[i]]) last = i;
  }
  return run;
}

/** The features of type `type` in `role`. */
export function roleHashes(types: WordTypes, type: number, role: number): number[] {
  const word = types.word[type];
  switch (role) {
    case ROLE_SELF: {
      const shape = types.shape[type];
      const hashes = [hashParts('w=', word), hashParts('d=', types.textClass[type]), hashParts('s=', shape)];
      if (word !== '_' && word.length > 1) {
        const chars = [...word];
        const last = chars.length - 1;
        hashes.push(hashParts('p1=', chars[0]), hashParts('s1=', chars[last]));
        if (chars.length > 2) hashes.push(hashParts('p2=', chars[0] + chars[1]), hashParts('s2=', chars[last - 1] + chars[last]));
        if (chars.length > 3) hashes.push(hashParts('p3=', chars.slice(0, 3).join('')), hashParts('s3=', chars.slice(-3).join('')));
      }
      return hashes;
    }
    case PREV:
      return [hashParts('w-1=', word), hashParts('s-1=', types.shape[type])];
    case NEXT:
      return [hashParts('w+1=', word), hashParts('s+1=', types.shape[type])];
    default:
      return [hashParts(ROLE_PREFIXES[role], word)];
  }
}

/** The features every unit has, by its position in its token. */
export function positionHashes(position: number): number[] {
  return [BIAS, hashParts('pos=', POSITIONS[position])];
}

/** The features of the token a unit was cut from (position B, M or E). */
export function tokenHashes(types: WordTypes, token: number, position: number): number[] {
  const word = types.tokenWord[token];
  return [hashParts('tok=', word), hashParts('tokpos=', word, POSITIONS[position]), hashParts('dtok=', types.tokenClass[token])];
}

/** The feature of a lexicon hit in each of HIT_PLACES. */
export function hitHash(lexicon: LexiconMatcher, hit: number, place: number): number {
  return hashParts(HIT_PREFIXES[place], lexicon.hitName(hit));
}

export function patternHash(code: number): number {
  return hashFeature(`pt=${PATTERN_LABELS[code >> 1]}-${code & 1 ? 'I' : 'B'}`);
}

/** The unit types whose roles make the features of unit `i`, role by role (UNIT_ROLES of them). */
export function roleTypes(run: RunFeatures, i: number, out: Int32Array): void {
  const { type, prev, next, length } = run;
  const near = prev[i];
  const nearNext = next[i];
  out[ROLE_SELF] = type[i];
  out[PREV] = i > 0 ? type[i - 1] : RUN_START;
  out[NEXT] = i + 1 < length ? type[i + 1] : RUN_END;
  out[PREV2] = i > 1 ? type[i - 2] : RUN_START;
  out[NEXT2] = i + 2 < length ? type[i + 2] : RUN_END;
  out[NEAR_PREV] = near >= 0 ? type[near] : RUN_START;
  out[NEAR_NEXT] = nearNext >= 0 ? type[nearNext] : RUN_END;
  out[NEAR_PREV2] = near >= 0 && prev[near] >= 0 ? type[prev[near]] : RUN_START;
  out[NEAR_NEXT2] = nearNext >= 0 && next[nearNext] >= 0 ? type[next[nearNext]] : RUN_END;
}

/** How many features pairHashes writes. */
export const PAIR_FEATURES = 7;

/** The features of unit `i` that combine several units: word pairs and triples, class and shape triples. */
export function pairHashes(types: WordTypes, roles: Int32Array, out: Uint32Array): void {
  const { word, shape } = types;
  const w = word[roles[ROLE_SELF]];
  const before = word[roles[PREV]];
  const after = word[roles[NEXT]];
  const near = word[roles[NEAR_PREV]];
  const nearNext = word[roles[NEAR_NEXT]];
  out[0] = hashParts('w-1w=', before, w);
  out[1] = hashParts('ww+1=', w, after);
  out[2] = hashParts('nw-1w=', near, w);
  out[3] = hashParts('wnw+1=', w, nearNext);
  out[4] = hashParts('nw-1wnw+1=', near, w, nearNext);
  out[5] = hashParts('d-1d+1=', types.wordClass[roles[NEAR_PREV]], types.textClass[roles[ROLE_SELF]], types.wordClass[roles[NEAR_NEXT]]);
  out[6] = hashParts('s-1ss+1=', shape[roles[PREV]], shape[roles[ROLE_SELF]], shape[roles[NEXT]]);
}

/**
 * Every feature hash of every unit of a run, as a list per unit: what the trainer learns from.
 * A tagger may sum the same weights in another order (see RunScorer).
 */
export function featureHashes(run: RunFeatures, types: WordTypes, lexicon: LexiconMatcher): number[][] {
  const out: number[][] = [];
  const roles = new Int32Array(UNIT_ROLES);
  const pairs = new Uint32Array(PAIR_FEATURES);
  for (let i = 0; i < run.length; i++) {
    roleTypes(run, i, roles);
    pairHashes(types, roles, pairs);
    const f = [...positionHashes(run.position[i]), ...pairs];
    for (let role = 0; role < UNIT_ROLES; role++) f.push(...roleHashes(types, roles[role], role));
    if (run.token[i] >= 0) f.push(...tokenHashes(types, run.token[i], run.position[i]));
    if (run.pattern[i] >= 0) f.push(patternHash(run.pattern[i]));
    out.push(f);
  }
  const { hits } = run;
  for (let k = 0; k < hits.length; k += 2) {
    const [unit, hit] = [hits[k], hits[k + 1]];
    out[unit].push(hitHash(lexicon, hit, 0));
    if (unit + 1 < run.length) out[unit + 1].push(hitHash(lexicon, hit, 1));
    if (unit > 0) out[unit - 1].push(hitHash(lexicon, hit, 2));
  }
  return out;
}

/** The pattern entity over each unit (the longest where they overlap), as a code. */
function patternCodes(units: readonly Unit[], patterns: readonly PatternEntity[]): Int32Array {
  const codes = new Int32Array(units.length).fill(-1);
  let u = 0;
  for (const p of patterns) {
    while (u > 0 && units[u - 1].end > p.start) u--;
    while (u < units.length && units[u].end <= p.start) u++;
    for (let v = u; v < units.length && units[v].start < p.end; v++) {
      if (codes[v] < 0) codes[v] = PATTERN_LABELS.indexOf(p.label) * 2 + (units[v].start <= p.start ? 0 : 1);
    }
  }
  return codes;
}
