import { englishHeadKey, englishKeys, englishPremodifierKey } from '../../src/parentheticals/english-words.js';

describe('englishHeadKey', () => {
  it('takes the word before the first preposition', () => {
    expect(englishHeadKey('Memorandum of Understanding')).toBe('memorandum');
    expect(englishHeadKey('Working Group on Disaster Risk Financing')).toBe('group');
    expect(englishHeadKey('Council for the Promotion of International Trade')).toBe('council');
  });

  it('takes the last word of a name without one, as a key', () => {
    expect(englishHeadKey('Hybrid Electric Vehicle')).toBe('vehicle');
    expect(englishHeadKey('Non-Performing Loans')).toBe('loan');
  });

  it('does not stop at a preposition that opens the name', () => {
    expect(englishHeadKey('For Kids Fund')).toBe('fund');
  });

  it('has none for text without letters', () => {
    expect(englishHeadKey('2562')).toBeNull();
    expect(englishHeadKey('')).toBeNull();
  });
});

describe('englishKeys', () => {
  it('keeps content words, singular and lower case', () => {
    expect([...englishKeys('The Association of Zoos and Aquariums')]).toEqual(['association', 'zoo', 'aquarium']);
  });
});

describe('englishPremodifierKey', () => {
  it('is the key of the word right before the head noun', () => {
    expect(englishPremodifierKey('Framework Convention on Climate Change')).toBe('framework');
    expect(englishPremodifierKey('Video Assistant Referees')).toBe('assistant');
  });

  it('is null when the head opens the name or the word before it is a function word', () => {
    expect(englishPremodifierKey('Memorandum of Understanding')).toBeNull();
    expect(englishPremodifierKey('The Convention')).toBeNull();
    expect(englishPremodifierKey('')).toBeNull();
  });
});
