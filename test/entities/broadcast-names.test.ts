import { tvChannels } from '../../src/entities/broadcast-names.js';
import type { Candidate } from '../../src/entities/resolve.js';

const shown = (text: string, entities: Candidate[]) => entities.map((e) => [e.label, e.source, text.slice(e.start, e.end)]);

describe('tvChannels', () => {
  it('tags a channel by its number after a word of broadcasting, or with HD', () => {
    const text = 'ละครออกอากาศทางช่อง 8 ทุกวันศุกร์ ส่วนข่าวภาคค่ำของช่อง 7HD ย้ายเวลา';
    expect(shown(text, tvChannels(text, []))).toEqual([
      ['ORGANIZATION', 'pattern', 'ช่อง 8'],
      ['ORGANIZATION', 'pattern', 'ช่อง 7HD'],
    ]);
  });

  it('tags a channel written with its name before the number, with no word of broadcasting', () => {
    const text = 'ผู้บริหารช่องวัน 31 ยืนยันว่า ละครของช่อง one31 จะจบในสัปดาห์นี้';
    expect(shown(text, tvChannels(text, []))).toEqual([
      ['ORGANIZATION', 'pattern', 'ช่องวัน 31'],
      ['ORGANIZATION', 'pattern', 'ช่อง one31'],
    ]);
  });

  it('leaves a slot, a lane or a number run on, and a channel the model found', () => {
    for (const text of ['ถนนขยายเป็น 4 ช่อง 2 ฝั่ง', 'กรอกข้อมูลลงในช่อง 2 ของแบบฟอร์ม', 'ออกอากาศทางช่อง 3.5 ล้านครั้ง']) {
      expect(tvChannels(text, [])).toEqual([]);
    }
    const text = 'ชมสดทางช่อง 3 คืนนี้';
    const model: Candidate = { start: text.indexOf('ช่อง'), end: text.indexOf(' คืน'), label: 'ORGANIZATION', source: 'model' };
    expect(tvChannels(text, [model])).toEqual([model]);
  });
});
