/**
 * Entities that a pattern finds without the model: URL, EMAIL, PHONE, ZIP, MONEY, PERCENT,
 * LEN, T (temperature). Every expression starts with a look-behind that forbids starting
 * inside a run of the characters it consumes, so the engine tries each run once and matching
 * stays linear in the text's length.
 */
import { CodePointIndex } from '../core/code-points.js';
import { isThaiPostcode } from './postcodes.js';
import { registeredCompanies } from '../thai/company-names.js';

export interface PatternEntity {
  start: number;
  end: number;
  label: 'URL' | 'EMAIL' | 'PHONE' | 'ZIP' | 'MONEY' | 'PERCENT' | 'LEN' | 'T' | 'ORGANIZATION';
}

const NUMBER = String.raw`(?<![\d.,])\d+(?:[.,]\d+)*`;
const RANGE = String.raw`${NUMBER}(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?`;
const MULTIPLIER = '(?:\\s?(?:ล้าน|แสน|หมื่น|พัน|ร้อย))*';
const CURRENCY = '(?:บาท|ลบ\\.|ดอลลาร์(?:สหรัฐ(?:ฯ)?)?|เหรียญ(?:สหรัฐ(?:ฯ)?)?|ยูโร|เยน|หยวน|ปอนด์|ริงกิต|วอน|รูปี|ดอง|กีบ|เปโซ|ฟรังก์)';
const LENGTH_UNIT = '(?:กิโลเมตร|กม\\.|ก\\.ม\\.|เมตร|เซนติเมตร|เซ็นติเมตร|ซม\\.|มิลลิเมตร|มม\\.|ฟุต|นิ้ว|ไมล์|ไมล์ทะเล|วา|ศอก|km|m|cm|mm)(?![A-Za-z])';

const EXPRESSIONS: { label: PatternEntity['label']; pattern: RegExp }[] = [
  { label: 'MONEY', pattern: new RegExp(`${RANGE}${MULTIPLIER}\\s?${CURRENCY}`, 'g') },
  { label: 'MONEY', pattern: new RegExp(`(?<![\\w$])(?:US)?\\$\\s?${NUMBER}(?:\\s?(?:ล้าน|พันล้าน|million|billion|bn|m))?`, 'g') },
  { label: 'PERCENT', pattern: new RegExp(`${RANGE}\\s?(?:%|เปอร์เซ็นต์|เปอร์เซนต์)`, 'g') },
  { label: 'PERCENT', pattern: new RegExp(`ร้อยละ\\s?${RANGE}`, 'g') },
  { label: 'LEN', pattern: new RegExp(`${RANGE}${MULTIPLIER}\\s?${LENGTH_UNIT}`, 'g') },
  { label: 'T', pattern: new RegExp(`${RANGE}\\s?(?:องศา(?:เซลเซียส|ฟาเรนไฮต์)?|°\\s?[CF])`, 'g') },
  // 02-123-4567, 0 2617 6000, 088-1397300, (043) 202-397, 02 126 5800 ต่อ 2565, 0 2354 5524-6
  {
    label: 'PHONE',
    pattern: /(?<![\d-])(?:\+66\s?|\(0\d{1,2}\)\s?|0[-\s]?\d{1,3}[-\s]?)\d{3,4}[-\s]?\d{3,4}(?:-\d)?(?![\d])(?:\s?ต่อ\s?\d{1,5})?/g,
  },
  // short hotlines only after a cue: สายด่วน 1669
  { label: 'PHONE', pattern: /(?<=(?:โทร\.?|โทรศัพท์|สายด่วน|[Hh]otline|[Cc]all [Cc]enter)\s?)1\d{3}(?!\d)/g },
  // Thai postcodes: five digits after a place (จ.X 10900, กรุงเทพฯ 10330) or รหัสไปรษณีย์
  { label: 'ZIP', pattern: /(?<=(?:[ก-๙.ฯ]\s|ไปรษณีย์\s?))[1-9]\d{4}(?![\d,.]|\s?(?:บาท|คน|ราย|ล้าน|ตัว|ครั้ง|หลัง|ไร่))/g },
];

