import { translationAt } from '../../src/parentheticals/lexicon-evidence.js';
import { WordBoundaries } from '../../src/parentheticals/word-boundaries.js';
import { CodePointIndex } from '../../src/document/code-points.js';
import { segment } from '../../src/segmenter/index.js';

const at = (text: string, english: string[]) => translationAt(text, 0, new WordBoundaries(text, segment(text), new CodePointIndex(text)), new Set(english));

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
});
