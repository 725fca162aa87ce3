import { Gazetteer } from '../../src/entities/gazetteer.js';
import { dropNationalities } from '../../src/entities/nationalities.js';
import { modelEntity } from './rule-inputs.js';

const gazetteer = Gazetteer.load();
const kept = (text: string, entities: ReturnType<typeof modelEntity>[]) => dropNationalities(text, entities, gazetteer).map((e) => text.slice(e.start, e.end));

describe('dropNationalities', () => {
  it('drops a country glued after ชาว, a nationality', () => {
    const text = 'นักท่องเที่ยวชาวญี่ปุ่นเดินทางมาไทย';
    expect(kept(text, [modelEntity(text, 'ญี่ปุ่น', 'LOCATION'), modelEntity(text, 'ไทย', 'LOCATION')])).toEqual(['ไทย']);
    const coach = 'กุนซือชาวบราซิลของทีม';
    expect(kept(coach, [modelEntity(coach, 'บราซิล', 'LOCATION')])).toEqual([]);
  });

  it('drops a body or a place the model made of ชาว and a country whole, not of ชาว and a province', () => {
    const text = 'กองหน้า อาดิลสัน ซานโตส ชาวบราซิล และผู้ป่วยชาวจังหวัดลำปาง';
    expect(kept(text, [modelEntity(text, 'ชาวบราซิล', 'ORGANIZATION'), modelEntity(text, 'ชาวจังหวัดลำปาง', 'LOCATION')])).toEqual(['ชาวจังหวัดลำปาง']);
  });

  it('keeps a province after ชาว, a country standing apart, and a country after other words', () => {
    const text = 'ผู้ป่วยเป็นชาวจังหวัดลำปาง ส่วนชาว บ้านจากพม่า และสัญชาติอังกฤษ';
    expect(kept(text, [modelEntity(text, 'จังหวัดลำปาง', 'LOCATION'), modelEntity(text, 'พม่า', 'LOCATION'), modelEntity(text, 'อังกฤษ', 'LOCATION')])).toEqual([
      'จังหวัดลำปาง',
      'พม่า',
      'อังกฤษ',
    ]);
  });
});
