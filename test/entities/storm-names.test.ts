import { dropStormNames } from '../../src/entities/storm-names.js';
import { modelEntity } from './rule-inputs.js';

const kept = (text: string, entities: ReturnType<typeof modelEntity>[]) => dropStormNames(text, entities).map((e) => text.slice(e.start, e.end));

describe('dropStormNames', () => {
  it('drops a storm’s name after พายุ, with its strength, a bracket or quotation marks between', () => {
    for (const [text, name] of [
      ['เตรียมรับมือพายุ "มาลัย" ที่จะเข้าฝั่ง', 'มาลัย'],
      ['พายุโซนร้อนวิภาเคลื่อนตัวเข้าเวียดนาม', 'วิภา'],
      ['พายุระดับ 3 (ไต้ฝุ่น กมล) ขึ้นฝั่งแล้ว', 'กมล'],
      ['พายุ “Yagi” ถล่มฟิลิปปินส์', 'Yagi'],
      ['พายุโซนร้อน (วิภา) อ่อนกำลังลง', 'วิภา'],
      ['พายุไต้ฝุ่น (Yagi) ถล่มฟิลิปปินส์', 'Yagi'],
      ['พายุพระพิรุณเคลื่อนตัวขึ้นเหนือ', 'พระพิรุณ'],
    ])
      expect(kept(text, [modelEntity(text, name, 'PERSON')])).toEqual([]);
  });

  it('keeps a person with a title or a surname after พายุ, and a person elsewhere', () => {
    const text = 'หลังพายุ นายสมชาย ใจดี ลงพื้นที่ ส่วนวิภา ไปด้วย';
    expect(kept(text, [modelEntity(text, 'นายสมชาย ใจดี', 'PERSON'), modelEntity(text, 'วิภา', 'PERSON')])).toEqual(['นายสมชาย ใจดี', 'วิภา']);
  });

  it('keeps a titled person of one chunk right after พายุ', () => {
    const text = 'ชาวบ้านที่ประสบภัยพายุ นางวิภา เล่าว่าบ้านพังทั้งหลัง';
    expect(kept(text, [modelEntity(text, 'นางวิภา', 'PERSON')])).toEqual(['นางวิภา']);
  });
});