const URL_START = /(?<![\w.])(?:https?:\/\/|www\.)/gi;
const URL_BODY = /[^\s<>"'“”‘’\u0E00-\u0E7F]*/y;
const BARE_DOMAIN = /(?<![\w.@/-])[a-z0-9][a-z0-9.-]*\.(?:com|net|org|info|co\.th|go\.th|ac\.th|or\.th|in\.th|net\.th)(?![\w])(?:\/[^\s<>"'\u0E00-\u0E7F]*)?/gi;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]*[A-Za-z0-9]/y;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"”’»]+$/;

/**
 * Every pattern entity in `text`, with code-point offsets, sorted by start (longest first),
 * overlaps left to the caller. A ZIP must be a postcode that `isPostcode` knows.
 */
export function findPatternEntities(text: string, isPostcode: (code: string) => boolean = isThaiPostcode): PatternEntity[] {
  const index = new CodePointIndex(text);
  return findPatternEntitiesUtf16(text, isPostcode).map((p) => ({ ...p, start: index.toCodePoint(p.start), end: index.toCodePoint(p.end) }));
}

/** findPatternEntities with UTF-16 offsets, as JavaScript strings index them. */
export function findPatternEntitiesUtf16(text: string, isPostcode: (code: string) => boolean = isThaiPostcode): PatternEntity[] {
  const found: PatternEntity[] = [];
  for (const { label, pattern } of EXPRESSIONS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (label !== 'ZIP' || isPostcode(m[0])) found.push({ label, start: m.index, end: m.index + m[0].length });
    }
  }
  findUrls(text, found);
  findEmails(text, found);
  findCompanies(text, found);
  return found.sort(byStartThenLongest);
}

/** Text order, the longer of two spans at one start first (a function of the module, not an arrow made per call). */
function byStartThenLongest(a: PatternEntity, b: PatternEntity): number {
  return a.start - b.start || b.end - a.end;
}

function findUrls(text: string, found: PatternEntity[]): void {
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    URL_BODY.lastIndex = m.index + m[0].length;
    URL_BODY.exec(text);
    const end = m.index + text.slice(m.index, URL_BODY.lastIndex).replace(TRAILING_PUNCTUATION, '').length;
    if (end > m.index + m[0].length) found.push({ label: 'URL', start: m.index, end });
    URL_START.lastIndex = Math.max(URL_START.lastIndex, end);
  }
  // URLs with a scheme were found in text order and do not overlap: one pointer walks them
  const withScheme = found.filter((f) => f.label === 'URL');
  let next = 0;
  BARE_DOMAIN.lastIndex = 0;
  for (let m = BARE_DOMAIN.exec(text); m; m = BARE_DOMAIN.exec(text)) {
    const end = m.index + m[0].replace(TRAILING_PUNCTUATION, '').length;
    while (next < withScheme.length && withScheme[next].end < end) next++;
    const inside = next < withScheme.length && withScheme[next].start <= m.index;
    if (!inside) found.push({ label: 'URL', start: m.index, end });
  }
}

/** Emails are found from their `@` outwards, which keeps the scan linear. */
function findEmails(text: string, found: PatternEntity[]): void {
  let searchFrom = 0;
  for (let at = text.indexOf('@', searchFrom); at > 0; at = text.indexOf('@', searchFrom)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1])) start--;
    while (start < at && text[start] === '.') start++;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(text);
    searchFrom = at + 1;
    if (start === at || !domain || !domain[0].includes('.')) continue;
    found.push({ label: 'EMAIL', start, end: at + 1 + domain[0].length });
    searchFrom = at + 1 + domain[0].length;
  }
}

/** Companies by their registered name: one entity from บริษัท to จำกัด (มหาชน). */
function findCompanies(text: string, found: PatternEntity[]): void {
  for (const [start, end] of registeredCompanies(text)) found.push({ label: 'ORGANIZATION', start, end });
}
