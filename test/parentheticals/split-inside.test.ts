import { splitInside } from '../../src/parentheticals/split-inside.js';

const parts = (inner: string) => {
  const p = splitInside(inner);
  return { pattern: p.pattern, english: p.english && inner.slice(...p.english), acronym: p.acronym && inner.slice(...p.acronym) };
};

describe('splitInside', () => {
  it('gives code-point ranges', () => {
    const inner = 'Café 𝔾reen Fund 🌿: CGF';
    expect(splitInside(inner)).toEqual({ pattern: 'EN:ACR', english: [0, 17], acronym: [19, 22] });
    expect(Array.from(inner).slice(19, 22).join('')).toBe('CGF');
  });

  it('reads every form seen in Thai news', () => {
    expect(parts('Hong Kong Trade Development Council : HKTDC')).toEqual({ pattern: 'EN:ACR', english: 'Hong Kong Trade Development Council', acronym: 'HKTDC' });
    expect(parts('PCC: Primary care cluster')).toEqual({ pattern: 'ACR:EN', english: 'Primary care cluster', acronym: 'PCC' });
    expect(parts('International Organization for Standardization – ISO')).toEqual({ pattern: 'EN-ACR', english: 'International Organization for Standardization', acronym: 'ISO' });
    expect(parts('Svalbard Global Seed Vault, SGSV')).toEqual({ pattern: 'EN,ACR', english: 'Svalbard Global Seed Vault', acronym: 'SGSV' });
    expect(parts('Mr. Shinzo Abe')).toEqual({ pattern: 'EN', english: 'Mr. Shinzo Abe', acronym: undefined });
    expect(parts(' WHO ')).toEqual({ pattern: 'ACR', english: undefined, acronym: 'WHO' });
    expect(parts('Thai Qualifications Framework (TQF)')).toEqual({ pattern: 'EN(ACR)', english: 'Thai Qualifications Framework', acronym: 'TQF' });
  });

  it('keeps commas that belong to the English name', () => {
    expect(parts('Greening Micro, Small and Medium Enterprises: MSMEs')).toEqual({
      pattern: 'EN:ACR',
      english: 'Greening Micro, Small and Medium Enterprises',
      acronym: 'MSMEs',
    });
    expect(parts('Harbour Services Bureau, Government of HKSAR').pattern).toBe('EN');
  });

  it('takes a short form whose letters do not spell the English after a colon or dash, not after a comma', () => {
    expect(parts('Union Internationale des Chemins de fer : UIC').acronym).toBe('UIC');
    expect(parts('John Smith, MP')).toEqual({ pattern: 'EN', english: 'John Smith, MP', acronym: undefined });
  });

  it('after a comma, takes a short form of four letters or more with one letter the English leaves out', () => {
    expect(parts('Association of Zoos and Aquariums, WAZA')).toEqual({ pattern: 'EN,ACR', english: 'Association of Zoos and Aquariums', acronym: 'WAZA' });
    expect(parts('Health Organization, WHO').pattern).toBe('EN');
    expect(parts('Grand Palace, BANGKOK').pattern).toBe('EN');
  });

  it('takes a short form after a bare hyphen only when its letters spell the English', () => {
    expect(parts('Chief Marketing Officer-CMO')).toEqual({ pattern: 'EN-ACR', english: 'Chief Marketing Officer', acronym: 'CMO' });
    expect(parts('Indo-Pacific Armies-IPA')).toEqual({ pattern: 'EN-ACR', english: 'Indo-Pacific Armies', acronym: 'IPA' });
    expect(parts('Asia-Pacific')).toEqual({ pattern: 'EN', english: 'Asia-Pacific', acronym: undefined });
    expect(parts('ASEAN-US Joint Cooperation Committee')).toEqual({ pattern: 'EN', english: 'ASEAN-US Joint Cooperation Committee', acronym: undefined });
    expect(parts('Mekong-Lancang Cooperation-XYZ').pattern).toBe('EN');
  });

  it('leaves a trailing note out of the acronym', () => {
    expect(parts('World Health Organization – WHO, 2020')).toEqual({ pattern: 'EN-ACR', english: 'World Health Organization', acronym: 'WHO' });
  });

  it('keeps inner spacing as written and a dash inside a name', () => {
    expect(parts('Self – Quarantine  at Home')).toEqual({ pattern: 'EN', english: 'Self – Quarantine  at Home', acronym: undefined });
  });
});
