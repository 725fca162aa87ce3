import { Gazetteer } from '../../src/entities/gazetteer.js';

const gazetteer = Gazetteer.load();
const idOf = (name: string): string | undefined => gazetteer.resolve(name)?.id;

describe('Gazetteer', () => {
  it('gives every name of the United States one id', () => {
    for (const name of ['สหรัฐฯ', 'สหรัฐอเมริกา', 'อเมริกา', 'ประเทศสหรัฐอเมริกา', 'US', 'U.S.', 'United States', 'united states']) {
      expect([name, idOf(name)]).toEqual([name, 'country:US']);
    }
  });

  it('resolves Thai country names from i18n-iso-countries, also after ประเทศ', () => {
    expect(idOf('อินโดนีเซีย')).toBe('country:ID');
    expect(idOf('ประเทศอินโดนีเซีย')).toBe('country:ID');
    expect(idOf('พม่า')).toBe('country:MM');
    expect(idOf('เมียนมา')).toBe('country:MM');
    expect(gazetteer.resolve('ญี่ปุ่น')).toEqual({ id: 'country:JP', kind: 'country', label: 'LOCATION', name: 'ญี่ปุ่น' });
  });

  it('resolves international bodies in Thai and English', () => {
    expect(idOf('อาเซียน')).toBe('org:ASEAN');
    expect(idOf('ASEAN')).toBe('org:ASEAN');
    expect(idOf('สหประชาชาติ')).toBe('org:UN');
    expect(idOf('UN')).toBe('org:UN');
    expect(idOf('องค์การอนามัยโลก')).toBe('org:WHO');
  });

  it('resolves Thai provinces with their prefixes and Bangkok aliases', () => {
    const bangkok = idOf('กรุงเทพมหานคร');
    expect(bangkok).toBe('th-province:1');
    expect(idOf('กรุงเทพฯ')).toBe(bangkok);
    expect(idOf('กทม.')).toBe(bangkok);
    expect(idOf('จ.น่าน')).toBe(idOf('จังหวัดน่าน'));
    expect(gazetteer.resolve('น่าน')?.kind).toBe('province');
    expect(gazetteer.resolve('อ.ตะพานหิน')?.kind).toBe('district');
  });

  it('gives the short names of a province its id', () => {
    expect(idOf('อุบลฯ')).toBe(idOf('อุบลราชธานี'));
    expect(idOf('โคราช')).toBe(idOf('นครราชสีมา'));
    expect(idOf('จ.อุบลฯ')).toBe(idOf('จังหวัดอุบลราชธานี'));
    expect(idOf('อยุธยา')).toBe(idOf('พระนครศรีอยุธยา'));
    expect(idOf('โคราช')).toMatch(/^th-province:/);
  });

  it('knows nothing of ordinary words', () => {
    expect(gazetteer.resolve('ประชุม')).toBeUndefined();
    expect(gazetteer.resolve('')).toBeUndefined();
  });
});
