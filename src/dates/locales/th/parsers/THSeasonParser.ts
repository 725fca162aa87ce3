/**
 * Seasons that run over two years, as sport and farming news name them: `ฤดูกาล 2025/26`,
 * `ซีซั่น 2024-25`, `ไทยลีก 2025/26`, `ฤดูแล้ง ปี 2562/63`, `ปีการผลิต 2568/69`; and a season
 * named by one year, `ฤดูกาล 2025`. A range over the two years (a year for one), since where a
 * season starts and ends in them is the league's or the crop's, not the text's.
 * A slash between a year and the next one's last digits names such a season without a word
 * before it; a hyphen only after a season word, since `2562-63` after ปี is an ordinary range.
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { ERA_MARKER_PATTERN, readRangeEndYear, readYear } from '../../../../thai/eras.js';
import type { ParserAnchors } from '../../../anchors.js';
import { dateComponents } from '../components.js';
import { GAP, NUMBER_END, startsAtNumberBoundary } from '../constants.js';

/** `ฤดูกาล` is also a farming season (`ฤดูกาลผลิต`); only a year after it makes it a date. */
const SEASON_WORDS = ['ฤดูกาล', 'ซีซั่น', 'ซีซัน'];
const SEASON_WORD = `(?:${SEASON_WORDS.join('|')})`;
const YEAR = `(?:(${ERA_MARKER_PATTERN})${GAP})?(\\d{4})${NUMBER_END}`;
const SECOND_YEAR = `(\\d{4}|\\d{2})(?![\\d/]|[.,]\\d)`;
const PATTERN = new RegExp(
  // a season word, its year and maybe a second one after a slash or a hyphen,
  `(${SEASON_WORD}(?:ที่)?${GAP}(?:ปี${GAP})?)${YEAR}(?:${GAP}[/–-]${GAP}${SECOND_YEAR})?` +
    // or a year and the next one's digits after a slash
    `|(ปี${GAP})?${YEAR}${GAP}/${GAP}${SECOND_YEAR}`,
);

/** A number after these is a reference number, whose slash is no season (`เลขที่ 2563/64`, `คดีหมายเลข 2025/26`, `ศธ. 2564/65`). */
const REFERENCE_BEFORE = /(?:ที่|เลข|หมายเลข|คดี|[ก-ฮ]\.)[\s\u00a0]{0,3}$/;
/** Years that a bare slashed season may start in: Common Era and Buddhist era. */
const CE_FIRST = 1900;
const CE_LAST = 2100;
const BE_FIRST = 2400;
const BE_LAST = 2699;

function isPlausibleYear(year: number): boolean {
  return (year >= CE_FIRST && year <= CE_LAST) || (year >= BE_FIRST && year <= BE_LAST);
}

export default class THSeasonParser implements Parser {
  // Every match holds a season word or the slash: from the slash back over the first year, an
  // era written out, ปี, ที่ and the season word (30 units); from the season word on over all of
  // that and the second year with the look-ahead (29).
  readonly anchors: ParserAnchors = { words: [...SEASON_WORDS, '/'], before: 32, after: 32 };

  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [text, seasonWord, seasonMarker, seasonYear, seasonEnd, yearWord, slashMarker, slashYear, slashEnd] = match;
    const marker = seasonMarker ?? slashMarker;
    const written = seasonYear ?? slashYear;
    const endWritten = seasonEnd ?? slashEnd;
    const index = match.index!;
    if (!startsAtNumberBoundary(context.text, index + text.indexOf(written))) return null;
    if (!seasonWord) {
      const before = context.text.slice(Math.max(0, index - 12), index);
      if (!yearWord && !marker && REFERENCE_BEFORE.test(before)) return null;
    }
    if (!isPlausibleYear(Number(written))) return null;
    const start = readYear(written, marker);
    const result = context.createParsingResult(index, text);
    result.start = dateComponents(context, {}, start);
    if (!endWritten) return seasonWord ? result : null;
    const end = readRangeEndYear(start, endWritten);
    // After a season word, seasons from one year to a later one (`ฤดูกาล 2025-2027`); bare, a
    // season is two years that follow each other, and anything else a reference number.
    if (seasonWord ? end.ce <= start.ce : end.ce !== start.ce + 1) return null;
    result.end = dateComponents(context, {}, end);
    return result;
  }
}
