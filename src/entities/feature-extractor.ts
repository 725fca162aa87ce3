import { FACILITY_HEADS, INFORMAL_TITLES, LAW_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS, TITLES } from '../thai/name-cues.js';
import { dictionaryClasses } from './dictionary-classes.js';
import { describeRun, featureHashes, type RunFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { LexiconMatcher } from './lexicon-matcher.js';
import { type CacheCodec, cacheKey, cachedOnDisk } from '../disk-cache.js';
import { loadNameLists } from './name-lists.js';
import type { PatternEntity } from './patterns.js';
import type { Unit } from './units.js';
import { WordClusters } from './word-clusters.js';
import { WordTypes } from './word-types.js';

/** The cache file's name, with the layout of LexiconMatcher.toBytes (a new layout never reads an old file; the bytes also say how the trie was hashed). */
const LEXICON_CACHE = 'entity-lexicon-1';
const LEXICON_CODEC: CacheCodec<LexiconMatcher> = { encode: (lexicon) => lexicon.toBytes(), decode: (bytes) => LexiconMatcher.fromBytes(bytes) };

/**
 * Describes runs of units for the model, with the lexicon (gazetteer names, titles,
 * organisation, facility and place heads), wordcut's word lists and the word types loaded
 * once. Training and tagging share it, so the model always sees the features it was
 * trained on.
 */
export class FeatureExtractor {
  readonly lexicon: LexiconMatcher;
  readonly types: WordTypes;

  /** `typeLimit`: how many word types to remember before starting afresh (see WordTypes). */
  constructor(gazetteer: Gazetteer, options: { typeLimit?: number } = {}) {
    this.types = new WordTypes(dictionaryClasses(), WordClusters.load(), options.typeLimit);
    const names: [name: string, category: string][] = [];
    for (const { alias, entry } of gazetteer.aliases) names.push([alias, entry.kind]);
    for (const title of TITLES) names.push([title, 'title']);
    for (const title of INFORMAL_TITLES) names.push([title, 'informal']);
    for (const head of ORGANIZATION_HEADS) names.push([head, 'orghead']);
    for (const head of LOCATION_HEADS) names.push([head, 'lochead']);
    for (const head of FACILITY_HEADS) names.push([head, 'fachead']);
    for (const head of LAW_HEADS) names.push([head, 'lawhead']);
    const lists = loadNameLists();
    for (const name of lists.given) names.push([name, 'given']);
    for (const name of lists.surnames) names.push([name, 'surname']);
    for (const name of lists.venues) names.push([name, 'venue']);
    for (const name of lists.organisations) names.push([name, 'orgname']);
    for (const name of lists.shortForms) names.push([name, 'orgshort']);
    // Building the trie was a tenth of a new process's start-up; the key is every name in order.
    const key = cacheKey([names.map(([name, category]) => `${category}\u0001${name}`).join('\u0000')]);
    this.lexicon = cachedOnDisk(LEXICON_CACHE, key, LEXICON_CODEC, () => {
      const lexicon = new LexiconMatcher();
      for (const [name, category] of names) lexicon.add(name, category);
      return lexicon;
    });
  }

  /** `units` (contiguous, UTF-16 offsets into `text`) as the integers their features depend on; `patterns` may cover more text. */
  describe(text: string, units: readonly Unit[], patterns: readonly PatternEntity[]): RunFeatures {
    this.types.trim();
    return describeRun(text, units, this.types, this.lexicon, patterns);
  }

  /** The feature hashes of each unit, for training. */
  features(text: string, units: readonly Unit[], patterns: readonly PatternEntity[]): number[][] {
    return featureHashes(this.describe(text, units, patterns), this.types, this.lexicon);
  }
}
