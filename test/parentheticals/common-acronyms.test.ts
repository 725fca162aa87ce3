import { COMMON_ACRONYMS } from '../../src/parentheticals/common-acronyms.js';
import { loadAcronymExpansions } from '../../src/parentheticals/shipped-data.js';

describe('COMMON_ACRONYMS', () => {
  it('gives each short form the English whose words it abbreviates', () => {
    expect(COMMON_ACRONYMS.get('GHG')).toBe('Greenhouse Gas');
    expect(COMMON_ACRONYMS.get('M&A')).toBe('Mergers and Acquisitions');
    for (const [acronym, english] of COMMON_ACRONYMS) {
      // the short form's first letter opens the English (a lowercase short form such as depa too);
      // a number opening one is spelt out (5G, Fifth Generation)
      if (!/^[0-9]/u.test(acronym)) expect([acronym, english[0]]).toEqual([acronym, acronym[0].toUpperCase()]);
      expect(english).not.toMatch(/^\s|\s$/u);
    }
    expect(COMMON_ACRONYMS.get('5G')).toBe('Fifth Generation');
  });

  it('holds none of the short forms the government-news corpus spells out itself (those are preferred)', () => {
    const derived = loadAcronymExpansions();
    expect([...COMMON_ACRONYMS.keys()].filter((acronym) => derived.has(acronym))).toEqual([]);
  });
});
