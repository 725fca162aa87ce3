import { alternationOf } from '../text/alternation.js';
import { BRAND_NAMES } from '../thai/brands.js';
import { spellsLatinLetters } from '../thai/latin-letter-names.js';
import { CAMP_BUSINESSES, COMPANY_NAME_ENDINGS } from '../thai/name-cues.js';
import { changedCandidate, type Candidate } from './candidate.js';

const CAMP = 'ค่าย';
const BUSINESS_FIRST = new RegExp(`^(?:${alternationOf(CAMP_BUSINESSES)})`, 'u');
const BRAND_FIRST = new RegExp(`^(?:${alternationOf(BRAND_NAMES)})`, 'u');
const COMPANY_ENDING = new RegExp(`(?:${alternationOf(COMPANY_NAME_ENDINGS)})$`, 'u');
const SPACE = /[ \u00A0]/u;

/**
 * `ค่าย` (camp) before a business's name says what the name is, as `วง` before a band's: a record
 * label, a carmaker (`ค่ายแกรมมี่`, `ค่ายโตโยต้า`), which ThaiNER tags without it (`แกรมมี่`
 * each time) and so do the genre sets. An entity the model read over the word and the name is
 * the name alone, an ORGANIZATION, where the name shows it is a business's: spelt-out Latin
 * letters (`ค่ายจีดีเอช`, GDH), a brand the lists know (`ค่ายมาสด้า`), or a business's last word
 * (COMPANY_NAME_ENDINGS: `ค่ายวอร์เนอร์ มิวสิค`). The kind of business between goes with `ค่าย`
 * (CAMP_BUSINESSES: `ค่ายรถยนต์|ฮอนด้า`), but alone it proves no name: what follows it may
 * describe (`ค่ายรถอีวีจีน`, Chinese EV makers). An army camp's name keeps its `ค่าย`
 * (`ค่ายสุรนารี`), as ThaiNER has `ค่ายพระพุทธยอดฟ้า`. `entities`: UTF-16 offsets, in text order,
 * none overlapping; `boundaries` holds every token start and end. Returns a new list.
 */
export function campOutsideBusinessNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const nameStart =
      e.source === 'model' && text.startsWith(CAMP, e.start) && boundaries.has(e.start + CAMP.length) ? businessNameStart(text, e, boundaries) : -1;
    out.push(nameStart < 0 ? e : changedCandidate(e, nameStart, e.end, 'ORGANIZATION'));
  }
  return out;
}

/** Where the business's name starts in `e`, which opens with `ค่าย`, or -1 if the name does not show a business. */
function businessNameStart(text: string, e: Candidate, boundaries: ReadonlySet<number>): number {
  let start = e.start + CAMP.length;
  const business = BUSINESS_FIRST.exec(text.slice(start, e.end));
  if (business !== null && boundaries.has(start + business[0].length)) start += business[0].length;
  if (SPACE.test(text[start] ?? '')) start++;
  const name = text.slice(start, e.end);
  if (COMPANY_ENDING.test(name) || spellsLatinLetters(name.split(SPACE)[0])) return start;
  const brand = BRAND_FIRST.exec(name);
  return brand !== null && (brand[0].length === name.length || boundaries.has(start + brand[0].length)) ? start : -1;
}
