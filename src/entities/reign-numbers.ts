import type { Candidate } from './candidate.js';

/** `รัชกาลที่` (the reign) at the end of a king's PERSON. */
const REIGN = /รัชกาลที่$/u;
/** The reign's number after it: one or two digits, Arabic or Thai, a space before them or none. */
const REIGN_NUMBER = /^[ \u00A0]?[0-9๐-๙]{1,2}(?![0-9๐-๙.,])/u;

/**
 * A king named with his reign (`พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช รัชกาลที่ 9`,
 * `ในหลวงรัชกาลที่ ๙`) is one PERSON with the reign's number, as ThaiNER tags `สมเด็จพระเจ้าอยู่หัว
 * รัชกาลที่ 10`; the model, which reads the number as a number, stops before it. A PERSON that
 * ends with `รัชกาลที่` takes the number after it, where no other entity stands. `entities`
 * (UTF-16 offsets, in text order, none overlapping) is changed in place and returned.
 */
export function reignNumbers(text: string, entities: Candidate[]): Candidate[] {
  for (const [i, e] of entities.entries()) {
    if (e.label !== 'PERSON' || !REIGN.test(text.slice(Math.max(e.start, e.end - 9), e.end))) continue;
    const number = REIGN_NUMBER.exec(text.slice(e.end, e.end + 4))?.[0];
    const next = i + 1 < entities.length ? entities[i + 1].start : text.length;
    if (number && e.end + number.length <= next) e.end += number.length;
  }
  return entities;
}
