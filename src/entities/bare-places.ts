import { alternationOf } from '../text/alternation.js';
import { BARE_PLACE_NAMES, COUNTRY_NAMES_THAT_ARE_WORDS, PROVINCE_SHORT_NAMES, SEA_AND_REGION_NAMES, WORDS_BEFORE_A_COUNTRY } from '../thai/places.js';
import { COUNTRY_ALIASES } from './country-aliases.js';
import { FACILITY_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS } from '../thai/name-cues.js';
import { mergeFoundPlaces, SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

const PLACE = new RegExp(alternationOf(BARE_PLACE_NAMES), 'gu');
const PROVINCE_SHORT_NAME = new RegExp(alternationOf(Object.values(PROVINCE_SHORT_NAMES).flat()), 'gu');
const SEA_OR_REGION = new RegExp(alternationOf(SEA_AND_REGION_NAMES), 'gu');
const THAI_COUNTRY_NAMES = Object.values(COUNTRY_ALIASES)
  .flat()
  .filter((name) => /^[\u0E01-\u0E4E]/u.test(name) && !COUNTRY_NAMES_THAT_ARE_WORDS.has(name));
/**
 * A word that makes a country's name the place, glued to it or a space between, and the name (the
 * group): matched forwards, not as a look-behind tried at every character of the text.
 */
const COUNTRY_AFTER_WORD = new RegExp(`(?:${alternationOf(WORDS_BEFORE_A_COUNTRY)})[ \u00A0]?(${alternationOf(THAI_COUNTRY_NAMES)})`, 'gu');
/**
 * What makes a province's short name no place: `ณ อยุธยา` ends surnames of the royal line,
 * `ศรีอยุธยา` the official name and a Bangkok road's, `สมัยอยุธยา` names an era.
 */
const NO_PLACE_AFTER = /(?:ณ[ \u00A0]?|ศรี|สมัย|ยุค)$/u;
/**
 * A head glued before the name makes it part of a longer one (`เมืองพัทยา`, the city's
 * administration, ThaiNER's ORGANIZATION; `หาดพัทยา`, the beach), which is not this rule's.
 */
const HEAD_BEFORE = new RegExp(`(?:${alternationOf([...LOCATION_HEADS, ...FACILITY_HEADS, ...ORGANIZATION_HEADS, 'หาด'])})$`, 'u');

/**
 * A place news names bare (src/thai/places.ts: `พัทยา`, `ฉนวนกาซา`) is a LOCATION where it stands
 * as words, no head glued before it, and the model found nothing over it, as ThaiNER tags
 * `พัทยา` and `หัวหิน` alone, and so is a country's name after a word that makes it the place
 * (`ในจีน`, `ผู้นำจีน`: WORDS_BEFORE_A_COUNTRY); so are a province's short name and a sea or a region of foreign news,
 * in place of what the model found inside them. `entities`
 * (UTF-16 offsets, in text order, none overlapping) is left as it was; returns the entities in
 * text order, a new list. `boundaries` holds every token start and end.
 */
export function barePlaces(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  const standsAsWords = ({ start, end }: Span): boolean =>
    boundaries.has(start) && boundaries.has(end) && !HEAD_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  // the merge goes through the text once: the two kinds of name in text order
  const bare = [...spansOf(text, PLACE), ...spansOf(text, COUNTRY_AFTER_WORD)].sort((a, b) => a.start - b.start);
  for (const span of bare) {
    if (standsAsWords(span) && merge.overlapping(span.start, span.end).length === 0) merge.replace(newCandidate(span.start, span.end, 'LOCATION', 'pattern'));
  }
  // a province's short name (`อุบลฯ`, `โคราช`) and a sea or a region (`ทะเลจีนใต้`) take the place
  // of what the model found inside them (`อุบล` without its `ฯ`, `นรา` a person, `จีน` a country)
  const provinces = spansOf(text, PROVINCE_SHORT_NAME).filter((span) => !NO_PLACE_AFTER.test(text.slice(Math.max(0, span.start - 4), span.start)));
  return mergeFoundPlaces(merge.finish(), [...provinces, ...spansOf(text, SEA_OR_REGION)].filter(standsAsWords));
}

interface Span {
  start: number;
  end: number;
}

/** Where `pattern` matches in `text`: the whole match, or its first group where it has one. */
function spansOf(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const name = m[1] ?? m[0];
    const end = m.index + m[0].length;
    spans.push({ start: end - name.length, end });
  }
  return spans;
}
