import { THAI_BLOCK, isThaiConsonant } from '../thai/characters.js';
import type { Line } from './lines.js';
import { parseBylineDate } from './byline-date.js';
import { authorOf, chromeRule, type ChromeRule } from './chrome-lines.js';
import { vocabularyRulesOn } from './vocabulary-switch.js';

/**
 * What a line of a scraped page is, as far as boilerplate removal is concerned: prose (`body`),
 * navigation words or a breadcrumb, site chrome by its vocabulary (`chrome`, with the rule), a
 * date or author line, a line without letters (`stray`), or a short line that may be a headline,
 * a subheading or a sign-off.
 */
export type LineKind = 'blank' | 'body' | 'navigation' | 'chrome' | 'byline' | 'author' | 'stray' | 'short';

export interface LineClass {
  kind: LineKind;
  /** For `chrome` lines: which rule (`link-list` for the links under a related-articles heading). */
  rule?: ChromeRule | 'link-list';
}

// Words that make up site chrome: navigation, sharing, comment and widget headings, in Thai and
// English. A short line made of them (and little else) is chrome wherever it stands.
const NAVIGATION_WORDS = new RegExp(
  '^(?:' +
    [
      'home',
      'หน้าแรก',
      'หน้าหลัก',
      'menu',
      'เมนู',
      'search',
      'ค้นหา',
      'login',
      'log in',
      'sign in',
      'sign up',
      'เข้าสู่ระบบ',
      'สมัครสมาชิก',
      'register',
      'leave a (?:response|reply|comment)',
      'post a comment',
      'reply',
      'comments?',
      'ความคิดเห็น',
      'แสดงความคิดเห็น',
      'share(?: this)?',
      'แชร์',
      'tweet(?:s)?',
      'facebook',
      'twitter',
      'line',
      'instagram',
      'youtube',
      'print',
      'พิมพ์',
      'email',
      'archives?',
      'คลังข้อมูล',
      'categor(?:y|ies)',
      'หมวดหมู่',
      'tags?',
      'แท็ก',
      'related(?: posts| articles)?',
      'ข่าวที่เกี่ยวข้อง',
      'บทความที่เกี่ยวข้อง',
      'อ่านต่อ',
      'read more',
      'อ่านเพิ่มเติม',
      'previous(?: post)?',
      'next(?: post)?',
      'ก่อนหน้า',
      'ถัดไป',
      'recent posts',
      'popular(?: posts)?',
      'ยอดนิยม',
      'ล่าสุด',
      'advertisement',
      'โฆษณา',
      'sponsored',
      'subscribe',
      'ติดตาม(?:เรา)?',
      'follow us',
      'พบกับเรา(?:ที่)?',
      'contact(?: us)?',
      'ติดต่อ(?:เรา)?',
      'about(?: us)?',
      'เกี่ยวกับเรา',
      'no (?:tweets|comments|posts) (?:found|yet)',
      'loading',
      'กำลังโหลด',
      'copyright',
      'all rights reserved',
      'แผนที่(?:\\S*)',
      'sitemap',
      'skip to content',
      'back to top',
      'กลับด้านบน',
      'เว็บไซต์ที่เกี่ยวข้อง',
      // tabs and "see all" links of a masthead: `ข่าว`, `วิดีโอ`, `ดูทั้งหมด`
      'ข่าว',
      'วิดีโอ',
      'วีดีโอ',
      'คลิป',
      'ภาพข่าว',
      'news',
      'videos?',
      'photos?',
      'ดูทั้งหมด',
      'ทั้งหมด',
      '(?:ดู|อ่าน)?ข่าวทั้งหมด',
      'อ่านทั้งหมด',
      '(?:ร่วม|เขียน)?แสดงความคิดเห็น',
      'เขียนความคิดเห็น',
      'see all',
      'view all',
      'more',
      // a font-size switcher: `xs`, `sm`, `md`, `lg`, `A-`, `A+`
      'xs|xsm|sm|md|lg|xl|xxl',
      '[aก][+-]',
    ].join('|') +
    ')$',
  'i',
);

// "หน้าแรก » ข่าว » การเมือง": a trail of links, whatever its words; "หน้าแรก / คอลัมน์ / ..." from the home page.
const BREADCRUMB = /\S\s*[»›]\s*\S/;
const HOME_TRAIL = /^(?:หน้าแรก|หน้าหลัก|home)\s*[/>»›|]/i;

/** A trail of links from the home page: `หน้าแรก » ข่าว`, `หน้าแรก / คอลัมน์ / ...`, `Home > News`. */
export function isBreadcrumb(text: string): boolean {
  return (BREADCRUMB.test(text) || HOME_TRAIL.test(text)) && text.length <= 200;
}

const LETTER = /\p{L}/u;

/** Letters in a line (any script), counted no further than `enough`. */
function letters(text: string, enough = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c > 0x7f && LETTER.test(String.fromCodePoint(text.codePointAt(i)!)))) n++;
  }
  return n;
}

/** Thai consonants in a line: a cheap measure of how much Thai prose it holds. */
export function thaiConsonants(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isThaiConsonant(text.charCodeAt(i))) n++;
  return n;
}

// A body paragraph holds prose: a few dozen Thai consonants, or a long run of any letters.
const BODY_MIN_THAI_CONSONANTS = 40;
const BODY_MIN_LETTERS = 120;

const PART_SEPARATOR = new RegExp(`\\s*[|•·/»›>:]\\s*|(?<=[${THAI_BLOCK}])\\s+(?=[a-z])|(?<=[a-z.])\\s+(?=[${THAI_BLOCK}])`);

/** Navigation lines are short: a longer line is read no further (and long runs of spaces cost nothing). */
const MAX_NAVIGATION_LINE = 200;

function isNavigation(text: string): boolean {
  if (!vocabularyRulesOn()) return false;
  if (text.length > MAX_NAVIGATION_LINE * 4) return false;
  // One space for every run of white space: the separators below then never rescan a run.
  const line = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!…]+$/, '');
  if (line.length > MAX_NAVIGATION_LINE) return false;
  if (NAVIGATION_WORDS.test(line)) return true;
  // Each part of a line like "Tweets ล่าสุด" or "Share | Tweet" may be a navigation word: split
  // at separators and where the script changes between Thai and Latin.
  const parts = line.split(PART_SEPARATOR).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return false;
  return parts.every((part) => NAVIGATION_WORDS.test(part.replace(/[.!…]+$/, '')));
}

/** The line is prose: a few dozen Thai consonants, or a long run of any letters. */
export function isProse(text: string): boolean {
  return thaiConsonants(text) >= BODY_MIN_THAI_CONSONANTS || letters(text, BODY_MIN_LETTERS) >= BODY_MIN_LETTERS;
}

export function classify(line: Line): LineClass {
  const text = line.text.trim();
  if (text === '') return { kind: 'blank' };
  if (isProse(text)) return { kind: 'body' };
  if (parseBylineDate(text)) return { kind: 'byline' };
  if (isNavigation(text) || isBreadcrumb(text)) return { kind: 'navigation' };
  const rule = chromeRule(text);
  if (rule) return { kind: 'chrome', rule };
  if (authorOf(text)) return { kind: 'author' };
  // Counters, separators, lone symbols: a line without a single letter is not prose.
  if (letters(text, 1) === 0) return { kind: 'stray' };
  return { kind: 'short' };
}

export function classifyLine(line: Line): LineKind {
  return classify(line).kind;
}
