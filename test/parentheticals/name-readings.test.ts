import { CodePointIndex } from '../../src/core/code-points.js';
import { joinedReadingStart, readingsOf } from '../../src/parentheticals/name-readings.js';
import { englishWords } from '../../src/parentheticals/english-words.js';
import { chunksBefore } from '../../src/parentheticals/term-chunks.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { segment } from '../../src/segmenter/index.js';

const boundaries = (text: string) => new WordBoundaries(text, segment(text), new CodePointIndex(text));

/** The Thai of `text` that reads the English as one word, written right before the end of `text`. */
function joinedReading(text: string, english: string): string | null {
  const start = joinedReadingStart(text, text.length, english, boundaries(text));
  return start < 0 ? null : text.slice(start);
}

describe('joinedReadingStart', () => {
  it('finds one Thai word that reads every English word in turn, wherever the segmenter cut it', () => {
    // the segmenter cuts แฮตท|ริก: no reading of trick starts at a word start
    expect(segment('ปีซัดแฮตทริก').map((t) => t.text)).toContain('แฮตท');
    expect(joinedReading('ปีซัดแฮตทริก', 'Hat-trick')).toBe('แฮตทริก');
    expect(joinedReading('ตำรวจเตือนภัยโรแมนซ์สแกม', 'Romance Scam')).toBe('โรแมนซ์สแกม');
  });

  it('answers -1 for a translation, one English word, too few letters or too many words', () => {
    expect(joinedReading('ค้นพบดาวเคราะห์นอกระบบสุริยะ', 'Exo Planet')).toBeNull();
    expect(joinedReading('ปีซัดแฮตทริก', 'Hattrick')).toBeNull();
    expect(joinedReading('เกมเอไอ', 'A I')).toBeNull();
    expect(joinedReading('ปีซัดแฮตทริก', 'Hat Trick Hero Man')).toBeNull();
    // a word whose every letter may go unwritten is no part of one: พรีเมี่ยม reads Premium alone
    expect(joinedReading('บริเวณพื้นที่พรีเมี่ยม', 'Premium Area')).toBeNull();
  });

  it('takes a single letter written out before the rest (e-Logistic)', () => {
    expect(joinedReading('ทั้งอีโลจิสติกส์', 'e-Logistic')).toBe('อีโลจิสติกส์');
  });
});

describe('readingsOf', () => {
  const readings = (text: string, english: string) => readingsOf(text, chunksBefore(text, text.length, englishWords(english)), english, boundaries(text));

  it("reads a short form spelt by its letters' names, so that the whole name is read", () => {
    const text = 'นักกอล์ฟไทยลงแข่งรายการยูเอส วีเมนส์ โอเพ่น';
    const found = readings(text, "U.S. Women's Open");
    expect(found?.whole).toBe(true);
    expect(text.slice(found?.leftmost)).toBe('ยูเอส วีเมนส์ โอเพ่น');
  });

  it('reads no short form whose letters the Thai does not spell', () => {
    const found = readings('นักกอล์ฟไทยลงแข่งรายการยูเค วีเมนส์ โอเพ่น', "U.S. Women's Open");
    expect(found?.whole).toBe(false);
  });
});
