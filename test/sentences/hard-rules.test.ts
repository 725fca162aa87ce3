import { CodePointIndex } from '../../src/core/code-points.js';
import type { GapContext } from '../../src/sentences/boundary-features.js';
import { scoreBoundary } from '../../src/sentences/boundary-score.js';
import { mayNotEnd, mustEnd } from '../../src/sentences/hard-rules.js';
import { findParagraphs } from '../../src/sentences/paragraphs.js';
import { findSentenceEnds } from '../../src/sentences/sentence-ends.js';
import { whitespaceTokens } from './whitespace-tokens.js';

/** Each gap of a one-paragraph text as `left|right`, with what `rule` says about it (no gap ends a sentence). */
function gapsOf(text: string, rule: (context: GapContext) => boolean): [string, boolean][] {
  const [paragraph] = findParagraphs(whitespaceTokens(text), new CodePointIndex(text));
  const gaps: [string, boolean][] = [];
  findSentenceEnds(paragraph, (context) => {
    gaps.push([`${context.left.text}|${context.right.text}`, rule(context)]);
    return false;
  });
  return gaps;
}

describe('mayNotEnd', () => {
  it('holds a date written with spaces together, and the word before it', () => {
    expect(gapsOf('ประชุมกันเมื่อวันที่ 1 มีนาคม 2562 ณ กรุงเทพฯ', mayNotEnd)).toEqual([
      ['ประชุมกันเมื่อวันที่|1', true],
      ['1|มีนาคม', true],
      ['มีนาคม|2562', true],
      // `ณ วันนี้` may open a sentence; the model decides.
      ['2562|ณ', false],
      ['ณ|กรุงเทพฯ', true],
    ]);
    expect(gapsOf('ลงนามใน พ.ศ. 2562 แล้ว', mayNotEnd)).toEqual([
      ['ลงนามใน|พ.ศ.', true],
      ['พ.ศ.|2562', true],
      ['2562|แล้ว', false],
    ]);
  });

  it('keeps a fronted time phrase with its clause, but not a long sentence that opened with ใน', () => {
    expect(gapsOf('เมื่อวันที่ 15 ม.ค. ที่ผ่านมา ฝนตกหนัก', mayNotEnd)).toEqual([
      ['เมื่อวันที่|15', true],
      ['15|ม.ค.', true],
      ['ม.ค.|ที่ผ่านมา', true],
      ['ที่ผ่านมา|ฝนตกหนัก', true],
    ]);
    const long = 'ในการประชุมครั้งนี้ผู้แทนทั้งสองประเทศได้ลงนามในบันทึกความเข้าใจว่าด้วยความร่วมมือปี 2567 ทั้งนี้';
    expect(gapsOf(long, mayNotEnd).at(-1)).toEqual(['2567|ทั้งนี้', false]);
  });

  it('leaves ordinary gaps to the model', () => {
    expect(gapsOf('ราคาน้ำมันปรับตัวสูงขึ้น ขณะที่ค่าเงินบาทอ่อนค่าลง', mayNotEnd)).toEqual([['ราคาน้ำมันปรับตัวสูงขึ้น|ขณะที่ค่าเงินบาทอ่อนค่าลง', false]]);
  });
});

describe('mustEnd', () => {
  const must = (context: GapContext) => mustEnd(context, scoreBoundary(context));

  it('ends at strong cues and before a numbered list item', () => {
    expect(gapsOf('จริงหรือ? ไม่น่าเชื่อ', must)).toEqual([['จริงหรือ?|ไม่น่าเชื่อ', true]]);
    expect(gapsOf('เอกสารที่ต้องเตรียมมีดังนี้ 1. สำเนาบัตรประชาชน 2. รูปถ่าย', must)).toEqual([
      ['เอกสารที่ต้องเตรียมมีดังนี้|1.', true],
      ['1.|สำเนาบัตรประชาชน', false],
      ['สำเนาบัตรประชาชน|2.', true],
      ['2.|รูปถ่าย', false],
    ]);
  });
});
