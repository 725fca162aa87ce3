import { abbreviates, isShortForm, matchExpansion, nearlyAbbreviates } from '../../src/parentheticals/acronym-matcher.js';

describe('isShortForm', () => {
  it.each(['MSMEs', 'EECi', 'ASEAN-BAC', 'COVID-19', 'UNICEF', 'PROSPECT', 'IoT', 'MDGs'])('takes %s', (s) => {
    expect(isShortForm(s)).toBe(true);
  });
  it.each(['E-Commerce', 'Mr.', 'Microgrid', 'A', 'Small and Medium', 'ABCDEFGHIJKLM'])('refuses %s', (s) => {
    expect(isShortForm(s)).toBe(false);
  });
});

describe('matchExpansion (Schwartz–Hearst)', () => {
  it('finds where the expansion starts', () => {
    expect(matchExpansion('HKTDC', 'Hong Kong Trade Development Council')).toBe(0);
    expect(matchExpansion('MSMEs', 'Greening Micro, Small and Medium Enterprises')).toBe(9);
    expect(matchExpansion('SGSV', 'Svalbard Global Seed Vault')).toBe(0);
  });

  it('counts code points, not UTF-16 units', () => {
    // 𝔸 is two UTF-16 units: World starts at code point 4, UTF-16 index 5.
    expect(matchExpansion('WB', '𝔸 & World Bank')).toBe(4);
    expect(matchExpansion('WB', '𝔸𝔸 World Bank')).toBe(3);
    expect(matchExpansion('İB', 'x İstanbul Bank')).toBe(2);
  });

  it('needs the first letter at the start of a word', () => {
    expect(matchExpansion('XY', 'boxy')).toBe(-1);
    expect(abbreviates('BC', 'abc Bcd')).toBe(true);
  });

  it('matches letters in order, not only initials, as Schwartz–Hearst does', () => {
    expect(abbreviates('ISO', 'International Organization for Standardization')).toBe(true);
    expect(abbreviates('ISO', 'Organization for Standardization')).toBe(false);
    expect(abbreviates('UIC', 'Union Internationale des Chemins de fer')).toBe(true);
    expect(abbreviates('MP', 'Government of Hong Kong')).toBe(false);
  });
});

describe('nearlyAbbreviates', () => {
  test('allows one unmatched letter in short forms of four letters or more', () => {
    expect(nearlyAbbreviates('WAZA', 'Association of Zoos and Aquariums')).toBe(true);
    expect(nearlyAbbreviates('ASEAN', 'Association of Southeast Asian Nations')).toBe(true);
    expect(nearlyAbbreviates('WHO', 'Health Organization')).toBe(false);
    expect(nearlyAbbreviates('WXZA', 'Association of Zoos')).toBe(false);
  });
});
