import { FACILITY_HEADS, INFORMAL_TITLES, LAW_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS, TITLES } from '../thai/name-cues.js';
import { dictionaryClasses } from './dictionary-classes.js';
import { describeRun, featureHashes, type RunFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { LexiconMatcher } from './lexicon-matcher.js';
import { loadNameLists } from './name-lists.js';
import type { PatternEntity } from './patterns.js';
import type { Unit } from './units.js';
import { WordClusters } from './word-clusters.js';
import { WordTypes } from './word-types.js';

/**
 * Describes runs of units for the model, with the lexicon (gazetteer names, titles,
 * organisation, facility and place heads), wordcut's word lists and the word types loaded
 * once. Training and tagging share it, so the model always sees the features it was
 * trained on.
 */
export class FeatureExtractor {
  readonly lexicon = new LexiconMatcher();
  readonly types: WordTypes;

  /** `typeLimit`: how many word types to remember before starting afresh (see WordTypes). */
  constructor(gazetteer: Gazetteer, options: { typeLimit?: number } = {}) {
    this.types = new WordTypes(dictionaryClasses(), WordClusters.load(), options.typeLimit);
    for (const { alias, entry } of gazetteer.aliases) this.lexicon.add(alias, entry.kind);
    for (const title of TITLES) this.lexicon.add(title, 'title');
    for (const title of INFORMAL_TITLES) this.lexicon.add(title, 'informal');
    for (const head of ORGANIZATION_HEADS) this.lexicon.add(head, 'orghead');
    for (const head of LOCATION_HEADS) this.lexicon.add(head, 'lochead');
    for (const head of FACILITY_HEADS) this.lexicon.add(head, 'fachead');
    for (const head of LAW_HEADS) this.lexicon.add(head, 'lawhead');
    const names = loadNameLists();
    for (const name of names.given) this.lexicon.add(name, 'given');
    for (const name of names.surnames) this.lexicon.add(name, 'surname');
    for (const name of names.venues) this.lexicon.add(name, 'venue');
    for (const name of names.organisations) this.lexicon.add(name, 'orgname');
    for (const name of names.shortForms) this.lexicon.add(name, 'orgshort');
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
