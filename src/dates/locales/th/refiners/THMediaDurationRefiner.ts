/**
 * A clock written with a colon and nothing else (`0:23`, `5:56`) next to a media player's words
 * is where the player is and how long the clip runs, not a time of day: shortly after `Duration`,
 * `Current Time`, `Remaining Time`, `คลิป` (`คลิปยาว 5:56`), `วิดีโอ`, `ความยาว` on its line; as one side of `0:23 / 5:56`; with
 * the minus sign of a remaining time (`-5:56`); alone on its line; or with a single `0` for its
 * hour, which Thai clock times never have (`0:23`, where a time of day is `00.23 น.`).
 */
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const BARE_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const MEDIA_BEFORE =
  /(?:duration|current time|remaining time|time|length|ความยาว(?:คลิป)?|ความยาววิดีโอ|คลิป|วิดีโอ|วีดีโอ|วีดิโอ|video|audio|podcast|พอดแคสต์|play)[^\n\d]{0,8}$|\/\s*$|(?:^|\s)-$/i;
const MEDIA_AFTER = /^[\s]*\//;
const LOOK_AROUND = 40;

function aloneOnItsLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1) + 1;
  const after = text.indexOf('\n', end);
  return text.slice(before, start).trim() === '' && text.slice(end, after === -1 ? text.length : after).trim() === '';
}

export default class THMediaDurationRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (result.end || !result.start.isOnlyTime() || !BARE_CLOCK.test(result.text)) return true;
      const start = result.index;
      const end = start + result.text.length;
      const text = context.text;
      if (result.text.startsWith('0:')) return false;
      if (MEDIA_BEFORE.test(text.slice(Math.max(0, start - LOOK_AROUND), start))) return false;
      if (MEDIA_AFTER.test(text.slice(end, end + LOOK_AROUND))) return false;
      return !aloneOnItsLine(text, start, end);
    });
  }
}
