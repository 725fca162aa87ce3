import { alternationOf } from '../text/alternation.js';
import { SpanMerge } from './span-merge.js';
import { newCandidate, type Candidate } from './candidate.js';

/**
 * A television channel by its number, as entertainment news writes it: `ช่อง 3`, `ช่อง 7HD`,
 * `ช่องวัน 31` (ThaiNER tags `ช่อง 3` an ORGANIZATION). `ช่อง` is also a slot, a lane or a gap
 * (`ช่อง 2 ของตาราง`), so the number is a channel's only after a word of broadcasting
 * (`ทางช่อง 8`, `ออกอากาศช่อง 3`), with `HD` after it, or with the channel's name before it
 * (`ช่องวัน 31`, `ช่อง one31`: no slot or lane is numbered so). A rule after the model, not one of the
 * patterns of patterns.ts: the model reads those as features and was trained without this one.
 */
const BROADCAST_WORDS = alternationOf(['ทาง', 'ออกอากาศ', 'ผ่าน', 'ละคร', 'ผังรายการ', 'สถานีโทรทัศน์', 'ทีวี', 'จอ', 'ประจำ', 'ข่าว']);
const CHANNEL = /ช่อง[ \u00A0]?(วัน[ \u00A0]?|one[ \u00A0]?)?\d{1,2}(HD|เอชดี)?(?![\d.,:/])/gu;
const AFTER_BROADCAST_WORD = new RegExp(`(?:${BROADCAST_WORDS})[ \\u00A0]?$`, 'u');
const LONGEST_BROADCAST_WORD = 14;

/**
 * Television channels where no entity stands: ORGANIZATION entities added to `entities`
 * (UTF-16 offsets, in text order, none overlapping) in one pass; returns the entities in text
 * order, a new list.
 */
export function tvChannels(text: string, entities: readonly Candidate[]): Candidate[] {
  const merge = new SpanMerge(entities);
  const pattern = new RegExp(CHANNEL);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!m[1] && !m[2] && !AFTER_BROADCAST_WORD.test(text.slice(Math.max(0, start - LONGEST_BROADCAST_WORD), start))) continue;
    if (!merge.overlapping(start, end).length) merge.replace(newCandidate(start, end, 'ORGANIZATION', 'pattern'));
  }
  return merge.finish();
}
