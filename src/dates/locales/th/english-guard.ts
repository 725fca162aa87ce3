/**
 * chrono's English parsers and refiners, kept for English dates inside Thai text (`June 20,
 * 2019`, `25 - 28 June 2024`, `now`). Their number patterns know no Thai: the time parser
 * reads `15-27` before `ธันวาคม` as a time, the slash parser `20/06/2562` as year 2562. So an
 * English parser may only read a match that contains a Latin letter, and English refiners
 * only see English results. chrono's strict mode drops bare weekdays too.
 */
import type { Parser, ParsingContext, Refiner } from 'chrono-node';
import { ParsingComponents, ParsingResult } from 'chrono-node/en';
import type { AnchoredParser, ParserAnchors } from '../../anchors.js';
import { ENGLISH_TAG, isEnglish, isRelative } from '../../result-tags.js';

const LATIN_LETTER = /[A-Za-z]/;
const CAPITALS_ALONE = /^[A-Z]{3,4}\.?$/;

/**
 * chrono's English parsers whose patterns also match digits alone (`2019-06-20`, `20/06`, `10.30`):
 * every match holds a digit, at most 3 units after its start and 18 before its end.
 */
const DIGIT_PATTERNS = new Set(['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser']);
/**
 * chrono's English parsers of durations (`within 2 days`, `3 hours ago`, `in 5 mins`, `next 2
 * weeks`): every match holds one of chrono's time units (see isTimeUnitRun). Their patterns are
 * chrono's largest: compiling them took 24 of the 57 ms a first document spent on dates when it
 * held any Latin letter (`World Health Organization`), and Thai news seldom writes an English
 * duration.
 */
