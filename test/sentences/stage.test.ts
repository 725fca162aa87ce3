import { loadDefinition } from '../../src/core/definition.js';
import { createPipeline } from '../../src/create-pipeline.js';

const stageName = (step: string | { stage: string }): string => (typeof step === 'string' ? step : step.stage);

describe('sentences stage', () => {
  it('comes right after segment in the default pipeline', () => {
    const names = loadDefinition('default').definition.stages.map(stageName);
    expect(names.indexOf('sentences')).toBe(names.indexOf('segment') + 1);
  });

  it('fills doc.sentences from the tokens', async () => {
    const pipeline = createPipeline({ name: 'sentences', stages: ['decode', 'segment', 'sentences'] });
    const doc = await pipeline.process({ id: 'a', text: 'จริงหรือ? ไม่น่าเชื่อเลย! เขาทำได้อย่างไร' });
    expect(doc.sentences).toEqual([
      { start: 0, end: 9, text: 'จริงหรือ?' },
      { start: 10, end: 25, text: 'ไม่น่าเชื่อเลย!' },
      { start: 26, end: 41, text: 'เขาทำได้อย่างไร' },
    ]);
  });

  it('takes minLength from the pipeline definition', async () => {
    const pipeline = createPipeline({
      name: 'short',
      stages: ['decode', 'segment', { stage: 'sentences', options: { minLength: 4 } }],
    });
    const doc = await pipeline.process({ id: 'b', text: 'ฝนตกหนัก นอกจากนี้ ถนนหลายสายยังมีน้ำท่วมขัง' });
    expect(doc.sentences!.map((s) => s.text)).toEqual(['ฝนตกหนัก', 'นอกจากนี้ ถนนหลายสายยังมีน้ำท่วมขัง']);
  });

  it('takes threshold from the pipeline definition', async () => {
    const text = 'เขามาถึงที่ประชุมตั้งแต่เช้าแล้ว ต่อมา ทุกคนก็เริ่มพิจารณาวาระแรกอย่างจริงจัง';
    const pipeline = createPipeline({ name: 'strict', stages: ['decode', 'segment', { stage: 'sentences', options: { threshold: 0.999 } }] });
    expect((await pipeline.process({ id: 'c', text })).sentences!.map((s) => s.text)).toEqual([text]);
  });

  it('rejects a threshold outside 0-1 when the pipeline is built', () => {
    expect(() => createPipeline({ name: 'bad', stages: ['decode', 'segment', { stage: 'sentences', options: { threshold: 1.5 } }] })).toThrow(/threshold/);
  });

  it('rejects a minLength below 1 when the pipeline is built', () => {
    expect(() => createPipeline({ name: 'bad', stages: ['decode', 'segment', { stage: 'sentences', options: { minLength: 0 } }] })).toThrow(/minLength/);
  });
});
