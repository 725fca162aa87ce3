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
    expect(parts('Hong Kong Trade Development Council : HKTDC')).toEqual({
      pattern: 'EN:ACR',
      english: 'Hong Kong Trade Development Council',
      acronym: 'HKTDC',
    });
    expect(parts('PCC: Primary care cluster')).toEqual({ pattern: 'ACR:EN', english: 'Primary care cluster', acronym: 'PCC' });
    expect(parts('International Organization for Standardization – ISO')).toEqual({
      pattern: 'EN-ACR',
      english: 'International Organization for Standardization',
      acronym: 'ISO',
    });
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

  it('takes a short form whose letters do not spell the English after a colon or dash, and after a comma when the English names a body', () => {
    expect(parts('Union Internationale des Chemins de fer : UIC').acronym).toBe('UIC');
    expect(parts('International Union of Railways, UIC')).toEqual({ pattern: 'EN,ACR', english: 'International Union of Railways', acronym: 'UIC' });
    expect(parts('International Maritime Organization; IMO')).toEqual({ pattern: 'EN:ACR', english: 'International Maritime Organization', acronym: 'IMO' });
    expect(parts('John Smith, MP')).toEqual({ pattern: 'EN', english: 'John Smith, MP', acronym: undefined });
    expect(parts('Grand Palace, BANGKOK').pattern).toBe('EN');
    expect(parts('TRUE, SAMART TELECOM, AIS, 3BB').pattern).toBe('EN');
  });

  it('after a comma, takes a short form in lower or mixed case that spells the initials or clips the first word', () => {
    expect(parts('Digital Economy Promotion Agency, depa')).toEqual({ pattern: 'EN,ACR', english: 'Digital Economy Promotion Agency', acronym: 'depa' });
    expect(parts('Federal Reserve, Fed')).toEqual({ pattern: 'EN,ACR', english: 'Federal Reserve', acronym: 'Fed' });
    expect(parts('Board of Directors, BoD')).toEqual({ pattern: 'EN,ACR', english: 'Board of Directors', acronym: 'BoD' });
    expect(parts('apple, mango, banana').pattern).toBe('EN');
    expect(parts('Chiang Mai, Lamphun').pattern).toBe('EN');
  });

  it('takes a short form, a comma and the English when the capitals spell the English', () => {
    expect(parts('NATO, North Atlantic Treaty Organization')).toEqual({ pattern: 'ACR,EN', english: 'North Atlantic Treaty Organization', acronym: 'NATO' });
    expect(parts('ASEAN, China and Japan').pattern).toBe('EN');
    expect(parts('UN, New York').pattern).toBe('EN');
    expect(parts('ADB, Asian Development Bank, Manila').pattern).toBe('EN');
  });

  it('takes a short form first when a colon says so, though a prefix or some letters are not in the English', () => {
    expect(parts('UNWTO: World Tourism Organization')).toEqual({ pattern: 'ACR:EN', english: 'World Tourism Organization', acronym: 'UNWTO' });
    expect(parts('ABU : Asia-Pacific Broadcasting Union')).toEqual({ pattern: 'ACR:EN', english: 'Asia-Pacific Broadcasting Union', acronym: 'ABU' });
    expect(parts('COVID-19: Impact on trade').pattern).toBe('EN');
  });

  it('takes a short form written with a word or a number', () => {
    expect(parts('Joint Working Group: JWG on Trade')).toEqual({ pattern: 'EN:ACR', english: 'Joint Working Group', acronym: 'JWG on Trade' });
    expect(parts('Coordination Centre: AHA Centre')).toEqual({ pattern: 'EN:ACR', english: 'Coordination Centre', acronym: 'AHA Centre' });
    expect(parts('Metro Air Monitoring Centre, MAM Centre')).toEqual({ pattern: 'EN,ACR', english: 'Metro Air Monitoring Centre', acronym: 'MAM Centre' });
    expect(parts('Rail Safety Team : RST 2024')).toEqual({ pattern: 'EN:ACR', english: 'Rail Safety Team', acronym: 'RST 2024' });
    expect(parts('Coastal ERS : Coastal Emergency Rescue Service')).toEqual({
      pattern: 'ACR:EN',
      english: 'Coastal Emergency Rescue Service',
      acronym: 'Coastal ERS',
    });
    expect(parts('Special Meeting: ASEAN Plus Three').pattern).toBe('EN');
  });

  it('after a comma, takes a short form of four letters or more with one letter the English leaves out', () => {
    expect(parts('Association of Zoos and Aquariums, WAZA')).toEqual({ pattern: 'EN,ACR', english: 'Association of Zoos and Aquariums', acronym: 'WAZA' });
    expect(parts('Green Palace, XYZQ').pattern).toBe('EN');
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

  it('splits at หรือ or `or` between a name and its short form, either first, as after a colon', () => {
    expect(parts('Internet of Things หรือ IoT')).toEqual({ pattern: 'EN:ACR', english: 'Internet of Things', acronym: 'IoT' });
    expect(parts('IoT หรือ Internet of Things')).toEqual({ pattern: 'ACR:EN', english: 'Internet of Things', acronym: 'IoT' });
    expect(parts('Public and private partnership or PPP')).toEqual({ pattern: 'EN:ACR', english: 'Public and private partnership', acronym: 'PPP' });
    expect(parts('Flu หรือ Influenza')).toEqual({ pattern: 'EN', english: 'Flu หรือ Influenza', acronym: undefined });
    expect(parts('EIA หรือ EHIA').pattern).toBe('EN');
    expect(parts('Make or Buy').pattern).toBe('EN');
  });

  it('takes a lower-case short form that spells the initials of the English', () => {
    expect(parts('Digital Economy Promotion Agency: depa')).toEqual({ pattern: 'EN:ACR', english: 'Digital Economy Promotion Agency', acronym: 'depa' });
    expect(parts('depa: Digital Economy Promotion Agency')).toEqual({ pattern: 'ACR:EN', english: 'Digital Economy Promotion Agency', acronym: 'depa' });
    expect(parts('Space Technology Development Agency (stda)')).toEqual({
      pattern: 'EN(ACR)',
      english: 'Space Technology Development Agency',
      acronym: 'stda',
    });
    expect(parts('Bangkok (city)').pattern).toBe('EN');
    expect(parts('Digital Thailand: the plan').pattern).toBe('EN');
  });

  it('takes the English’s first word cut short as its short form after a colon', () => {
    expect(parts('Federal Reserve: Fed')).toEqual({ pattern: 'EN:ACR', english: 'Federal Reserve', acronym: 'Fed' });
    expect(parts('Premier League: Premier').pattern).toBe('EN');
    expect(parts('Bangkok: Bang').pattern).toBe('EN');
  });

  it('takes a blend of the English’s words as its short form after a colon (FisTech, InnoAgri)', () => {
    expect(parts('Fiscal Technology : FisTech')).toEqual({ pattern: 'EN:ACR', english: 'Fiscal Technology', acronym: 'FisTech' });
    expect(parts('Innovative Agriculture: InnoAgri')).toEqual({ pattern: 'EN:ACR', english: 'Innovative Agriculture', acronym: 'InnoAgri' });
    expect(parts('Korea Biotechnology Industry Organization: KoreaBio').acronym).toBe('KoreaBio');
    // Parts that open no word of the English, or not the first, are no blend of it.
    expect(parts('Fiscal Technology: GovTech').pattern).toBe('EN');
    expect(parts('Smart Farming: FarmSmart').pattern).toBe('EN');
  });

  it('takes a word after a colon made of the English’s letters in order, its first letter first, as its short form', () => {
    expect(parts('Thailand Industrial Design Center : Thai-idc')).toEqual({
      pattern: 'EN:ACR',
      english: 'Thailand Industrial Design Center',
      acronym: 'Thai-idc',
    });
    expect(parts('Protocol 29 : P29')).toEqual({ pattern: 'EN:ACR', english: 'Protocol 29', acronym: 'P29' });
    expect(parts('Card Management System : CardM').acronym).toBe('CardM');
    expect(parts('Green : G')).toEqual({ pattern: 'EN:ACR', english: 'Green', acronym: 'G' });
    // A place or a word the English does not spell so is no short form of it; nor is it after a dash.
    expect(parts('Provincial Career Center: Chachoengsao').pattern).toBe('EN');
    expect(parts('Quality Class Plus : Operation').pattern).toBe('EN');
    expect(parts('Thailand Industrial Design Center - Thai-idc').acronym).toBeUndefined();
  });

  it('takes a short form with its year, or with a second short form, after a colon', () => {
    expect(parts('Busan International Film Festival : BIFF 2019')).toEqual({
      pattern: 'EN:ACR',
      english: 'Busan International Film Festival',
      acronym: 'BIFF 2019',
    });
    expect(parts('Research to Market Thailand : R2M 2017')).toEqual({ pattern: 'EN:ACR', english: 'Research to Market Thailand', acronym: 'R2M 2017' });
    expect(parts('WCO Asia/Pacific Regional Office for Capacity Building: ROCB A/P')).toEqual({
      pattern: 'EN:ACR',
      english: 'WCO Asia/Pacific Regional Office for Capacity Building',
      acronym: 'ROCB A/P',
    });
    // A year after a short form that does not open as the English does, or a headline in capitals, is none.
    expect(parts('ASEAN 2030 : Growing stronger together').pattern).toBe('EN');
    expect(parts('MAKER SPACE: FROM MAKER TO INNOVATOR').pattern).toBe('EN');
  });

  it('splits at = as at a colon', () => {
    expect(parts('SRP = Sustainable Rice Production Standard')).toEqual({ pattern: 'ACR:EN', english: 'Sustainable Rice Production Standard', acronym: 'SRP' });
    expect(parts('Sustainable Rice Platform = SRP')).toEqual({ pattern: 'EN:ACR', english: 'Sustainable Rice Platform', acronym: 'SRP' });
  });

  it('takes a short form of one capital and a number alone in the parenthesis as one, not a word of English with a number', () => {
    expect(parts('5G')).toEqual({ pattern: 'ACR', acronym: '5G' });
    expect(parts('U-23')).toEqual({ pattern: 'ACR', acronym: 'U-23' });
    expect(parts('G20')).toEqual({ pattern: 'ACR', acronym: 'G20' });
    expect(parts('Gen 5')).toEqual({ pattern: 'EN', english: 'Gen 5' });
  });

  it('takes two capitals joined by to as a short form of an English joined by to (G to G)', () => {
    expect(parts('Government to Government : G to G')).toEqual({ pattern: 'EN:ACR', english: 'Government to Government', acronym: 'G to G' });
    expect(parts('Education to Employment: E to E').acronym).toBe('E to E');
    expect(parts('Business to Consumer: B to B').pattern).toBe('EN');
  });

  it('keeps inner spacing as written and a dash inside a name', () => {
    expect(parts('Self – Quarantine  at Home')).toEqual({ pattern: 'EN', english: 'Self – Quarantine  at Home', acronym: undefined });
  });

  it('gives what quotation marks around the whole inside enclose, a title', () => {
    expect(parts('“Love Never Expires”')).toEqual({ pattern: 'EN', english: 'Love Never Expires', acronym: undefined });
    expect(parts(' "Rain in Chiang Mai" ')).toEqual({ pattern: 'EN', english: 'Rain in Chiang Mai', acronym: undefined });
    expect(parts('"IPBA"')).toEqual({ pattern: 'ACR', english: undefined, acronym: 'IPBA' });
    // Two quoted names are no one quotation.
    expect(parts('“Smart Farm” and “Smart City”').english).toBe('“Smart Farm” and “Smart City”');
  });
});
