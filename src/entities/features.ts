import { hashFeature, hashParts } from './feature-hash.js';
import type { LexiconMatcher } from './lexicon-matcher.js';
import type { PatternEntity } from './patterns.js';
import type { Unit } from './units.js';
import { RUN_END, RUN_START, type WordTypes } from './word-types.js';

/** Bumped whenever the features change: a model only works with the features it was trained on. */
export const FEATURES_VERSION = 3;

/** Prefixes of a word's cluster path (word-clusters.ts) that are features of the word, and of its neighbours. */
const CLUSTER_PREFIXES = [4, 8, 12];
const NEIGHBOUR_CLUSTER_PREFIXES = [4, 8];

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
  /** Features of the whitespace-delimited chunk a unit is in, `[unit, code, ...]` (see chunkCodes). */
  chunks: readonly number[];
}

/** Pattern labels, in the order of their codes. */
export const PATTERN_LABELS: readonly PatternEntity['label'][] = ['URL', 'EMAIL', 'PHONE', 'ZIP', 'MONEY', 'PERCENT', 'LEN', 'T', 'ORGANIZATION'];

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
    chunks: [],
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
  run.chunks = chunkCodes(units, run, types, lexicon);
  return run;
}

/** The features of type `type` in `role`. */
export function roleHashes(types: WordTypes, type: number, role: number): number[] {
  const word = types.word[type];
  switch (role) {
    case ROLE_SELF: {
      const shape = types.shape[type];
      const hashes = [hashParts('w=', word), hashParts('d=', types.textClass[type]), hashParts('s=', shape)];
      const cluster = types.cluster[type];
      for (const bits of CLUSTER_PREFIXES) hashes.push(hashParts(`c${bits}=`, cluster.slice(0, bits)));
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
    case NEXT: {
      const side = role === PREV ? '-1' : '+1';
      const cluster = types.cluster[type];
      return [
        hashParts(ROLE_PREFIXES[role], word),
        hashParts(`s${side}=`, types.shape[type]),
        ...NEIGHBOUR_CLUSTER_PREFIXES.map((bits) => hashParts(`c${side}/${bits}=`, cluster.slice(0, bits))),
      ];
    }
    case NEAR_PREV:
    case NEAR_NEXT:
      return [hashParts(ROLE_PREFIXES[role], word), hashParts(`n${ROLE_PREFIXES[role].slice(1, -1)}/c=`, types.cluster[type].slice(0, 8))];
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

/**
 * Features of two unit types side by side, `a` then `b`, by the unit they belong to: the unit
 * `b` is (`w-1w`, and `nw-1w`, `c-1c` when `a` is its nearest unit before that is not
 * whitespace), the unit `a` is (`ww+1`; `wnw+1`, `cc+1`), the unit after `b` (`w-2w-1`), the
 * unit before `a` (`w+1w+2`). A tagger may look each pair of types up once.
 */
export const [PAIR_OF_NEXT, PAIR_OF_PREV, PAIR_OF_NEXT2, PAIR_OF_PREV2, NEAR_PAIR_OF_NEXT, NEAR_PAIR_OF_PREV, COARSE_PAIR_OF_NEXT, COARSE_PAIR_OF_PREV] = [
  0, 1, 2, 3, 4, 5, 6, 7,
];
const PAIR_PREFIXES = ['w-1w=', 'ww+1=', 'w-2w-1=', 'w+1w+2=', 'nw-1w=', 'wnw+1=', 'c-1c=', 'cc+1='];
/** How many features pairHash has for each pair of types. */
export const PAIR_KINDS = PAIR_PREFIXES.length;

/** Feature `kind` of the types `a` and `b` side by side (see PAIR_KINDS). */
export function pairHash(types: WordTypes, kind: number, a: number, b: number): number {
  const values = kind < COARSE_PAIR_OF_NEXT ? types.word : types.coarseCluster;
  return hashParts(PAIR_PREFIXES[kind], values[a], values[b]);
}

/** Features of three unit types: words (nearest before, unit, nearest after), dictionary classes likewise, shapes (before, unit, after). */
export const [WORD_TRIPLE, CLASS_TRIPLE, SHAPE_TRIPLE] = [0, 1, 2];
export const TRIPLE_KINDS = 3;

export function tripleHash(types: WordTypes, kind: number, a: number, b: number, c: number): number {
  if (kind === WORD_TRIPLE) return hashParts('nw-1wnw+1=', types.word[a], types.word[b], types.word[c]);
  if (kind === CLASS_TRIPLE) return hashParts('d-1d+1=', types.wordClass[a], types.textClass[b], types.wordClass[c]);
  return hashParts('s-1ss+1=', types.shape[a], types.shape[b], types.shape[c]);
}

/** How many features pairHashes writes. */
export const PAIR_FEATURES = PAIR_KINDS + TRIPLE_KINDS;

/** The features of unit `i` that combine several units: word pairs and triples, class and shape triples. */
export function pairHashes(types: WordTypes, roles: Int32Array, out: Uint32Array): void {
  const self = roles[ROLE_SELF];
  const [near, nearNext] = [roles[NEAR_PREV], roles[NEAR_NEXT]];
  // in the order the model was trained with
  out[0] = pairHash(types, PAIR_OF_NEXT, roles[PREV], self);
  out[1] = pairHash(types, PAIR_OF_PREV, self, roles[NEXT]);
  out[2] = pairHash(types, NEAR_PAIR_OF_NEXT, near, self);
  out[3] = pairHash(types, NEAR_PAIR_OF_PREV, self, nearNext);
  out[4] = tripleHash(types, WORD_TRIPLE, near, self, nearNext);
  out[5] = tripleHash(types, CLASS_TRIPLE, near, self, nearNext);
  out[6] = tripleHash(types, SHAPE_TRIPLE, roles[PREV], self, roles[NEXT]);
  out[7] = pairHash(types, PAIR_OF_NEXT2, roles[PREV2], roles[PREV]);
  out[8] = pairHash(types, PAIR_OF_PREV2, roles[NEXT], roles[NEXT2]);
  out[9] = pairHash(types, COARSE_PAIR_OF_NEXT, near, self);
  out[10] = pairHash(types, COARSE_PAIR_OF_PREV, self, nearNext);
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
  for (let k = 0; k < run.chunks.length; k += 2) out[run.chunks[k]].push(chunkHash(lexicon, run.chunks[k + 1]));
  const { hits } = run;
  for (let k = 0; k < hits.length; k += 2) {
    const [unit, hit] = [hits[k], hits[k + 1]];
    out[unit].push(hitHash(lexicon, hit, 0));
    if (unit + 1 < run.length) out[unit + 1].push(hitHash(lexicon, hit, 1));
    if (unit > 0) out[unit - 1].push(hitHash(lexicon, hit, 2));
  }
  return out;
}

/**
 * Thai writes a space between phrases, rarely inside a name: a name after a title or a head
 * (`อำเภอแหลมผักเบี้ย`, `นายสมชาย`) runs to the end of its chunk however the dictionary cuts
 * it, and a surname is the chunk after a titled one. So each unit knows where it sits in its
 * chunk (S, B, M, E), which lexicon categories open its chunk (`ckh=`), and which open the
 * chunk before (`ckp=`); and where it stands in a short quotation (`q=`). Codes: 0–3 the
 * position, then `ckh=` and `ckp=` per category, then the quotation's.
 */
function chunkCodes(units: readonly Unit[], run: RunFeatures, types: WordTypes, lexicon: LexiconMatcher): number[] {
  const n = run.length;
  const categories = lexicon.categoryCount;
  // the categories of names that begin on each unit, as a bit mask
  const opens = new Uint32Array(n);
  for (let k = 0; k < run.hits.length; k += 2) if ((run.hits[k + 1] & 3) === 0) opens[run.hits[k]] |= 1 << (run.hits[k + 1] >> 2);
  const codes: number[] = [];
  let previousHead = 0;
  for (let i = 0; i < n; ) {
    if (types.gap[run.type[i]]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && !types.gap[run.type[j + 1]]) j++;
    const head = opens[i];
    for (let u = i; u <= j; u++) {
      codes.push(u, i === j ? 0 : u === i ? 1 : u === j ? 3 : 2);
      for (let c = 0; c < categories; c++) {
        if (head & (1 << c)) codes.push(u, 4 + c);
        if (previousHead & (1 << c)) codes.push(u, 4 + categories + c);
      }
    }
    previousHead = head;
    i = j + 1;
  }
  quoteCodes(units, 4 + 2 * categories, codes);
  return codes;
}

/** How many chunk feature codes there are. */
export function chunkCodeCount(lexicon: LexiconMatcher): number {
  return 4 + 2 * lexicon.categoryCount + QUOTED.length;
}

/** The feature a chunk code stands for. */
export function chunkHash(lexicon: LexiconMatcher, code: number): number {
  if (code < 4) return hashParts('ck=', POSITIONS[code]);
  const categories = lexicon.categoryCount;
  if (code >= 4 + 2 * categories) return hashParts('q=', QUOTED[code - 4 - 2 * categories]);
  const category = (code - 4) % categories;
  return hashParts(code - 4 < categories ? 'ckh=' : 'ckp=', lexicon.categoryName(category));
}

/** Where a unit stands in a short quotation: its first unit, inside it, its last, the whole of it. */
const QUOTED = ['B', 'I', 'E', 'S'];
/** Opening quotation marks and the marks that close them. */
const CLOSING_QUOTES = new Map([
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['「', '」'],
]);
/** Nicknames and titles of works are quoted (`“โค้ชโต่ย”`); a longer quotation is speech. */
const SHORT_QUOTE = 6;

/** Codes for the units of each short quotation (at most SHORT_QUOTE units between its marks). */
function quoteCodes(units: readonly Unit[], base: number, codes: number[]): void {
  for (let i = 0; i < units.length; i++) {
    const close = CLOSING_QUOTES.get(units[i].text);
    if (!close) continue;
    let j = i + 1;
    while (j < units.length && j - i <= SHORT_QUOTE + 1 && units[j].text !== close) j++;
    if (j >= units.length || units[j].text !== close || j === i + 1 || j - i > SHORT_QUOTE + 1) continue;
    for (let u = i + 1; u < j; u++) codes.push(u, base + (j === i + 2 ? 3 : u === i + 1 ? 0 : u === j - 1 ? 2 : 1));
    i = j;
  }
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
