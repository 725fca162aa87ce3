/**
 * Clock times in digits: `10.30 น.`, `เวลา 14.00 น.`, `14:00 น.`, `14:00`, `เวลา ๐๘.๓๐ น.`,
 * `14 นาฬิกา`, `9 นาฬิกา 30 นาที`, and time ranges `เวลา 06.00 น. – 23.00 น.`, `08.00-16.30 น.`.
 * A number with a dot
 * is a time only with `เวลา` before it or `น.`/`นาฬิกา` after it, so `1.9` and `13.62` stay
 * numbers; `เวลา 1.30 ชั่วโมง` is a duration.
 */
import type { Parser, ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import { THAI_BLOCK } from '../../../../thai/characters.js';
import type { ParserAnchors } from '../../../anchors.js';
import { GAP, NUMBER_START, RANGE_CONNECTOR, startsAtNumberBoundary } from '../constants.js';

/** `นาฬิกา` may carry its minutes in words: `9 นาฬิกา 30 นาที`; `น` without its dot only where no Thai follows. */
const O_CLOCK = `(?:นาฬิกา(?:${GAP}\\d{1,2}${GAP}นาที)?|น\\.|น(?![${THAI_BLOCK}]))`;
const CLOCK_MINUTES = /(\d{1,2})\D{0,3}นาที$/;
/** Groups: hour, separator, minutes, `น.`. */
const TIME = `(\\d{1,2})(?:([.:])(\\d{2}))?(?!\\d)(?:${GAP}(${O_CLOCK}))?`;
const PATTERN = new RegExp(
  `(?:(?<!ระยะ)(เวลา)${GAP})?${NUMBER_START}(?=\\d{1,2}(?:[.:]\\d{2}|${GAP}${O_CLOCK}))${TIME}` +
    `(?:${GAP}${RANGE_CONNECTOR}${GAP}(?:เวลา${GAP})?${TIME})?(?!${GAP}(?:ชั่วโมง|ชม|นาที))`,
);

interface ClockTime {
  hour: number;
  minute: number;
  /** Written so that it reads as a time by itself: with `น.`/`นาฬิกา`, or as HH:MM. */
  standsAlone: boolean;
}

function readTime(hour: string | undefined, separator: string | undefined, minute: string | undefined, suffix: string | undefined): ClockTime | null {
  if (hour === undefined) return null;
  const wordMinutes = suffix?.match(CLOCK_MINUTES)?.[1];
  const time = {
    hour: Number(hour),
    minute: minute !== undefined ? Number(minute) : wordMinutes !== undefined ? Number(wordMinutes) : 0,
    standsAlone: suffix !== undefined || separator === ':',
  };
  if (time.hour > 24 || time.minute > 59 || (minute === undefined && suffix === undefined)) return null;
  return time;
}

function timeComponents(context: ParsingContext, time: ClockTime): ParsingComponents {
  return context.createParsingComponents({ hour: time.hour, minute: time.minute });
}

export default class THTimeExpressionParser implements Parser {
  // Before the hour เวลา (5 units); after it the minutes, นาฬิกา with its minutes in words, a
  // range to a second time and the look-ahead for a duration (55).
  readonly anchors: ParserAnchors = { digits: true, before: 8, after: 72 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index!;
    if (!startsAtNumberBoundary(context.text, index + match[0].search(/\d/))) return null;
    const [text, timeWord, hour, separator, minute, suffix, endHour, endSeparator, endMinute, endSuffix] = match;
    const start = readTime(hour, separator, minute, suffix);
    const end = readTime(endHour, endSeparator, endMinute, endSuffix);
    if (!start || (endHour !== undefined && !end)) return null;
    if (!timeWord && !start.standsAlone && !end?.standsAlone) return null;
    const result = context.createParsingResult(index, text);
    result.start = timeComponents(context, start);
    if (end) result.end = timeComponents(context, end);
    return result;
  }
}
