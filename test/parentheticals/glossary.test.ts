import type { Parenthetical } from '../../src/document/types.js';
import { GlossaryBuilder, glossaryToCsv } from '../../src/parentheticals/glossary.js';

const span = (text: string) => ({ start: 0, end: [...text].length, text });
const paren = (thai: string | null, english: string | null, acronym: string | null): Parenthetical => ({
  ...span('(x)'),
  pattern: 'EN',
  ...(thai ? { thai: span(thai) } : {}),
  ...(english ? { english: span(english) } : {}),
  ...(acronym ? { acronym: span(acronym) } : {}),
});

describe('GlossaryBuilder', () => {
  it('merges pairings that differ only in spacing and case, counting mentions and documents', () => {
    const glossary = new GlossaryBuilder({ examples: 2 });
    glossary.add('d1', [paren('องค์การอนามัยโลก', 'World Health Organization', 'WHO'), paren('องค์การอนามัยโลก', 'World  Health organization', 'WHO')]);
    glossary.add('d2', [paren('องค์การอนามัยโลก', 'World Health Organization', 'WHO'), paren('ธนาคารโลก', 'World Bank', null)]);
    glossary.add('d3', [paren('องค์การอนามัยโลก', 'World Health Organization', 'WHO'), paren(null, null, null)]);
    expect(glossary.documents).toBe(3);
    expect(glossary.entries()).toEqual([
      { thai: 'องค์การอนามัยโลก', english: 'World Health Organization', acronym: 'WHO', count: 4, documents: 3, examples: ['d1', 'd2'] },
      { thai: 'ธนาคารโลก', english: 'World Bank', acronym: null, count: 1, documents: 1, examples: ['d2'] },
    ]);
    expect(glossary.entries(2)).toHaveLength(1);
  });

  it('takes Thai short forms with their full names', () => {
    const glossary = new GlossaryBuilder();
    glossary.add('d1', [paren('คณะกรรมการการเลือกตั้ง', null, 'กกต.')]);
    glossary.add('d2', [paren('คณะกรรมการการเลือกตั้ง', null, 'กกต.')]);
    expect(glossary.entries()).toEqual([{ thai: 'คณะกรรมการการเลือกตั้ง', english: null, acronym: 'กกต.', count: 2, documents: 2, examples: ['d1', 'd2'] }]);
  });

  it('keeps a pairing without a Thai term', () => {
    const glossary = new GlossaryBuilder();
    glossary.add('d1', [paren(null, 'Bangkok Post', null)]);
    expect(glossary.entries()).toEqual([{ thai: null, english: 'Bangkok Post', acronym: null, count: 1, documents: 1, examples: ['d1'] }]);
  });
});

describe('glossaryToCsv', () => {
  it('writes a header and quotes fields with commas and quotes', () => {
    const csv = glossaryToCsv([
      { thai: 'วิสาหกิจขนาดกลาง ขนาดย่อม', english: 'Micro, Small and "Medium"', acronym: 'MSMEs', count: 2, documents: 1, examples: ['a', 'b'] },
      { thai: null, english: 'World Bank', acronym: null, count: 1, documents: 1, examples: [] },
    ]);
    expect(csv).toBe(
      'thai,english,acronym,count,documents,examples\r\n' +
        'วิสาหกิจขนาดกลาง ขนาดย่อม,"Micro, Small and ""Medium""",MSMEs,2,1,a | b\r\n' +
        ',World Bank,,1,1,\r\n',
    );
  });
});
