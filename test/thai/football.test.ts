import { readFileSync } from 'node:fs';
import { FOOTBALL_CLUBS, FOOTBALL_GROUNDS, FOOTBALL_LEAGUES, FOOTBALL_WORDS } from '../../src/thai/football.js';
import { wordcutDictionaryFiles } from '../../src/segmenter/word-list.js';

const ALL = [...FOOTBALL_CLUBS, ...FOOTBALL_LEAGUES, ...FOOTBALL_GROUNDS];
const spellings = ALL.flatMap((n) => n.thai);

describe('football names', () => {
  it('holds each spelling once, in Thai letters, digits, spaces and the repetition mark', () => {
    expect(new Set(spellings).size).toBe(spellings.length);
    for (const spelling of spellings) expect(spelling).toMatch(/^[\u0E01-\u0E4E0-9][\u0E01-\u0E4E0-9 -]*[\u0E01-\u0E4E0-9]$/u);
    expect(FOOTBALL_CLUBS.find((club) => club.thai.includes('หงส์แดง'))?.name).toBe('Liverpool');
  });

  it('marks ambiguous every name that is a word, a country or a city of wordcut’s lists (its proper names aside)', () => {
    const words = new Set<string>();
    for (const file of wordcutDictionaryFiles()) {
      if (/tdict-proper/.test(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) words.add(line.trim());
    }
    const unmarked = ALL.filter((n) => !n.ambiguous).flatMap((n) => n.thai.filter((t) => words.has(t) || words.has(t.replaceAll(' ', ''))));
    expect(unmarked).toEqual([]);
  });

  it('has no football word that other news uses (ลีก of หลีก, ลงสนาม of an election, ครึ่งแรก of a year)', () => {
    const otherNews = ['หลีกเลี่ยง', 'เสมอภาค', 'การเยือน', 'ลงสนามเลือกตั้ง', 'ครึ่งแรกของปี', 'ประเทศเจ้าบ้าน', 'เปิดบ้านต้อนรับ', 'สโมสรโรตารี', 'แจกใบแดง'];
    for (const word of FOOTBALL_WORDS) expect([word, otherNews.filter((w) => w.includes(word))]).toEqual([word, []]);
  });
});
