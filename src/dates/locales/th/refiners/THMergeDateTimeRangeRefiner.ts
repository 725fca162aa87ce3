/**
 * A range written as two dates, each with its time (`วันที่ 1 พ.ค. 2561 เวลา 08.00 น. ถึงวันที่ 7
 * พ.ค. 2561 เวลา 16.00 น.`), is one range of date-times. The news convention keeps a date and its
 * time two spans (THMergeDateTimeRefiner joins them only when asked), but not the two ends of one
 * range, which the times belong to.
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { GAP, RANGE_CONNECTOR } from '../constants.js';
import { mergeRange } from './THMergeDateRangeRefiner.js';
import { isDateThenItsTime, withTime } from './THMergeDateTimeRefiner.js';

const CONNECTOR = new RegExp(`^${GAP}${RANGE_CONNECTOR}${GAP}$`);

export default class THMergeDateTimeRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      if (i + 3 < results.length && this.isRange(context, results[i], results[i + 1], results[i + 2], results[i + 3])) {
        merged.push(mergeRange(context, this.dateTime(context, results[i], results[i + 1]), this.dateTime(context, results[i + 2], results[i + 3])));
        i += 3;
      } else merged.push(results[i]);
    }
    return merged;
  }

  private isRange(context: ParsingContext, firstDate: ParsingResult, firstTime: ParsingResult, lastDate: ParsingResult, lastTime: ParsingResult): boolean {
    if (firstTime.end || lastTime.end) return false;
    if (!isDateThenItsTime(context, firstDate, firstTime) || !isDateThenItsTime(context, lastDate, lastTime)) return false;
    return CONNECTOR.test(context.text.slice(firstTime.index + firstTime.text.length, lastDate.index));
  }

  private dateTime(context: ParsingContext, date: ParsingResult, time: ParsingResult): ParsingResult {
    return context.createParsingResult(date.index, time.index + time.text.length, withTime(date.start, time.start));
  }
}
