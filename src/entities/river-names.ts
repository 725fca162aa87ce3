import { alternationOf } from '../text/alternation.js';
import { RIVER_NAMES } from '../thai/rivers.js';
import { SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

/** `แม่น้ำ` and a river's name, a space between or none. */
const RIVER = new RegExp(`แม่น้ำ[ \\u00A0]?(?:${alternationOf(RIVER_NAMES)})`, 'gu');

/**
 * A river named after `แม่น้ำ` (`แม่น้ำเจ้าพระยา`, `ในแม่น้ำมูลแห้ง…`) is one LOCATION with its
 * head word, as ThaiNER tags `แม่น้ำโขง` and `แม่น้ำยม`, where `แม่น้ำ` and the name stand as
 * words (the name ends at a word's end; `น้อย` is left out of the names for `แม่น้ำน้อยใหญ่`,
 * rivers great and small); it takes the
 * place of the model's entities inside it (`มูล` alone, `น่าน` the province), but not of one
 * reaching outside it (`สถานีวัดระดับน้ำแม่น้ำน่าน`, a gauging station). `entities` (UTF-16
 * offsets, in text order, none overlapping) is left as it was; returns the entities in text
 * order, a new list. `boundaries` holds every token start and end.
 */
export function riverNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  for (const m of text.matchAll(RIVER)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!boundaries.has(start) || !boundaries.has(end)) continue;
    const inside = merge.overlapping(start, end);
    if (inside.some((e) => e.start < start || e.end > end || e.source !== 'model')) continue;
    merge.replace(newCandidate(start, end, 'LOCATION', 'pattern'));
  }
  return merge.finish();
}
