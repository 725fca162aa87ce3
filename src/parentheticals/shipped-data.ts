// The span finder's generated data, shipped as JSON in src/parentheticals/data/ and read once
// per process on first use (the scripts that write it, and its sources, are in that folder's
// provenance.json): the Thai–English lexicon of scripts/derive-paren-lexicon.ts, the edge
// weights of scripts/fit-paren-span-weights.ts, the table of common Thai short forms of
// scripts/build-thai-acronym-table.ts, and the Latin short forms spelt out of
// scripts/derive-acronym-expansions.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package-root.js';
import { readOncePerPath } from '../read-once.js';
import { EDGE_FEATURES, type SpanWeights } from './span-weights.js';

/** Where the data files are, relative to the package root. */
export const PAREN_DATA_DIR = 'src/parentheticals/data';

const shippedPaths = new Map<string, string>();
/**
 * The path of a data file, joined once: the loaders below are called at every position the span
 * finder weighs (`loadWordStats()`), where joining the path again cost more than the lookup.
 */
export function shippedDataPath(name: string): string {
  let file = shippedPaths.get(name);
  if (file === undefined) {
    file = path.join(packageRoot(), PAREN_DATA_DIR, name);
    shippedPaths.set(name, file);
  }
  return file;
}

/** data/thai-english-lexicon.json */
export interface ThaiEnglishLexiconFile {
  /** Thai word → the English word keys it goes with (Dice's coefficient), strongest first, space-separated. */
  dice: Record<string, string>;
  /** Thai word → `key probability key probability …`: p(English key | Thai word) by IBM Model 1, strongest first. */
  model1: Record<string, string>;
}

/** data/edge-word-weights.json: the learnt weight of a term's first word and of the word before it. */
export interface EdgeWordWeightsFile {
  first: Record<string, number>;
  left: Record<string, number>;
}

export interface EdgeWordWeights {
  first: ReadonlyMap<string, number>;
  left: ReadonlyMap<string, number>;
}

const readJson = readOncePerPath((file) => JSON.parse(readFileSync(file, 'utf8')) as unknown);

export const loadThaiEnglishLexicon = (): ThaiEnglishLexiconFile => readJson(shippedDataPath('thai-english-lexicon.json')) as ThaiEnglishLexiconFile;

const readEdgeWordWeights = readOncePerPath((file): EdgeWordWeights => {
  const data = JSON.parse(readFileSync(file, 'utf8')) as EdgeWordWeightsFile;
  return { first: new Map(Object.entries(data.first)), left: new Map(Object.entries(data.left)) };
});

export const loadEdgeWordWeights = (): EdgeWordWeights => readEdgeWordWeights(shippedDataPath('edge-word-weights.json'));

const readSpanWeights = readOncePerPath((file): SpanWeights => {
  const weights = JSON.parse(readFileSync(file, 'utf8')) as SpanWeights;
  const missing = EDGE_FEATURES.filter((name) => typeof weights.features?.[name] !== 'number');
  // Weights fitted for another feature list would score silently wrong.
  if (missing.length) throw new Error(`${file}: no weight for ${missing.join(', ')}; refit them (npm run fit:paren-weights)`);
  return weights;
});

const readAcronymExpansions = readOncePerPath(
  (file): ReadonlyMap<string, string> => new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)),
);

/** data/acronym-expansions.json: what common Latin short forms stand for, as news spells them out (`GDP` → `Gross Domestic Product`). */
export const loadAcronymExpansions = (): ReadonlyMap<string, string> => readAcronymExpansions(shippedDataPath('acronym-expansions.json'));

/** One entry of data/thai-acronyms.json, the built-in table of common Thai short forms. */
export interface ThaiAcronymEntry {
  /** The ways the short form is written (`ก.ล.ต.`, `กลต.`). */
  acronyms: string[];
  /** The full Thai name. */
  name: string;
  /** Canonical id, in the style of the gazetteer's (`th-org:SEC`, `th-party:PTP`). */
  id: string;
  /** The ThaiNER label of the name. */
  label: string;
}

export const loadThaiAcronyms = (): readonly ThaiAcronymEntry[] => readJson(shippedDataPath('thai-acronyms.json')) as ThaiAcronymEntry[];

/** data/word-stats.json: how verb-like Thai words are, and which adjacent words make one compound. */
export interface WordStats {
  /** Word → share of its sightings right after an auxiliary, a negation or a nominaliser. */
  verb: ReadonlyMap<string, number>;
  /** `word word` → PMI (log2) of the two written together. */
  bond: ReadonlyMap<string, number>;
  /** `word word` → the share of the second word's sightings that have the first right before it. */
  cohesion: ReadonlyMap<string, number>;
  /** `word word word` → the share of a bonded pair's sightings (the last two) that have the first word right before it. */
  triple: ReadonlyMap<string, number>;
  /** Word → share of its sightings written right onto a noun before it (modifiers: อัตโนมัติ, ใหม่). */
  modifier: ReadonlyMap<string, number>;
}

const readWordStats = readOncePerPath((file): WordStats => {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<keyof WordStats, Record<string, number>>;
  const table = (name: keyof WordStats) => new Map(Object.entries(data[name] ?? {}));
  return { verb: table('verb'), bond: table('bond'), cohesion: table('cohesion'), triple: table('triple'), modifier: table('modifier') };
});

export const loadWordStats = (): WordStats => readWordStats(shippedDataPath('word-stats.json'));

/** The fitted weights of the edge features. */
export const loadSpanWeights = (): SpanWeights => readSpanWeights(shippedDataPath('span-weights.json'));
