import { defineStage } from '../../src/core/stage.js';
import { checkPipeline, createPipeline } from '../../src/create-pipeline.js';
import type { LayerItem } from '../../src/document/types.js';
import { validateDocument } from '../../src/document/validate.js';

// A user's stage: Thai words of three or more letters that occur twice or more, as spans.
const keywords = defineStage({
  name: 'keywords',
  version: '1',
  description: 'repeated content words',
  requires: ['tokens'],
  provides: ['keywords'],
  options: { minCount: { type: 'number', default: 2, min: 1, description: 'occurrences needed' } },
  create(options) {
    return {
      run(doc) {
        const tokens = doc.layers.tokens ?? [];
        const counts = new Map<string, number>();
        for (const t of tokens) if (t.kind === 'thai' && t.text.length >= 3) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
        doc.layers.keywords = tokens
          .filter((t) => (counts.get(t.text) ?? 0) >= (options.minCount as number))
          .map(({ start, end, text }) => ({ start, end, text }));
      },
    };
  },
});

const definition = { name: 'k', stages: ['decode', 'segment', 'keywords'] };

describe('a user stage', () => {
  it('is named in a definition like a built-in one and its layer comes out under "layers", in code points', async () => {
    const doc = await createPipeline(definition, { stages: [keywords] }).process({ id: 'a', text: '😂 ตลาดหุ้น ตลาดทอง' });
    expect(doc.layers).toEqual({
      keywords: [
        { start: 2, end: 6, text: 'ตลาด' },
        { start: 11, end: 15, text: 'ตลาด' },
      ],
    });
    expect(Object.keys(doc)).toEqual(['schema', 'id', 'text', 'meta', 'tokens', 'layers', 'warnings', 'pipeline']);
    expect(doc.pipeline.stages.map((s) => s.name)).toEqual(['decode', 'segment', 'keywords']);
  });

  it('gives spans that validateDocument checks like built-in ones', async () => {
    const doc = await createPipeline(definition, { stages: [keywords] }).process({ id: 'a', text: '😂 รัฐบาลแถลง รัฐบาลยืนยัน' });
    const found = doc.layers?.keywords as { start: number; end: number; text: string }[];
    expect(found).toEqual([
      { start: 2, end: 8, text: 'รัฐบาล' },
      { start: 13, end: 19, text: 'รัฐบาล' },
    ]);
    expect(validateDocument(doc)).toEqual([]);
    const shifted: LayerItem[] = [{ ...found[0], start: 3 }, found[1]];
    expect(validateDocument({ ...doc, layers: { keywords: shifted } })).toEqual(['layers.keywords[0]: text "รัฐบาล" is not the text at [3, 8)']);
  });

  it('takes options checked against its spec', () => {
    expect(() => checkPipeline({ name: 'k', stages: ['decode', 'segment', { stage: 'keywords', options: { minCount: 0 } }] }, { stages: [keywords] })).toThrow(
      /stage 3 "keywords": option "minCount" must be at least 1, got 0/,
    );
  });

  it('is unknown to a pipeline that was not given it', () => {
    expect(() => checkPipeline(definition)).toThrow(/stage 3: unknown stage "keywords"/);
  });
});

describe('layers a pipeline does not run', () => {
  it('are absent from the document, not empty', async () => {
    const doc = await createPipeline('tokens').process({ id: 't', text: 'วันที่ 1 มีนาคม 2562' });
    expect(Object.keys(doc)).toEqual(['schema', 'id', 'text', 'meta', 'tokens', 'sentences', 'warnings', 'pipeline']);
    expect('dates' in doc).toBe(false);
    expect(validateDocument(doc)).toEqual([]);
  });

  it('a layer that ran and found nothing is an empty list', async () => {
    const doc = await createPipeline({ name: 'd', stages: ['decode', 'dates'] }).process({ id: 'd', text: 'ไม่มีวันที่' });
    expect(doc.dates).toEqual([]);
  });
});
