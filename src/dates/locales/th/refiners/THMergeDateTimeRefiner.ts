/**
 * A date followed by its time becomes one date-time (`วันที่ 5 ธ.ค. 2563 เวลา 19.19 น.` →
 * 2020-12-05T19:19; with a time range, a range of date-times). Optional: Thai news annotation
 * keeps the two as separate spans, so the dates stage runs this only when asked to.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isEnglish, taggedKind } from '../../../result-tags.js';
import { GAP } from '../constants.js';

const BETWEEN_DATE_AND_TIME = new RegExp(`^${GAP},?${GAP}$`);

function isPlainDate(result: ParsingResult): boolean {
  return !result.end && result.start.isCertain('day') && !result.start.isCertain('hour');
}

export function withTime(date: ParsingComponents, time: ParsingComponents): ParsingComponents {
  return date.clone().addTags(date.tags()).assign('hour', time.get('hour')!).assign('minute', time.get('minute')!);
}

export default class THMergeDateTimeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      if (previous && this.shouldMerge(context, previous, result)) {
        const start = withTime(previous.start, result.start);
        const end = result.end ? withTime(previous.start, result.end) : undefined;
        merged[merged.length - 1] = context.createParsingResult(previous.index, result.index + result.text.length, start, end);
      } else {
        merged.push(result);
      }
    }
    return merged;
  }

  private shouldMerge(context: ParsingContext, date: ParsingResult, time: ParsingResult): boolean {
    return isDateThenItsTime(context, date, time);
  }
}

/** Whether `time` is the time of day of `date`, written right after it. */
export function isDateThenItsTime(context: ParsingContext, date: ParsingResult, time: ParsingResult): boolean {
  if (isEnglish(date) || isEnglish(time) || taggedKind(date) || !isPlainDate(date) || !time.start.isOnlyTime()) return false;
  return BETWEEN_DATE_AND_TIME.test(context.text.slice(date.index + date.text.length, time.index));
}
