import { validateDocument } from '../../src/document/validate.js';
import { createPipeline } from '../../src/create-pipeline.js';

describe('validateDocument', () => {
  it('accepts a document the default pipeline produced', async () => {
    const doc = await createPipeline('default').process({ id: 'a', text: 'ฉันกิน 😀 ข้าว' });
    expect(validateDocument(doc)).toEqual([]);
  });

  it('names a span whose text is not the text at its code point offsets', async () => {
    const doc = await createPipeline('default').process({ id: 'a', text: '😀ข้าว' });
    // "ข้าว" starts at code point 1 (the emoji is one code point, two UTF-16 units).
    expect(doc.tokens[1]).toEqual({ start: 1, end: 5, text: 'ข้าว', kind: 'thai' });
    doc.tokens[1] = { ...doc.tokens[1], start: 2 };
    expect(validateDocument(doc)).toEqual(['tokens[1]: text "ข้าว" is not the text at [2, 5)']);
  });

  it('reports schema violations with their path', () => {
    const problems = validateDocument({ schema: 'thai-extract/document@1', id: 'x', text: '' });
    expect(problems).toContain("/ must have required property 'meta'");
  });

  it('rejects a date type outside the closed list', async () => {
    const doc = await createPipeline('default').process({ id: 'a', text: 'ปี 2562' });
    const bad = { ...doc, dates: [{ start: 0, end: 7, text: 'ปี 2562', type: 'era', value: '2019' }] };
    expect(validateDocument(bad)).toEqual(['/dates/0/type must be equal to one of the allowed values']);
  });
});
