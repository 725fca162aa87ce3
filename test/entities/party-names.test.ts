import { partyNames } from '../../src/entities/party-names.js';
import type { Candidate } from '../../src/entities/resolve.js';
import { boundariesOf } from './rule-inputs.js';

const parties = (text: string, entities: Candidate[] = []) => partyNames(text, entities, boundariesOf(text)).map((e) => [e.label, text.slice(e.start, e.end)]);

describe('partyNames', () => {
  it('finds a party by its name after พรรค, up to a space or a word that ends a name', () => {
    expect(parties('ผู้สมัครจากพรรคประชาชน ชนะการเลือกตั้งซ่อม')).toEqual([['ORGANIZATION', 'พรรคประชาชน']]);
    expect(parties('แม้พรรคก้าวหน้าไทยจะอ้างว่ามีหลักฐานใหม่')).toEqual([['ORGANIZATION', 'พรรคก้าวหน้าไทย']]);
    expect(parties('คดียุบพรรคประชาชนก้าวใหม่ ในวันพรุ่งนี้')).toEqual([['ORGANIZATION', 'พรรคประชาชนก้าวใหม่']]);
    // a verb names are made of is the name's, glued on or before a space; another verb ends it
    expect(parties('สมาชิกพรรครวมไทยสร้างชาติร่วมประชุม')).toEqual([['ORGANIZATION', 'พรรครวมไทยสร้างชาติ']]);
    expect(parties('ผู้สมัครพรรครวมไทยสร้างชาติ โดยมี')).toEqual([['ORGANIZATION', 'พรรครวมไทยสร้างชาติ']]);
  });

  it('takes the place of a country the model read inside the name, not of an entity across its edges', () => {
    const text = 'ส.ส.พรรครวมใจไทย ลงพื้นที่';
    const country: Candidate = { start: text.indexOf('ไทย'), end: text.indexOf('ไทย') + 3, label: 'LOCATION', source: 'model' };
    expect(parties(text, [country])).toEqual([['ORGANIZATION', 'พรรครวมใจไทย']]);
    const body: Candidate = { start: 0, end: text.indexOf(' '), label: 'ORGANIZATION', source: 'model' };
    expect(parties(text, [body])).toEqual([['ORGANIZATION', 'ส.ส.พรรครวมใจไทย']]);
  });

  it('leaves พรรค as a common noun alone', () => {
    expect(parties('แกนนำพรรคร่วมรัฐบาลหารือกันเมื่อคืน')).toEqual([]);
    expect(parties('จะเลือกพรรคใดในการเลือกตั้ง')).toEqual([]);
    expect(parties('ผู้สมัครย้ายพรรคชุดใหม่ มาสังกัด')).toEqual([]);
    expect(parties('สมาชิกพรรคมองว่า ไม่เหมาะสม')).toEqual([]);
  });
});
