import fc from 'fast-check';
import { CodePointIndex } from '../../src/core/code-points.js';
import type { Sentence, Span } from '../../src/document/types.js';
import { joinAcrossNames } from '../../src/sentences/join-across-names.js';
import { createPipeline, defineStage } from '../../src/index.js';

/** The sentences of `text` cut at the spaces after the code points in `ends` (a sentence leaves its space out). */
function cutAfter(index: CodePointIndex, ends: readonly number[]): Sentence[] {
  const bounds = [...ends, index.length];
  return bounds.map((end, i) => {
    const start = i === 0 ? 0 : bounds[i - 1] + 1;
    return { start, end, text: index.slice(start, end) };
  });
}

// The texts are Thai and Latin only: UTF-16 offsets are code points.
const span = (text: string, name: string): Span => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name });
const spaces = (text: string): number[] => [...text.matchAll(/ /g)].map((m) => m.index);

describe('joinAcrossNames', () => {
  const text = 'ชาวบ้านมารอรับเสด็จ สมเด็จพระเทพฯ ทรงเปิดงาน แล้วนายวีระ ทองดี กล่าวรายงาน';
  const index = new CodePointIndex(text);
  // cut at every space but the one before กล่าวรายงาน
  const sentences = cutAfter(index, spaces(text).slice(0, 4));

  it('joins the sentences a name crosses, and keeps the other boundaries', () => {
    expect(sentences.map((s) => s.text)).toEqual(['ชาวบ้านมารอรับเสด็จ', 'สมเด็จพระเทพฯ', 'ทรงเปิดงาน', 'แล้วนายวีระ', 'ทองดี กล่าวรายงาน']);
    expect(joinAcrossNames(index, sentences, [span(text, 'นายวีระ ทองดี')]).map((s) => [s.start, s.end, s.text])).toEqual([
      [0, 19, 'ชาวบ้านมารอรับเสด็จ'],
      [20, 33, 'สมเด็จพระเทพฯ'],
      [34, 44, 'ทรงเปิดงาน'],
      [45, 74, 'แล้วนายวีระ ทองดี กล่าวรายงาน'],
    ]);
  });

  it('joins several sentences when one name crosses two boundaries', () => {
    expect(joinAcrossNames(index, sentences, [span(text, 'สมเด็จพระเทพฯ ทรงเปิดงาน แล้ว')]).map((s) => s.text)).toEqual([
      'ชาวบ้านมารอรับเสด็จ',
      'สมเด็จพระเทพฯ ทรงเปิดงาน แล้วนายวีระ',
      'ทองดี กล่าวรายงาน',
    ]);
  });

  it('keeps a boundary on a line break, and a name that ends where a sentence ends', () => {
    const lines = 'ผู้ว่าราชการจังหวัด\nนายวีระ ทองดี กล่าว';
    const at = new CodePointIndex(lines);
    const two = cutAfter(at, [19]);
    expect(two.map((s) => s.text)).toEqual(['ผู้ว่าราชการจังหวัด', 'นายวีระ ทองดี กล่าว']);
    expect(joinAcrossNames(at, two, [span(lines, 'จังหวัด\nนายวีระ')])).toEqual(two);
    expect(joinAcrossNames(at, two, [span(lines, 'จังหวัด')])).toEqual(two);
  });

  it('keeps the sentences tiling what they tiled and leaves no boundary inside a name, whatever the names', () => {
    const gaps = spaces(text);
    fc.assert(
      fc.property(fc.subarray(gaps), fc.array(fc.tuple(fc.nat(text.length - 1), fc.nat(30)), { maxLength: 6 }), (ends, spans) => {
        const cut = cutAfter(index, ends);
        const sorted = spans
          .map(([start, length]) => ({ start, end: Math.min(start + length + 1, index.length) }))
          .sort((a, b) => a.start - b.start || a.end - b.end);
        // entities never overlap: each name kept starts after the last one kept
        const names: { start: number; end: number; text: string }[] = [];
        for (const s of sorted) if (!names.length || s.start >= names[names.length - 1].end) names.push({ ...s, text: index.slice(s.start, s.end) });
        const joined = joinAcrossNames(index, cut, names);
        expect(joined[0].start).toBe(0);
        expect(joined.at(-1)!.end).toBe(index.length);
        for (const [i, s] of joined.entries()) {
          expect(s.text).toBe(index.slice(s.start, s.end));
          if (i > 0) expect(s.start).toBe(joined[i - 1].end + 1);
        }
        const kept = joined.slice(0, -1).map((s) => s.end);
        // every boundary kept was one before, and none is inside a name
        for (const end of kept) expect(ends.includes(end)).toBe(true);
        for (const end of kept) expect(names.filter((n) => n.start < end && n.end > end + 1)).toEqual([]);
        // a boundary dropped was inside a name
        for (const end of ends.filter((e) => !kept.includes(e))) expect(names.some((n) => n.start < end && n.end > end + 1)).toBe(true);
      }),
    );
  });
});

describe('join-sentences stage', () => {
  // The names come from a stage of ours, so that the test does not depend on the model.
  const text = 'งานนี้จัดขึ้น ณ เมเจอร์ ซีนีเพล็กซ์ รัชโยธิน โดยมีประชาชนร่วมงานจำนวนมาก';
  const venue = span(text, 'เมเจอร์ ซีนีเพล็กซ์ รัชโยธิน');
  const names = defineStage({
    name: 'fixed-names',
    version: '1',
    description: 'one FACILITY',
    requires: ['tokens'],
    provides: ['entities'],
    create: () => ({
      run(doc) {
        doc.layers.entities = [{ ...venue, label: 'FACILITY', source: 'model' }];
      },
    }),
  });
  const pipeline = (stages: string[]) => createPipeline({ name: 'j', stages }, { stages: [names] });

  it('joins what the sentences stage cut inside a name, after the stage that found it', async () => {
    // a threshold of 0 makes every allowed space a boundary
    const sentences = { stage: 'sentences', options: { threshold: 0, minLength: 1 } };
    const cut = await pipeline(['decode', 'segment', sentences as never, 'fixed-names']).process({ text });
    expect(cut.sentences!.some((s) => s.end > venue.start && s.end < venue.end)).toBe(true);
    const joined = await pipeline(['decode', 'segment', sentences as never, 'fixed-names', 'join-sentences']).process({ text });
    const whole = joined.sentences!.find((s) => s.start <= venue.start && s.end >= venue.end);
    expect(whole).toBeDefined();
    expect(joined.sentences!.filter((s) => s.end > venue.start && s.end < venue.end)).toEqual([]);
    // the boundaries outside the name stay
    expect(joined.sentences!.map((s) => s.end).filter((end) => end <= venue.start || end >= venue.end)).toEqual(
      cut.sentences!.map((s) => s.end).filter((end) => end <= venue.start || end >= venue.end),
    );
  });

  it('comes last in the built-in pipelines, after entities', () => {
    expect(
      createPipeline('default')
        .plan.steps.map((s) => s.stage.name)
        .slice(-2),
    ).toEqual(['entities', 'join-sentences']);
    expect(
      createPipeline('raw-text')
        .plan.steps.map((s) => s.stage.name)
        .slice(-2),
    ).toEqual(['entities', 'join-sentences']);
  });
});
