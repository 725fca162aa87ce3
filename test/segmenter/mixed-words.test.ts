import { createSegmenter } from '../../src/segmenter/index.js';
import { MixedWordJoiner, isMixedWord, thaiPartsOf } from '../../src/segmenter/mixed-words.js';

const cut = (text: string, words: string[], engine: 'default' | 'wordcut' | 'icu' = 'default') =>
  createSegmenter({ words, engine })
    .segment(text)
    .map((t) => `${t.text}/${t.kind}`);

describe('user words that mix scripts', () => {
  test('become one token, of kind thai when they hold Thai letters', () => {
    expect(cut('ผู้ป่วยโควิด-19 กินชาเย็นหวาน', ['โควิด-19', 'ชาเย็นหวาน'])).toEqual(['ผู้ป่วย/thai', 'โควิด-19/thai', ' /space', 'กิน/thai', 'ชาเย็นหวาน/thai']);
    expect(cut('ในหลวงร.9', ['ร.9'])).toEqual(['ในหลวง/thai', 'ร.9/thai']);
  });

  test('are not joined where they end inside a token', () => {
    expect(cut('โควิด-1999', ['โควิด-19'])).toEqual(['โควิด/thai', '-/punct', '1999/number']);
  });

  test('the longest listed word at a token wins, with every engine', () => {
    for (const engine of ['default', 'wordcut', 'icu'] as const) {
      expect(cut('สายพันธุ์โควิด-19-XBB แพร่', ['โควิด-19', 'โควิด-19-XBB'], engine).slice(-3)).toEqual(['โควิด-19-XBB/thai', ' /space', 'แพร่/thai']);
    }
  });

  test('which words count as mixed, and the Thai parts the word splitter must know', () => {
    expect(['โควิด-19', 'COVID-19', 'ชา เย็น', 'ชาเย็น', ''].map(isMixedWord)).toEqual([true, true, true, false, false]);
    expect(thaiPartsOf(['โควิด-19', 'ร.9', 'COVID'])).toEqual(['โควิด', 'ร']);
    expect(new MixedWordJoiner(['ชาเย็น']).empty).toBe(true);
  });
});
