import type { CodePointIndex } from '../core/code-points.js';
import type { DateMention, Token } from '../document/types.js';
import { FeatureExtractor } from './feature-extractor.js';
import { Gazetteer } from './gazetteer.js';
import { loadSequenceModel } from './model-loader.js';
import { findPatternEntitiesUtf16 } from './patterns.js';
import type { SequenceModel } from './sequence-model.js';
import { UnitTagger } from './unit-tagger.js';
import { resolveEntities } from './resolve.js';
import { type Candidate, newCandidate } from './candidate.js';

export interface EntityRecognizerOptions {
  /** A model file instead of the shipped one. */
  model?: string;
  /** Add pattern entities (URL, EMAIL, PHONE, ZIP, MONEY, PERCENT, LEN, T) the model missed. */
  patterns?: boolean;
  /** Find people, places and organisations in Latin-script runs with compromise. */
  english?: boolean;
}

/** An entity the recognizer found, with code-point offsets, before it becomes a document span: a Candidate. */
export type FoundEntity = Candidate;

/**
 * Finds the ThaiNER entity types in a text already cut into word tokens: the sequence model
 * labels units run by run (a run ends at a line break), pattern and English candidates are
 * added, conflicts resolved, and gazetteer ids attached.
 */
export class EntityRecognizer {
  readonly model: SequenceModel;
  readonly gazetteer: Gazetteer;
  /** The sequence model over units, shared by every recognizer with the same model. */
  readonly tagger: UnitTagger;
  private readonly options: Required<Omit<EntityRecognizerOptions, 'model'>>;

  constructor(options: EntityRecognizerOptions = {}) {
    this.model = loadSequenceModel(options.model);
    this.gazetteer = sharedGazetteer();
    this.tagger = sharedTagger(this.model, sharedExtractor(this.gazetteer));
    this.options = { patterns: options.patterns ?? true, english: options.english ?? true };
  }

  /**
   * Entities of `text`, given its tokens and date mentions (code-point offsets, as in a
   * document; `index` converts them), with code-point offsets, in text order.
   */
  recognize(text: string, tokens: readonly Token[], index: CodePointIndex, dates: readonly DateMention[] = []): FoundEntity[] {
    const toUtf16 = (cp: number) => index.toUtf16(cp);
    const patterns = findPatternEntitiesUtf16(text);
    // loops, not map() with arrows made per text, which are compiled again and again
    const candidates: Candidate[] = [];
    for (const span of this.tagger.tagText(text, tokens, toUtf16, patterns)) candidates.push(newCandidate(span.start, span.end, span.label, 'model'));
    if (this.options.patterns) for (const p of patterns) candidates.push(newCandidate(p.start, p.end, p.label, 'pattern'));
    const boundaries = new Set<number>();
    for (const token of tokens) boundaries.add(toUtf16(token.start)).add(toUtf16(token.end));
    const resolved = resolveEntities(text, candidates, {
      gazetteer: this.gazetteer,
      english: this.options.english,
      boundaries,
      dates: dates.map((d) => ({ start: toUtf16(d.start), end: toUtf16(d.end), type: d.type, value: d.value })),
    });
    for (const entity of resolved) {
      entity.start = index.toCodePoint(entity.start);
      entity.end = index.toCodePoint(entity.end);
    }
    return resolved;
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

/** One tagger per model: its cache of summed weights serves every recognizer of the process. */
const taggers = new WeakMap<SequenceModel, UnitTagger>();

function sharedTagger(model: SequenceModel, features: FeatureExtractor): UnitTagger {
  let tagger = taggers.get(model);
  if (!tagger) taggers.set(model, (tagger = new UnitTagger(model, features)));
  return tagger;
}
