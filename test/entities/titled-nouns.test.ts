import type { Candidate } from '../../src/entities/resolve.js';
import { titledNouns } from '../../src/entities/titled-nouns.js';
import { boundariesOf, modelEntity, labelled } from './rule-inputs.js';

const found = (text: string, entities: Candidate[]) => labelled(text, titledNouns(text, entities, boundariesOf(text)));

describe('titledNouns', () => {
  it('drops a person that is a common noun opening with a title, alone or with a common word glued on', () => {
    const text = 'ขอให้นายจ้างรายใหม่แจ้งนายทะเบียน ภายใน 15 วัน';
    expect(found(text, [modelEntity(text, 'นายจ้างรายใหม่', 'PERSON'), modelEntity(text, 'นายทะเบียน', 'PERSON')])).toEqual([]);
  });

  it('drops such a noun with words after a space that open with no given name, and keeps the name after a given one', () => {
    const text = 'นายจ้าง ลูกจ้าง และนายทะเบียน สมชาย ใจดี ลงนามร่วมกัน';
    const entities = [modelEntity(text, 'นายจ้าง ลูกจ้าง', 'PERSON'), modelEntity(text, 'นายทะเบียน สมชาย ใจดี', 'PERSON')];
    expect(found(text, entities)).toEqual(['PERSON:สมชาย ใจดี']);
  });

  it('keeps names that open with the same letters, officers’ ranks, other labels and what rules found', () => {
    const text = 'นายเรืองชัย มั่นคง พบนายพันศักดิ์ ดีงาม ที่นายหน้าเอเจนซี่ ส่วนนายจ้างตามกฎหมาย';
    const entities: Candidate[] = [
      modelEntity(text, 'นายเรืองชัย มั่นคง', 'PERSON'),
      modelEntity(text, 'นายพันศักดิ์ ดีงาม', 'PERSON'),
      modelEntity(text, 'นายหน้าเอเจนซี่', 'ORGANIZATION'),
      { ...modelEntity(text, 'นายจ้าง', 'PERSON'), source: 'pattern' },
    ];
    expect(found(text, entities)).toEqual(['PERSON:นายเรืองชัย มั่นคง', 'PERSON:นายพันศักดิ์ ดีงาม', 'ORGANIZATION:นายหน้าเอเจนซี่', 'PERSON:นายจ้าง']);
  });
});
