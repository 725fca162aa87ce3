import { THAI_SCRIPT_COMPANY_WORDS } from '../thai/brands.js';
import { alternationOf } from '../text/alternation.js';
import { changedCandidate, type Candidate } from './candidate.js';

/** A space and a company's word (src/thai/brands.ts) that ends there. */
const COMPANY_WORD_AFTER = new RegExp(`^[ \\u00A0]+(?:${alternationOf(THAI_SCRIPT_COMPANY_WORDS)})(?=[\\s(),.;:!?"'“”]|$)`, 'u');
const COMPANY_WORD_AT_END = new RegExp(`(?:${alternationOf(THAI_SCRIPT_COMPANY_WORDS)})$`, 'u');
/** `(ประเทศไทย)`, the Thai branch, after any body's name; `ประเทศไทย` bare only after a company's word. */
const THAI_BRANCH_BRACKETED = /^[ \u00A0]*\(ประเทศไทย\)/u;
const THAI_BRANCH = /^[ \u00A0]+ประเทศไทย(?=[\s(),.;:!?"'“”]|จำกัด|$)/u;
/** The registered company's ending. */
const LIMITED = /^[ \u00A0]*จำกัด(?:[ \u00A0]*\(มหาชน\))?/u;

/**
 * A body's name runs on over the words of a company's name written after it in Thai script
 * (`ซัมซุง| อิเล็กทรอนิกส์`, `โตโยต้า| มอเตอร์ ประเทศไทย`), a bracketed `(ประเทศไทย)` and
 * `จำกัด (มหาชน)`, taking in what the model found there (`ประเทศไทย` a place, `ออโตโมบิล
 * (ประเทศไทย` a body cut short). `entities`: UTF-16 offsets, in text order, none overlapping;
 * returns the same, a new list.
 */
export function companyWords(text: string, entities: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.label !== 'ORGANIZATION') {
      out.push(e);
      continue;
    }
    let end = e.end;
    let company = COMPANY_WORD_AT_END.test(text.slice(e.start, e.end));
    for (let word = COMPANY_WORD_AFTER.exec(text.slice(end)); word; word = COMPANY_WORD_AFTER.exec(text.slice(end))) {
      end += word[0].length;
      company = true;
    }
    const branch = THAI_BRANCH_BRACKETED.exec(text.slice(end)) ?? (company ? THAI_BRANCH.exec(text.slice(end)) : null);
    if (branch) end += branch[0].length;
    const limited = end > e.end ? LIMITED.exec(text.slice(end)) : null;
    if (limited) end += limited[0].length;
    while (i + 1 < entities.length && entities[i + 1].start < end) end = Math.max(end, entities[++i].end);
    out.push(end === e.end ? e : changedCandidate(e, e.start, end));
  }
  return out;
}
