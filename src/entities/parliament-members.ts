import { alternationOf } from '../text/alternation.js';
import { type Candidate, changedCandidate } from './candidate.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Elected members as news writes their short forms since the dots went (`ส.ส.`, `ส.ว.`, `ส.ก.`,
 * `ส.จ.`): of the house, the senate, Bangkok's council, a province's council.
 */
const MEMBERS = /^(?:สส|สว|สก|สจ)\./u;
const MEMBERS_LENGTH = 3;
/**
 * What a member's seat or side opens with after the short form: a constituency, the party list, a
 * party, a side, a senator's group.
 */
const SEAT_OR_SIDE = new RegExp(`^[ \\u00A0]?(?:${alternationOf(['เขต', 'บัญชีรายชื่อ', 'พรรค', 'ฝ่าย', 'รัฐบาล', 'กลุ่ม', 'สาย'])})`, 'u');

/**
 * `สส.`, members of parliament, which ThaiNER never labels (`ส.ส.`: the members, no body) and which
 * the model, knowing `สส.` from the armed forces' short forms (`ผบ.สส.`), calls an ORGANIZATION
 * with the member's seat or side: `สส.เชียงใหม่`, `สส.เขต 3`, `สส.บัญชีรายชื่อ`, `สส.|พรรคประชาชน`,
 * `สส. ฝ่ายค้าน`; so with senators and councillors (`สว.กลุ่มเกษตรกร`, `สจ.ขอนแก่น`). Such an
 * ORGANIZATION goes; a province in it stays the place it is (`สส.|เชียงใหม่`, as
 * `ส.ส.|อุบลราชธานี`). Not `สส.` ending a longer short form (`ผบ.สส.`,
 * `สสส.`: after a full stop, or inside a token) nor one in parentheses (a body's short form
 * defined there). `boundaries` holds every token start and end. Returns the entities, a new list
 * in text order.
 */
export function parliamentMembers(text: string, entities: readonly Candidate[], gazetteer: Gazetteer, boundaries: ReadonlySet<number>): Candidate[] {
  const kept: Candidate[] = [];
  for (const e of entities) {
    // `สส.` of `ผบ.สส.` follows a full stop; of `สสส.`, `อสส.`, a letter of the same word
    if (
      e.label !== 'ORGANIZATION' ||
      !MEMBERS.test(text.slice(e.start, e.start + MEMBERS_LENGTH)) ||
      text[e.start - 1] === '.' ||
      (e.start > 0 && !boundaries.has(e.start))
    ) {
      kept.push(e);
      continue;
    }
    const seatStart = e.start + MEMBERS_LENGTH;
    const seat = text.slice(seatStart, e.end).trim();
    if (seat === '') {
      if (text[e.start - 1] !== '(' && SEAT_OR_SIDE.test(text.slice(e.end, e.end + 16))) continue;
    } else if (gazetteer.resolve(seat)?.kind === 'province') {
      const at = text.indexOf(seat, seatStart);
      kept.push(changedCandidate(e, at, at + seat.length, 'LOCATION'));
      continue;
    } else if (SEAT_OR_SIDE.test(seat)) continue;
    kept.push(e);
  }
  return kept;
}
