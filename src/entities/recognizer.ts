import type { CodePointIndex } from '../core/code-points.js';
import type { DateMention, Token } from '../document/types.js';
import { FeatureExtractor } from './feature-extractor.js';
import { Gazetteer } from './gazetteer.js';
import { spansFromTags } from './labels.js';
import { loadSequenceModel } from './model-loader.js';
import { findPatternEntities, type PatternEntity } from './patterns.js';
import type { SequenceModel } from './sequence-model.js';
import { toUnits, type Unit } from './units.js';
import { resolveEntities, type Candidate } from './resolve.js';

export interface EntityRecognizerOptions {
  /** A model file instead of the shipped one. */
  model?: string;
  /** Add pattern entities (URL, EMAIL, PHONE, ZIP, MONEY, PERCENT, LEN, T) the model missed. */
  patterns?: boolean;
  /** Find people, places and organisations in Latin-script runs with compromise. */
  english?: boolean;
}

/** An entity with UTF-16 offsets, before it becomes a document span. */
export type FoundEntity = Candidate;

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Finds the ThaiNER entity types in a text already cut into word tokens: the sequence model
 * labels units run by run (a run ends at a line break), pattern and English candidates are
 * added, conflicts resolved, and gazetteer ids attached.
 */
export class EntityRecognizer {
  readonly model: SequenceModel;
  readonly gazetteer: Gazetteer;
  private readonly extractor: FeatureExtractor;
  private readonly options: Required<Omit<EntityRecognizerOptions, 'model'>>;

  constructor(options: EntityRecognizerOptions = {}) {
    this.model = loadSequenceModel(options.model);
    this.gazetteer = sharedGazetteer();
    this.extractor = sharedExtractor(this.gazetteer);
    this.options = { patterns: options.patterns ?? true, english: options.english ?? true };
  }

  /** Entities of `text` (tokens in code points, as in a document), with UTF-16 offsets. */
  recognize(text: string, tokens: readonly Token[], index: CodePointIndex, dates: readonly DateMention[] = []): FoundEntity[] {
    const units = toUnits(text, tokens, (cp) => index.toUtf16(cp));
    const patterns = findPatternEntities(text);
    const candidates: Candidate[] = [];
    for (const run of runsOf(units)) candidates.push(...this.tagRun(text, run, patterns));
    if (this.options.patterns) for (const p of patterns) candidates.push({ ...p, source: 'pattern' });
    return resolveEntities(text, candidates, {
      gazetteer: this.gazetteer,
      english: this.options.english,
      dates: dates.map((d) => ({ start: index.toUtf16(d.start), end: index.toUtf16(d.end), type: d.type, value: d.value })),
    });
  }

  private tagRun(text: string, run: Unit[], patterns: readonly PatternEntity[]): Candidate[] {
    const tags = this.model.tag(this.extractor.features(text, run, patterns));
    return spansFromTags(this.model.tags, tags).map((s) => ({ start: run[s.start].start, end: run[s.end - 1].end, label: s.label, source: 'model' as const }));
  }
}

/** Units between line breaks: the model was trained on single lines. */
function* runsOf(units: Unit[]): Generator<Unit[]> {
  let start = 0;
  for (let i = 0; i <= units.length; i++) {
    if (i === units.length || LINE_BREAK.test(units[i].text)) {
      if (i > start) yield units.slice(start, i);
      start = i + 1;
    }
  }
}

let gazetteer: Gazetteer | null = null;
let extractor: FeatureExtractor | null = null;

function sharedGazetteer(): Gazetteer {
  return (gazetteer ??= Gazetteer.load());
}

function sharedExtractor(g: Gazetteer): FeatureExtractor {
  return (extractor ??= new FeatureExtractor(g));
}
