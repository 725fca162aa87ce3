/**
 * Registered Thai company names: `บริษัท <name> จำกัด`, `บริษัท <name> จำกัด (มหาชน)`, and the
 * short forms of the prefix (`บมจ.`, `บจก.`, `หจก.`) and the partnership's. The name runs to the
 * first `จำกัด` that is not the word "limited" of a sentence (`มีอยู่อย่างจำกัด`, `ไม่จำกัด`; a
 * name may glue it on: `บมจ.การบินไทยจำกัด (มหาชน)`); `(มหาชน)` after it belongs to it.
 */
const REGISTERED_COMPANY = /(?:บริษัท|บมจ\.|บจก\.|หจก\.|ห้างหุ้นส่วนจำกัด)(?!ฯ)([^\n()]{1,80}?)(?<!อย่าง|มี|ไม่|ถูก|การ|ที่|จำนวน|ค่อนข้าง)จำกัด(?:\s?\(มหาชน\))?/g;

/** A company name of more words than this is a sentence that happens to end in จำกัด. */
const MAX_NAME_WORDS = 5;

/** Whether the name between the prefix and จำกัด reads as one company's. */
export function isCompanyName(name: string): boolean {
  const trimmed = name.trim();
  return trimmed !== '' && !trimmed.includes('บริษัท') && trimmed.split(/\s+/u).length <= MAX_NAME_WORDS;
}

/** Every registered company name in `text`, in order, as [start, end] (UTF-16). */
export function* registeredCompanies(text: string): Generator<[number, number]> {
  const pattern = new RegExp(REGISTERED_COMPANY);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (isCompanyName(m[1])) yield [m.index, m.index + m[0].length];
    else pattern.lastIndex = m.index + 1; // a company may start inside what was refused
  }
}

/** The registered company name that ends exactly at UTF-16 index `end` of `text`, as [start, end]. */
export function companyNameEndingAt(text: string, end: number): [number, number] | null {
  const from = Math.max(0, end - 120);
  const before = text.slice(from, end);
  let found: [number, number] | null = null;
  for (const [start, stop] of registeredCompanies(before)) if (stop === before.length) found = [from + start, end];
  return found;
}

/** Legal forms written in brackets after a name, which belong to it: a public company's, a public organisation's. */
export const BRACKETED_LEGAL_FORMS: readonly string[] = ['(องค์การมหาชน)', '(มหาชน)'];
