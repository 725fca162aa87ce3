import type { Token } from '../document/types.js';
import type { FeatureExtractor } from './feature-extractor.js';
import { spansFromTags, type EntityLabel } from './labels.js';
import type { PatternEntity } from './patterns.js';
import { RunScorer } from './run-scorer.js';
import type { SequenceModel } from './sequence-model.js';
import { unitsOfToken, type Unit } from './units.js';

/** A model entity over units `[start, end)`. */
export interface UnitSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

/** A model entity with UTF-16 offsets. */
export interface TaggedSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Longer runs are tagged in windows of `window` units, so that memory stays bounded on a
 * document of any length. A window's decisions are kept up to a unit outside every entity in
 * its last OVERLAP units, short of its last RIGHT_CONTEXT units, where it does not see enough
 * of what follows; the next window starts LEFT_CONTEXT units before that cut. Lines and
 * paragraphs are far shorter than a window, so ordinary text is tagged whole.
 */
const WINDOW = 8192;
const OVERLAP = 256;
const RIGHT_CONTEXT = 32;
const LEFT_CONTEXT = 64;

/** The sequence model applied to units: features described, scored, decoded. */
export class UnitTagger {
  private readonly scorer: RunScorer;
  private readonly window: number;

  constructor(
    readonly model: SequenceModel,
    private readonly extractor: FeatureExtractor,
    options: { window?: number } = {},
  ) {
    this.scorer = new RunScorer(model, extractor.types, extractor.lexicon);
    this.window = Math.max(options.window ?? WINDOW, 2 * OVERLAP);
  }

  /** Entity spans over `units` (one run), as unit ranges with their labels. */
  tag(text: string, units: readonly Unit[], patterns: readonly PatternEntity[]): UnitSpan[] {
    const features = this.extractor.describe(text, units, patterns);
    // the model's tags were checked against the entity labels when it was loaded
    return spansFromTags(this.model.tags, this.model.decode(this.scorer.emissions(features), units.length)) as UnitSpan[];
  }

  /**
   * The model's entities in a text cut into `tokens` (code-point offsets, converted by
   * `toUtf16`), with UTF-16 offsets: run by run, a run ending at a line break (the model was
   * trained on single lines), long runs window by window. `patterns` (UTF-16, sorted by start)
   * are features.
   */
  tagText(text: string, tokens: readonly Token[], toUtf16: (cp: number) => number, patterns: readonly PatternEntity[]): TaggedSpan[] {
    const state = new WindowState(text, new PatternCursor(patterns));
    const { window } = this;
    const pieces: Unit[] = [];
    for (let t = 0; t < tokens.length; t++) {
      pieces.length = 0;
      unitsOfToken(text, toUtf16(tokens[t].start), toUtf16(tokens[t].end), t, pieces);
      for (const unit of pieces) {
        if (LINE_BREAK.test(unit.text)) this.tagWindow(state, true);
        else if (state.units.push(unit) >= window) this.tagWindow(state, false);
      }
    }
    this.tagWindow(state, true);
    return state.found;
  }

  /**
   * Tags the units of `state` (the last window of a run, or a full one), adds the spans it
   * decides to `state.found`, and keeps the units the next window overlaps. A method, not an
   * arrow made per text: that arrow, which holds the model's scoring inlined, lost its compiled
   * code whenever the texts it was made for were collected, and was compiled again.
   */
  private tagWindow(state: WindowState, last: boolean): void {
    const { units } = state;
    if (!units.length) return;
    const spans = this.tag(state.text, units, state.over.patterns(units[0].start, units[units.length - 1].end));
    const cut = last ? units.length : cutOf(spans, units.length);
    for (const s of spans) {
      if (s.start < state.decided && !state.cutInside) continue;
      const start = Math.max(s.start, state.decided);
      const end = Math.min(s.end, cut);
      if (start < end) state.found.push({ start: units[start].start, end: units[end - 1].end, label: s.label });
    }
    state.cutInside = !last && cutsAcross(spans, cut);
    state.units = last ? [] : units.slice(cut - LEFT_CONTEXT);
    state.decided = last ? 0 : LEFT_CONTEXT;
  }
}

/** What tagText carries from one window to the next. */
class WindowState {
  units: Unit[] = [];
  /** Units before this index were decided by the previous window. */
  decided = 0;
  /** Whether the previous window had to cut an entity (longer than its overlap) in two. */
  cutInside = false;
  readonly found: TaggedSpan[] = [];

  constructor(
    readonly text: string,
    readonly over: PatternCursor,
  ) {}
}

/** Whether a span runs across unit `cut`. */
function cutsAcross(spans: readonly UnitSpan[], cut: number): boolean {
  for (const s of spans) if (s.start < cut && s.end > cut) return true;
  return false;
}

/** Where a full window's decisions end: the last unit outside every span in its overlap. */
function cutOf(spans: readonly UnitSpan[], length: number): number {
  const earliest = length - OVERLAP;
  let cut = length - RIGHT_CONTEXT;
  for (let i = spans.length - 1; i >= 0 && cut > earliest; i--) {
    if (spans[i].end <= cut) break;
    if (spans[i].start < cut) cut = spans[i].start;
  }
  return Math.max(cut, earliest);
}

/** The patterns over a stretch of text, for stretches that move forward through it. */
class PatternCursor {
  private next = 0;
  private active: PatternEntity[] = [];

  constructor(private readonly sorted: readonly PatternEntity[]) {}

  /** The patterns overlapping `[start, end)`, in the order given; `start` never decreases. */
  patterns(start: number, end: number): PatternEntity[] {
    while (this.next < this.sorted.length && this.sorted[this.next].start < end) this.active.push(this.sorted[this.next++]);
    // loops, not filter() with arrows made per window, which are compiled again and again
    const active: PatternEntity[] = [];
    for (const p of this.active) if (p.end > start) active.push(p);
    this.active = active;
    const over: PatternEntity[] = [];
    for (const p of active) if (p.start < end) over.push(p);
    return over;
  }
}
