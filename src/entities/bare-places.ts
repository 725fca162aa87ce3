import { alternationOf } from '../text/alternation.js';
import { BARE_PLACE_NAMES, PROVINCE_SHORT_NAMES, SEA_AND_REGION_NAMES, WORDS_BEFORE_A_COUNTRY } from '../thai/places.js';
import { COUNTRY_ALIASES } from './country-aliases.js';
import { FACILITY_HEADS, LOCATION_HEADS, ORGANIZATION_HEADS } from '../thai/name-cues.js';
import { mergeFoundPlaces, SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

const PLACE = new RegExp(alternationOf(BARE_PLACE_NAMES), 'gu');
const PROVINCE_SHORT_NAME = new RegExp(alternationOf(Object.values(PROVINCE_SHORT_NAMES).flat()), 'gu');
const SEA_OR_REGION = new RegExp(alternationOf(SEA_AND_REGION_NAMES), 'gu');
/** Countries' Thai names that are other words too: `เช็ก` (to check), `สวิส` (of a franc), `สยาม` (of a square and a mall). */
const NOT_ONLY_COUNTRIES = new Set(['เช็ก', 'สวิส', 'สยาม']);
const THAI_COUNTRY_NAMES = Object.values(COUNTRY_ALIASES)
  .flat()
  .filter((name) => /^[\u0E01-\u0E4E]/u.test(name) && !NOT_ONLY_COUNTRIES.has(name));
/** A country's name right after a word that makes it the place, glued to it or a space between. */
const COUNTRY_AFTER_WORD = new RegExp(`(?<=(?:${alternationOf(WORDS_BEFORE_A_COUNTRY)})[ \u00A0]?)(?:${alternationOf(THAI_COUNTRY_NAMES)})`, 'gu');
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
 * in place of what the model found inside them (see provinceShortNames, seasAndRegions). `entities`
 * (UTF-16 offsets, in text order, none overlapping) is left as it was; returns the entities in
 * text order, a new list. `boundaries` holds every token start and end.
 */
export function barePlaces(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  const standsAsWords = (start: number, end: number): boolean =>
    boundaries.has(start) && boundaries.has(end) && !HEAD_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  // the merge goes through the text once: the two kinds of name in text order
  const found: { start: number; end: number }[] = [];
  for (const pattern of [PLACE, COUNTRY_AFTER_WORD]) for (const m of text.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length });
  found.sort((a, b) => a.start - b.start);
  for (const { start, end } of found) {
    if (standsAsWords(start, end) && merge.overlapping(start, end).length === 0) merge.replace(newCandidate(start, end, 'LOCATION', 'pattern'));
  }
  return mergeFoundPlaces(merge.finish(), [...provinceShortNames(text, standsAsWords), ...seasAndRegions(text, standsAsWords)]);
}

/**
 * A sea, a strait, a peninsula or a region of foreign news (src/thai/places.ts: `ทะเลจีนใต้`,
 * `ตะวันออกกลาง`) standing as words, in place of the country the model found inside it.
 */
function seasAndRegions(text: string, standsAsWords: (start: number, end: number) => boolean): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SEA_OR_REGION)) if (standsAsWords(m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

/**
 * A province's short name (src/thai/places.ts: `อุบลฯ`, `โคราช`) standing as words is that
 * province, in place of what the model found inside it (`อุบล` without its `ฯ`, `นรา` a person),
 * as ThaiNER tags `สุพรรณฯ` and `นราฯ`.
 */
function provinceShortNames(text: string, standsAsWords: (start: number, end: number) => boolean): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(PROVINCE_SHORT_NAME)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (standsAsWords(start, end) && !NO_PLACE_AFTER.test(text.slice(Math.max(0, start - 4), start))) found.push({ start, end });
  }
  return found;
}
