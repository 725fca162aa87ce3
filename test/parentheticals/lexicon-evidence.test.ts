import { alignmentMass, keyTranslationAt, translatesKey, translationAt } from '../../src/parentheticals/lexicon-evidence.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { CodePointIndex } from '../../src/core/code-points.js';
import { segment } from '../../src/segmenter/index.js';

const boundaries = (text: string) => new WordBoundaries(text, segment(text), new CodePointIndex(text));
const at = (text: string, english: string[]) => translationAt(text, 0, boundaries(text), new Set(english));
/** The positions that explain some English, with how much. */
const mass = (text: string, english: string[]) =>
  Object.fromEntries([...alignmentMass(text, 0, text.length, boundaries(text), new Set(english))].flatMap((m, i) => (m > 0 ? [[i, m]] : [])));

describe('translationAt', () => {
  it('knows which English words translate a common Thai word', () => {
    expect(at('องค์การอนามัยโลก', ['world', 'health', 'organization'])).toBe('translated');
    expect(at('องค์การอนามัยโลก', ['trade', 'council'])).toBe('untranslated');
  });

  it('takes the hand-written head nouns over the derived lexicon', () => {
    expect(at('โครงการหลวง', ['royal', 'project'])).toBe('translated');
    expect(at('โครงการหลวง', ['royal'])).toBe('untranslated');
  });

  it('says unknown for words it has no evidence on', () => {
    expect(at('ฮ', ['world'])).toBe('unknown');
  });

  it('knows the common words of news the derived lexicon lacks, as evidence of a translation only', () => {
    expect(at('อภิปรายไม่ไว้วางใจ', ['no', 'confidence', 'debate'])).toBe('translated');
    expect(at('รหัสผ่านส่วนตัว', ['password'])).toBe('translated');
    // a sense the list does not give is no sign of an untranslated word
    expect(at('อภิปรายไม่ไว้วางใจ', ['censure', 'motion'])).toBe('unknown');
  });

  it("keeps the derived lexicon's senses for the words it has", () => {
    // ประชาชน is in the common list as public, but the derived lexicon's entry decides
    expect(at('ประชาชนทั่วไป', ['public'])).not.toBe('translated');
  });
});

describe('keyTranslationAt', () => {
  it('says whether a common word of news the tables lack translates one English word, where it is no shorter than their word', () => {
    // The tables have รหัส (a code) only; the common words have รหัสผ่าน (a password).
    const text = 'รหัสผ่านใช้ครั้งเดียว';
    expect(keyTranslationAt(text, 0, boundaries(text), 'password')).toBe('common');
    // …and the tables' own word says code.
    expect(keyTranslationAt(text, 0, boundaries(text), 'code')).toBe('table');
    expect(keyTranslationAt(text, 0, boundaries(text), 'referee')).toBeNull();
    expect(translatesKey(text, 0, boundaries(text), 'password')).toBe(false);
  });

  it('says Model 1 first, as translatesKey does', () => {
    const text = 'ธนาคารโลก';
    expect(keyTranslationAt(text, 0, boundaries(text), 'bank')).toBe('table');
    expect(keyTranslationAt(text, 0, boundaries(text), 'world')).toBeNull();
  });
});

describe('translatesKey', () => {
  it('says whether the word at a position translates one English word', () => {
    const text = 'ธนาคารโลก';
    expect(translatesKey(text, 0, boundaries(text), 'bank')).toBe(true);
    expect(translatesKey(text, 6, boundaries(text), 'world')).toBe(true);
    expect(translatesKey(text, 0, boundaries(text), 'world')).toBe(false);
  });

  it('is false for a word neither table has', () => {
    expect(translatesKey('ฮ', 0, boundaries('ฮ'), 'world')).toBe(false);
  });
});

describe('alignmentMass', () => {
  it('gives each English word to the Thai word that translates it', () => {
    const m = mass('องค์การอนามัยโลก', ['world', 'health', 'organization']);
    expect(Object.keys(m)).toEqual(['0', '7', '13']);
    // Most of each English word goes to its translation (อนามัย also goes with `mask`, from หน้ากากอนามัย).
    for (const share of Object.values(m)) expect(share).toBeGreaterThan(0.5);
  });

  it('lets the translation explain away a word that only sits beside it', () => {
    const alone = mass('กระทรวง', ['minister'])[0];
    const beside = mass('รัฐมนตรีกระทรวง', ['minister']);
    expect(beside[0]).toBeGreaterThan(0.6);
    expect(beside[8]).toBeLessThan(alone / 2);
    expect(beside[0] + beside[8]).toBeLessThanOrEqual(1);
  });

  it('gives nothing when the English has no Thai counterpart', () => {
    expect(mass('องค์การอนามัยโลก', ['trade'])).toEqual({});
    expect(mass('องค์การอนามัยโลก', [])).toEqual({});
  });
});
