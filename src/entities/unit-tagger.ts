import type { FeatureExtractor } from './feature-extractor.js';
import { spansFromTags } from './labels.js';
import type { PatternEntity } from './patterns.js';
import { RunScorer } from './run-scorer.js';
import type { SequenceModel } from './sequence-model.js';
import type { Unit } from './units.js';

/** The sequence model applied to a run of units: features described, scored, decoded. */
export class UnitTagger {
  private readonly scorer: RunScorer;

  constructor(
    readonly model: SequenceModel,
    private readonly extractor: FeatureExtractor,
  ) {
    this.scorer = new RunScorer(model, extractor.types, extractor.lexicon);
  }

  /** Entity spans over `units` (one run), as unit ranges `[start, end)` with their labels. */
  tag(text: string, units: readonly Unit[], patterns: readonly PatternEntity[]): { start: number; end: number; label: string }[] {
    const features = this.extractor.describe(text, units, patterns);
    return spansFromTags(this.model.tags, this.model.decode(this.scorer.emissions(features), units.length));
  }
}