const TIME_UNIT_PATTERNS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
/** The keys of chrono's TIME_UNIT_DICTIONARY (its English locale does not export it; a test checks they agree). */
export const TIME_UNIT_WORDS: readonly string[] = [
  ...['s', 'sec', 'second', 'seconds', 'm', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days'],
  ...['w', 'week', 'weeks', 'mo', 'mon', 'mos', 'month', 'months', 'qtr', 'quarter', 'quarters', 'y', 'yr', 'year', 'years'],
];
/**
 * What chrono's duration patterns let come right before a unit with no space between
 * (`fivedays`, `halfaday`: the end of a number word) and right after it (`daysago`,
 * `daysand`, `hoursthree`: a connector, a suffix or the next number's start).
 */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const BEFORE_UNIT = new RegExp(`(?:${NUMBER_WORDS}|few|several|the|couple|of|half|halfan?)$`, 'u');
const AFTER_UNIT = new RegExp(
  `^(?:and|about|around|ago|before|earlier|later|after|from|henceforth|forward|out|${NUMBER_WORDS}|half|few|several|the|a?couple|an?$)`,
  'u',
);

/**
 * Whether a run of Latin letters (lower case) can be part of a match of chrono's duration
 * patterns: it holds a time unit with, on each side, the run's end or what those patterns let
 * be written onto it. A unit is mostly a run of its own (`days`, the `h` of `1h30m`); `Health`
 * ends with `h` but `healt` ends no number word, so it is no anchor.
 */
export const isTimeUnitRun = (run: string): boolean => holdsWord(run, TIME_UNIT_WORDS, BEFORE_UNIT, AFTER_UNIT);

/**
 * chrono's English parsers of month names (`20 June 2019`, `June 20, 2019`, `June 2019`,
 * `2019 June`): every match holds one of chrono's month names (see isMonthNameRun). Their
 * patterns hold the ordinal words and all the month names, and compiling them took 7 ms of a
 * first document that held any Latin letter.
 */
const MONTH_NAME_PATTERNS = new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser', 'ENYearMonthNameParser']);
/** The keys of chrono's MONTH_DICTIONARY without their dots (a test checks they agree). */
export const MONTH_WORDS: readonly string[] = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ...['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
];
/** The ordinal words of chrono's ORDINAL_WORD_DICTIONARY that are one run of letters, and the tens that start the others (`twenty-first`). */
export const ORDINAL_RUN_WORDS: readonly string[] = [
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth'],
  ...['fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth', 'twenty', 'thirty'],
];
/**
 * What chrono's month patterns let come right before a month name with no space between: an
 * ordinal's suffix or word (`1stjan`, `firstjanuary`), `of`, `in`, a year's era (`2019ADjan`);
 * and right after it: `of` before a year, an ordinal word (`januaryfirst`).
 */
const BEFORE_MONTH = /(?:st|nd|rd|th|of|in|be|ad|bc|ce)$/u;
const AFTER_MONTH = new RegExp(`^(?:of|${ORDINAL_RUN_WORDS.join('|')})`, 'u');

/** Whether a run of Latin letters (lower case) can be part of a match of chrono's month-name patterns (as isTimeUnitRun for units). */
export const isMonthNameRun = (run: string): boolean => holdsWord(run, MONTH_WORDS, BEFORE_MONTH, AFTER_MONTH);

/** Whether `run` holds one of `words` with, on each side, the run's end or what `before` and `after` accept. */
function holdsWord(run: string, words: readonly string[], before: RegExp, after: RegExp): boolean {
  for (const word of words) {
    for (let at = run.indexOf(word); at >= 0; at = run.indexOf(word, at + 1)) {
      const head = run.slice(0, at);
      const tail = run.slice(at + word.length);
      if ((head === '' || before.test(head)) && (tail === '' || after.test(tail))) return true;
    }
  }
  return false;
}

/** The others: their matches hold English words, at most 8 units apart and from either end. */
const WORD_PATTERNS = new Set(['ENWeekdayParser', 'ENCasualDateParser', 'ENCasualTimeParser', 'ENEndOfCurrentMonthParser', 'ENRelativeDateFormatParser']);
/**
 * Every English parser these anchors know, by class name. The names are read at run time, so
 * the bundles must keep them (esbuild renames a class only when two share a name; a test checks).
 */
export const ANCHORED_ENGLISH_PARSERS: readonly string[] = [...DIGIT_PATTERNS, ...TIME_UNIT_PATTERNS, ...MONTH_NAME_PATTERNS, ...WORD_PATTERNS];
const ANCHORED_ON_DIGITS: ParserAnchors = { digits: true, before: 16, after: 32 };
const ANCHORED_ON_LETTERS: ParserAnchors = { latin: true, before: 16, after: 24 };
/** From a match's start to its first unit (`in about ~ about a couple of days`) and from its last unit to its end (`days from now`). */
const ANCHORED_ON_TIME_UNITS: ParserAnchors = { latinRun: isTimeUnitRun, before: 20, after: 24 };
/**
 * From a match's start to its month (`on twenty-first to twenty-seventh of June` and the
 * character before it that chrono's boundary reads: 15 units) and from the month to its end and
 * what the look-aheads read (`June twenty-first to twenty-seventh , 2019 BE` and a year's
 * `(?!\s+o\s*clock)`: 25 units).
 */
const ANCHORED_ON_MONTH_NAMES: ParserAnchors = { latinRun: isMonthNameRun, before: 20, after: 30 };

/**
 * The anchors of one of chrono's English parsers (`anchors.ts`), by its class; one that a later
 * chrono adds searches the whole text until it is looked at. chrono's `o\W*clock` could in
 * principle run over any stretch of Thai between the o and the clock, which no window holds;
 * nobody writes a time so.
 */
function englishAnchors(parser: Parser): ParserAnchors | undefined {
  const name = parser.constructor.name;
  if (DIGIT_PATTERNS.has(name)) return ANCHORED_ON_DIGITS;
  if (TIME_UNIT_PATTERNS.has(name)) return ANCHORED_ON_TIME_UNITS;
  if (MONTH_NAME_PATTERNS.has(name)) return ANCHORED_ON_MONTH_NAMES;
  return WORD_PATTERNS.has(name) ? ANCHORED_ON_LETTERS : undefined;
}

export function latinOnly(parser: Parser): AnchoredParser {
  return {
    anchors: englishAnchors(parser),
    pattern: (context) => parser.pattern(context),
    extract(context: ParsingContext, match: RegExpMatchArray) {
      if (!LATIN_LETTER.test(match[0])) return null;
      const extracted = parser.extract(context, match);
      if (!extracted) return null;
      const result = extracted instanceof ParsingResult || extracted instanceof ParsingComponents ? extracted : context.createParsingComponents(extracted);
      const start = result instanceof ParsingResult ? result.start : result;
      // A bare English weekday in Thai text is mostly part of a name (`Jeong-Sun`, `Wed`).
      if (start.isOnlyWeekdayComponent()) return null;
      // chrono's patterns may end with spaces their lookahead then tests for a non-word
      // character, which every Thai letter is to it: `March 1 ` before `ที่สวน`. No date ends
      // with a space; the result is the match, so the match loses them.
      if (result instanceof ParsingResult) result.text = result.text.trimEnd();
      else match[0] = match[0].trimEnd();
      // A month's short name alone in capitals is an acronym in Thai news (`SEP`, the sufficiency
      // economy philosophy; `MAR`), no month: a month named alone is written out or capitalised.
      const text = result instanceof ParsingResult ? result.text : match[0];
      if (CAPITALS_ALONE.test(text) && !start.isCertain('day') && !start.isCertain('year')) return null;
      return result.addTag(ENGLISH_TAG);
    },
  };
}

/**
 * Runs chrono's English refiners, in order, on the English results only. A range they build
 * with a relative end (`from now until July 31, 2021`) is taken apart again: such an end is
 * a date of its own.
 */
export function englishOnly(refiners: readonly Refiner[]): Refiner {
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      let english = results.filter(isEnglish);
      if (english.length === 0) return results;
      for (const refiner of refiners) {
        const inputs = english;
        english = refiner.refine(context, inputs).flatMap((result) => keepRelativeEndsApart(result, inputs));
      }
      // chrono's merging refiners clone components, and clone() drops tags.
      for (const result of english) result.addTag(ENGLISH_TAG);
      return [...results.filter((result) => !isEnglish(result)), ...english].sort((a, b) => a.index - b.index);
    },
  };
}

/** `inputs` are sorted by position, so the parts of a range are found by bisection. */
function keepRelativeEndsApart(result: ParsingResult, inputs: ParsingResult[]): ParsingResult[] {
  if (!result.end || !(isRelative(result.start) || isRelative(result.end))) return [result];
  let low = 0;
  let high = inputs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (inputs[middle].index < result.index) low = middle + 1;
    else high = middle;
  }
  const end = result.index + result.text.length;
  const parts: ParsingResult[] = [];
  for (let i = low; i < inputs.length && inputs[i].index + inputs[i].text.length <= end; i++) {
    if (inputs[i] !== result) parts.push(inputs[i]);
  }
  return parts.length >= 2 ? parts : [result];
}
