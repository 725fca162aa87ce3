import { THAI_BLOCK, isThaiConsonant } from '../thai/characters.js';
import type { Line } from './lines.js';
import { parseBylineDate } from './byline-date.js';

/** What a line of a scraped page is, as far as boilerplate removal is concerned. */
export type LineKind = 'blank' | 'body' | 'navigation' | 'byline' | 'stray' | 'short';

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
    ].join('|') +
    ')$',
  'i',
);

// "หน้าแรก » ข่าว » การเมือง": a trail of links, whatever its words.
const BREADCRUMB = /\S\s*[»›]\s*\S/;

const LETTER = /\p{L}/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Thai consonants in a line: a cheap measure of how much Thai prose it holds. */
export function thaiConsonants(text: string): number {
  // Counted in a loop: matching them made an array of every consonant of every line.
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isThaiConsonant(text.charCodeAt(i))) n++;
  return n;
}

// A body paragraph holds prose: a few dozen Thai consonants, or a long run of any letters.
const BODY_MIN_THAI_CONSONANTS = 40;
const BODY_MIN_LETTERS = 120;

const PART_SEPARATOR = new RegExp(`\\s*[|•·/»›>:]\\s*|(?<=[${THAI_BLOCK}])\\s+(?=[a-z])|(?<=[a-z.])\\s+(?=[${THAI_BLOCK}])`);

function isNavigation(text: string): boolean {
  const line = text.toLowerCase().replace(/[.!…]+$/, '');
  if (NAVIGATION_WORDS.test(line)) return true;
  // Each part of a line like "Tweets ล่าสุด" or "Share | Tweet" may be a navigation word: split
  // at separators and where the script changes between Thai and Latin.
  const parts = line.split(PART_SEPARATOR).filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return false;
  return parts.every((part) => NAVIGATION_WORDS.test(part.replace(/[.!…]+$/, '')));
}

export function classifyLine(line: Line): LineKind {
  const text = line.text.trim();
  if (text === '') return 'blank';
  if (thaiConsonants(text) >= BODY_MIN_THAI_CONSONANTS || count(text, LETTER) >= BODY_MIN_LETTERS) return 'body';
  if (parseBylineDate(text)) return 'byline';
  if (isNavigation(text) || BREADCRUMB.test(text)) return 'navigation';
  // Counters, separators, lone symbols: a line without a single letter is not prose.
  if (count(text, LETTER) === 0) return 'stray';
  return 'short';
}
