import { alternationOf } from '../text/alternation.js';
import { isThaiLetter } from '../thai/characters.js';
import { BRAND_NAMES, PRODUCT_WORDS } from '../thai/brands.js';
import { SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

/** One or two spaces (a space or a no-break space each) at the end: what may stand between a given name and a surname. */
const SPACES_BEFORE = /[ \u00A0]{1,2}$/u;
/**
 * Words before a brand that make it a product's (PRODUCT_WORDS: `รถโตโยต้า`, `ยี่ห้อฮอนด้า`,
 * `มือถือซัมซุง`): the car or the telephone, which ThaiNER leaves untagged, not the company.
 */
const PRODUCT_BEFORE = new RegExp(`(?:${alternationOf(PRODUCT_WORDS)})[ \\u00A0]*$`, 'u');
/** `บริษัท` before the brand: the company's name with its head, the model's and the patterns' to find. */
const COMPANY_BEFORE = /บริษัท[ \u00A0]*$/u;
/** Longest first (alternationOf), so that `ไทยแอร์เอเชีย` is read before `แอร์เอเชีย`. */
const BRAND = new RegExp(alternationOf(BRAND_NAMES), 'gu');

/**
 * A company news names by its brand (src/thai/brands.ts: `ซัมซุง`, `ดูคาติ`, `แอร์เอเชีย`) is an
 * ORGANIZATION where it stands as a word, as ThaiNER tags `ซัมซุง`, `เทสลา`, `ไมโครซอฟท์`: where
 * the model found nothing (it has seen few brands) or called the brand alone a place or a person.
 * An entity reaching outside the brand keeps it (`บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด`), and a
 * brand a space after a person's name is a Japanese surname (`เคสุเกะ ฮอนด้า`). `entities`: UTF-16 offsets, in text order, none overlapping;
 * returns the entities in text order, a new list. `boundaries` holds every token start and end.
 */
export function brandNames(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  const personEnds = new Set<number>();
  for (const e of entities) if (e.label === 'PERSON') personEnds.add(e.end);
  for (const m of text.matchAll(BRAND)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!isEdge(text, boundaries, start, start - 1) || !isEdge(text, boundaries, end, end)) continue;
    const before = text.slice(Math.max(0, start - 16), start);
    if (PRODUCT_BEFORE.test(before) || COMPANY_BEFORE.test(before)) continue;
    // a space after a person's given name: the brand is a surname (`เคสุเกะ ฮอนด้า`, `ยูกิ ซูซูกิ`)
    const spaces = SPACES_BEFORE.exec(text.slice(Math.max(0, start - 2), start));
    if (spaces && personEnds.has(start - spaces[0].length)) continue;
    const over = merge.overlapping(start, end);
    if (over.some((e) => e.start < start || e.end > end || e.source !== 'model' || e.label === 'ORGANIZATION')) continue;
    merge.replace(newCandidate(start, end, 'ORGANIZATION', 'pattern'));
  }
  return merge.finish();
}

/** `at` is a token's edge, or the character `outside` it is no Thai letter (or past the text). */
function isEdge(text: string, boundaries: ReadonlySet<number>, at: number, outside: number): boolean {
  return boundaries.has(at) || outside < 0 || outside >= text.length || !isThaiLetter(text.charCodeAt(outside));
}
