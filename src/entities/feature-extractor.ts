import { FACILITY_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS, TITLES } from './cue-words.js';
import { loadDictionaryClasses } from './dictionary-classes.js';
import { unitFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { LexiconMatcher } from './lexicon-matcher.js';
import type { PatternEntity } from './patterns.js';
import type { Unit } from './units.js';

/**
 * Turns a run of units into the model's feature hashes, with the lexicon (gazetteer names,
 * titles, organisation, facility and place heads) and wordcut's word lists loaded once.
 * Training and tagging share it, so the model always sees the features it was trained on.
 */
export class FeatureExtractor {
  private readonly lexicon = new LexiconMatcher();
  private readonly dictionary = loadDictionaryClasses();

  constructor(gazetteer: Gazetteer) {
    for (const { alias, entry } of gazetteer.aliases) this.lexicon.add(alias, entry.kind);
    for (const title of TITLES) this.lexicon.add(title, 'title');
    for (const head of ORGANIZATION_HEADS) this.lexicon.add(head, 'orghead');
    for (const head of LOCATION_HEADS) this.lexicon.add(head, 'lochead');
    for (const head of FACILITY_HEADS) this.lexicon.add(head, 'fachead');
  }

  /** Features of `units` (contiguous, UTF-16 offsets into `text`); `patterns` may cover more text. */
  features(text: string, units: readonly Unit[], patterns: readonly PatternEntity[]): number[][] {
    return unitFeatures(text, units, this.lexicon.features(text, units), patterns, this.dictionary);
  }
}
