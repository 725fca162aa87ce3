/**
 * What a parser knows about a result beyond chrono's date components travels as chrono tags
 * on the components: which locale read it, what kind of expression it is, whether it names a
 * week, and how its year was written. chrono's `clone()` drops tags: whoever clones copies them.
 */
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { Era, YearReading } from '../thai/eras.js';

/** Added to every result of chrono's English parsers, so that Thai refiners leave them alone. */
export const ENGLISH_TAG = 'thai-extract/locale/en';

/** Kinds of expression that chrono's components cannot tell apart by themselves. */
export type TaggedKind = 'relative' | 'fiscal' | 'year';

const KIND_PREFIX = 'thai-extract/kind/';
const WEEK_TAG = 'thai-extract/precision/week';
const DAY_WORD_TAG = 'thai-extract/day-word';
const YEAR_PREFIX = 'thai-extract/year/';
/** chrono's own marks on relative English results (`now`, `3 days ago`, `next week`). */
const CHRONO_RELATIVE_TAGS = /^(?:result\/relativeDate|casualReference\/)/;

export function tagKind(components: ParsingComponents, kind: TaggedKind): ParsingComponents {
  return components.addTag(KIND_PREFIX + kind);
}

function kindOf(components: ParsingComponents): TaggedKind | undefined {
  for (const tag of components.tags()) {
    if (tag.startsWith(KIND_PREFIX)) return tag.slice(KIND_PREFIX.length) as TaggedKind;
    if (CHRONO_RELATIVE_TAGS.test(tag)) return 'relative';
  }
  return undefined;
}

export function taggedKind(result: ParsingResult): TaggedKind | undefined {
  return kindOf(result.start) ?? (result.end ? kindOf(result.end) : undefined);
}

export function isRelative(components: ParsingComponents): boolean {
  return kindOf(components) === 'relative';
}

export function isEnglish(result: ParsingResult): boolean {
  return result.start.tags().has(ENGLISH_TAG);
}

/** Marks a day named by a word relative to the document date (`วันนี้`, `พรุ่งนี้`), not counted (`อีก 8 วัน`). */
export function tagDayWord(components: ParsingComponents): ParsingComponents {
  return components.addTag(DAY_WORD_TAG);
}

export function isDayWord(components: ParsingComponents): boolean {
  return components.tags().has(DAY_WORD_TAG);
}

/** Marks components whose value is the ISO week they fall in (`สัปดาห์หน้า`). */
export function tagWeekPrecision(components: ParsingComponents): ParsingComponents {
  return components.addTag(WEEK_TAG);
}

export function hasWeekPrecision(components: ParsingComponents): boolean {
  return components.tags().has(WEEK_TAG);
}

export function tagYearReading(components: ParsingComponents, reading: YearReading): ParsingComponents {
  return components.addTag(`${YEAR_PREFIX}${reading.era}/${reading.written}/${reading.ce}`);
}

export function yearReadingOf(components: ParsingComponents): YearReading | undefined {
  for (const tag of components.tags()) {
    if (!tag.startsWith(YEAR_PREFIX)) continue;
    const [era, written, ce] = tag.slice(YEAR_PREFIX.length).split('/');
    return { written, era: era as Era, ce: Number(ce) };
  }
  return undefined;
}

/** Gives `to` the written year of `from` when `to` has none (a range writes its year once). */
export function copyYearReading(from: ParsingComponents, to: ParsingComponents): void {
  const reading = yearReadingOf(from);
  if (reading && !yearReadingOf(to)) tagYearReading(to, reading);
}
