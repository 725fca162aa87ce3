import fc from 'fast-check';
import { createPipeline } from '../../src/create-pipeline.js';
import { findParentheses } from '../../src/parentheticals/find-parentheses.js';
import { annotate } from './annotate.js';

const piece = fc.oneof(
  fc.constantFrom('(', ')', '((', '))', '（', '）', ' ', '\u00A0', '\n', ':', ' – ', ', ', '\t', '\u0000', '😀', '๒๗'),
  fc.constantFrom('องค์การ', 'ความร่วมมือ', 'และ', 'ของ', 'นาย', 'บีซีจี', 'โครงการ', 'การประชุม', 'หรือ', 'เอเปค', 'โรค', 'ซาร์ส'),
  fc.constantFrom('กระทรวง', 'ดิจิทัล', 'เพื่อ', 'เศรษฐกิจ', 'สังคม', '(ดีอี)', '(บีโอไอ)', 'ดีอีเอส', '(DE)', 'กสท.', '(คณะกรรมการกิจการ'),
  fc.constantFrom('World', 'Health', 'WHO', 'MSMEs', 'Mr.', 'and', 'of', 'E-Commerce', 'APEC', 'SARS', 'Cooperation'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('parentheticals on any text', () => {
  it('never throws and gives spans that are the text at their offsets, inside the text', async () => {
    const pipeline = createPipeline({ name: 'p', stages: ['decode', 'segment', 'parentheticals'] });
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const doc = await pipeline.process({ id: 'x', text: input });
        const points = Array.from(doc.text);
        for (const p of doc.parentheticals!) {
          for (const span of [p, p.thai, p.english, p.acronym]) {
            if (!span) continue;
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(points.length);
            expect(span.start).toBeLessThanOrEqual(span.end);
            expect(points.slice(span.start, span.end).join('')).toBe(span.text);
          }
          expect(p.text.startsWith('(') || p.text.startsWith('（')).toBe(true);
          if (p.thai) expect(p.thai.end).toBeLessThanOrEqual(p.start);
          if (p.english) expect(p.english.start).toBeGreaterThan(p.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the Thai term out of another parenthesis and off the previous line', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const p of [
          ...annotate(input + ' องค์การ (World Health Organization)'),
          ...annotate(input + ' หรือ ซาบา (South Asian Beverage Association: SABA)'),
        ]) {
          if (p.thai) expect(p.thai).not.toMatch(/[()\n]/u);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('runs in linear time on a megabyte of open brackets and of nested pairs', () => {
    const started = Date.now();
    expect(findParentheses('('.repeat(1_000_000))).toEqual([]);
    const nested = '('.repeat(500_000) + ')'.repeat(500_000);
    // Only the innermost 200 levels fit in a gloss's length; nothing runs away to the outer pairs.
    expect(findParentheses(nested)).toEqual([{ open: 499_799, close: 500_200 }]);
    expect(annotate('องค์การ ('.repeat(30_000) + 'WHO)').length).toBe(1);
    const [long] = annotate('ก'.repeat(300_000) + ' (World Health Organization)');
    expect((long.thai ?? '').length).toBeLessThanOrEqual(240);
    expect(Date.now() - started).toBeLessThan(8_000);
  });
});
