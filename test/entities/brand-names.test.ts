import { brandNames } from '../../src/entities/brand-names.js';
import { boundariesOf, modelEntity } from './rule-inputs.js';

const found = (text: string, entities: ReturnType<typeof modelEntity>[] = []) =>
  brandNames(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('brandNames', () => {
  it('makes a brand standing as a word an organisation, where the model found nothing or a place', () => {
    expect(found('ซัมซุงเปิดตัวโทรศัพท์รุ่นใหม่')).toEqual([['ORGANIZATION', 'ซัมซุง']]);
    const text = 'นักบิดของทีมดูคาติ คว้าชัย';
    expect(found(text, [modelEntity(text, 'ดูคาติ', 'LOCATION')])).toEqual([['ORGANIZATION', 'ดูคาติ']]);
    // a bank and a retailer by their names alone, the bank's name read as a capital's by the model
    const banks = 'สินเชื่อจากกรุงไทย และคูปองของบิ๊กซี';
    expect(found(banks, [modelEntity(banks, 'กรุงไทย', 'LOCATION')])).toEqual([
      ['ORGANIZATION', 'กรุงไทย'],
      ['ORGANIZATION', 'บิ๊กซี'],
    ]);
    // a name of two words, whose second the model read as a place
    const store = 'ร้านสะดวกซื้อเซเว่น อีเลฟเว่น เปิดสาขาใหม่';
    expect(found(store, [modelEntity(store, 'อีเลฟเว่น', 'LOCATION')])).toEqual([['ORGANIZATION', 'เซเว่น อีเลฟเว่น']]);
  });

  it('leaves a brand inside a longer entity, a car or a telephone of the brand, and a surname after a person’s given name', () => {
    const text = 'บริษัท โตโยต้า มอเตอร์ จำกัด';
    expect(found(text, [modelEntity(text, text, 'ORGANIZATION')])).toEqual([['ORGANIZATION', text]]);
    expect(found('คนร้ายขับรถโตโยต้าหลบหนี และใช้มือถือซัมซุง รถยนต์  ฮอนด้า และบริษัทอาลีบาบา')).toEqual([]);
    const player = 'ยูกิ ซูซูกิ ยิงประตู';
    expect(found(player, [modelEntity(player, 'ยูกิ', 'PERSON')])).toEqual([['PERSON', 'ยูกิ']]);
    for (const spaces of ['  ', '\u00A0\u00A0', ' \u00A0', '\u00A0']) {
      const spaced = `ยูกิ${spaces}ซูซูกิ ยิงประตู`;
      expect(found(spaced, [modelEntity(spaced, 'ยูกิ', 'PERSON')])).toEqual([['PERSON', 'ยูกิ']]);
    }
  });
});
