import { alternationOf } from '../text/alternation.js';
import { FEDERAL_STATE_NAMES } from '../thai/federal-states.js';
import { ROAD_NAMES } from '../thai/roads.js';
import { mergeFoundPlaces } from './span-merge.js';
import type { Candidate } from './candidate.js';

/**
 * `รัฐ` or `มลรัฐ` and a federation's state (`รัฐกะเหรี่ยง`, `มลรัฐแคลิฟอร์เนีย`), not the end of a
 * country's long name (`สหพันธรัฐ…`, `เครือรัฐออสเตรเลีย`, `สาธารณรัฐ…`: none of the states is
 * the country's name, but `ออสเตรเลียตะวันตก` after `เครือรัฐ` would be).
 */
const STATE = new RegExp(`(?<!สหพันธ|สมาพันธ|เครือ|สาธารณ|สห)(?:มล)?รัฐ(?:${alternationOf(FEDERAL_STATE_NAMES)})`, 'gu');
/**
 * `ถนน` or `ถ.` and a known road, a space between or none; `พระราม` (the Rama roads of Bangkok)
 * with its number (`ถนนพระราม 9`, `ถ.พระราม 2`), one or two digits standing alone.
 */
const ROAD = new RegExp(`(?:ถนน|ถ\\.)[ \\u00A0]?(?:${alternationOf(ROAD_NAMES)}|พระราม(?:ที่)?[ \\u00A0]?[1-9](?![0-9.,]))`, 'gu');

/**
 * A federation's state after `รัฐ` (src/thai/federal-states.ts) and a known road after `ถนน` or `ถ.`
 * (src/thai/roads.ts) are one LOCATION with their head word, as ThaiNER tags `รัฐฟลอริดา`,
 * `รัฐควิเบก` and `ถนนราชดำเนินนอก`, glued to the words around them or not: where the head starts a
 * word (a short form with its full stop may end one the segmenter made, `บนถ.`) and the name ends
 * one. It takes the place of the model's entities inside it (`ถนนราชดำเนิน` of
 * `ถนนราชดำเนินกลาง`, a state read as a building), not of one reaching outside it (`กองทัพรัฐฉาน`,
 * a body) nor of another rule's. `entities` (UTF-16 offsets, in text order, none overlapping) is
 * left as it was; returns the entities in text order, a new list. `boundaries` holds every token
 * start and end.
 */
export function headedPlaces(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const found: { start: number; end: number }[] = [];
  for (const pattern of [STATE, ROAD]) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      const startsWord = boundaries.has(start) || (m[0].startsWith('ถ.') && boundaries.has(start + 2));
      if (startsWord && boundaries.has(end)) found.push({ start, end });
    }
  }
  return mergeFoundPlaces(entities, found);
}
