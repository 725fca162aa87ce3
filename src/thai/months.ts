/**
 * Thai month names as news text writes them: full names (and a common misspelling), dotted
 * abbreviations (`ม.ค.`, `มี.ค.`), the same without dots (`มค`), and the spoken short forms
 * (`มกรา`, `ตุลา`).
 */
import { THAI_CONSONANTS, THAI_LETTERS } from './characters.js';

interface MonthSpelling {
  month: number;
  full: string[];
  /** The two letter groups of the abbreviation: `มี.ค.` is ['มี', 'ค']. */
  abbreviation: [string, string];
  short: string;
}

const MONTHS: readonly MonthSpelling[] = [
  { month: 1, full: ['มกราคม'], abbreviation: ['ม', 'ค'], short: 'มกรา' },
  { month: 2, full: ['กุมภาพันธ์'], abbreviation: ['ก', 'พ'], short: 'กุมภา' },
  { month: 3, full: ['มีนาคม'], abbreviation: ['มี', 'ค'], short: 'มีนา' },
  { month: 4, full: ['เมษายน'], abbreviation: ['เม', 'ย'], short: 'เมษา' },
  { month: 5, full: ['พฤษภาคม'], abbreviation: ['พ', 'ค'], short: 'พฤษภา' },
  { month: 6, full: ['มิถุนายน'], abbreviation: ['มิ', 'ย'], short: 'มิถุนา' },
  { month: 7, full: ['กรกฎาคม', 'กรกฏาคม'], abbreviation: ['ก', 'ค'], short: 'กรกฎา' },
  { month: 8, full: ['สิงหาคม'], abbreviation: ['ส', 'ค'], short: 'สิงหา' },
  { month: 9, full: ['กันยายน'], abbreviation: ['ก', 'ย'], short: 'กันยา' },
  { month: 10, full: ['ตุลาคม'], abbreviation: ['ต', 'ค'], short: 'ตุลา' },
  { month: 11, full: ['พฤศจิกายน'], abbreviation: ['พ', 'ย'], short: 'พฤศจิกา' },
  { month: 12, full: ['ธันวาคม'], abbreviation: ['ธ', 'ค'], short: 'ธันวา' },
];

const byLengthDescending = (a: string, b: string): number => b.length - a.length;

const FULL_NAMES = MONTHS.flatMap((m) => m.full).sort(byLengthDescending);
const SHORT_NAMES = MONTHS.map((m) => m.short).sort(byLengthDescending);
/** Organisation acronyms such as `ก.ค.ศ.` start like a month abbreviation; a third letter group rules them out. */
const NOT_A_LONGER_ACRONYM = `(?!\\.?[${THAI_CONSONANTS}]\\.)`;

/**
 * Not after another letter and dot (`อ.ส.ค.` is an organisation, not August); without its last
 * dot, not run on into a word (`ต.คลองหนึ่ง` is a subdistrict).
 */
const dottedAbbreviation = ([first, second]: [string, string]): string => `(?<![${THAI_CONSONANTS}]\\.)${first}\\.\\s?${second}(?:\\.|(?![${THAI_LETTERS}]))`;
const undottedAbbreviation = ([first, second]: [string, string]): string => `${first}${second}\\.?`;

/** Full names and dotted abbreviations: safe anywhere a month is expected. */
export const MONTH_NAME_PATTERN = `(?:${FULL_NAMES.join('|')}|(?:${MONTHS.map((m) => dottedAbbreviation(m.abbreviation)).join('|')})${NOT_A_LONGER_ACRONYM})`;

/**
 * Also undotted abbreviations and spoken short forms, which are ordinary syllables elsewhere
 * (`ตุลาการ`): only after a day number, and only where no Thai word continues them.
 */
export const MONTH_AFTER_DAY_PATTERN = `(?:${MONTH_NAME_PATTERN}|(?:${SHORT_NAMES.join('|')}|${MONTHS.map((m) => undottedAbbreviation(m.abbreviation)).join('|')})(?![${THAI_LETTERS}]|\\.[${THAI_CONSONANTS}]))`;

/** Every month spelling as written in running text: full names, dotted abbreviations (`มี.ค.`), short forms. */
export const MONTH_SPELLINGS: readonly string[] = MONTHS.flatMap((m) => [...m.full, `${m.abbreviation[0]}.${m.abbreviation[1]}.`, m.short]);

/**
 * Strings one of which every month spelling above contains: the full names and short forms,
 * the first letter group of each abbreviation with its dot (`มี.` of `มี.ค.` and `มี. ค.`), and
 * the undotted abbreviations. A text without any of them names no month.
 */
export const MONTH_NAME_CORES: readonly string[] = [
  ...new Set([...FULL_NAMES, ...SHORT_NAMES, ...MONTHS.flatMap(({ abbreviation: [first, second] }) => [`${first}.`, `${first}${second}`])]),
];

const MONTH_LOOKUP = new Map<string, number>();
for (const m of MONTHS) {
  for (const name of [...m.full, m.short, m.abbreviation.join('')]) MONTH_LOOKUP.set(name, m.month);
}

/** The month (1–12) of any spelling the patterns above match, or undefined. */
export function monthFromName(text: string): number | undefined {
  return MONTH_LOOKUP.get(text.replace(/[.\s]/g, ''));
}
