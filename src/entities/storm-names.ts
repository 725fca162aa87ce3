import { alternationOf } from '../text/alternation.js';
import { TITLES } from '../thai/name-cues.js';
import { STORM_STRENGTHS } from '../thai/storms.js';
import type { Candidate } from './candidate.js';

/**
 * What ends right before a storm's name: `พายุ` (storm), its strength (`ระดับ 3`, STORM_STRENGTHS: `โซนร้อน`,
 * `ไต้ฝุ่น`, `ดีเปรสชัน`…), an opening bracket or a quotation mark.
 */
const STORM_BEFORE = new RegExp(`พายุ(?:[ \\u00A0]?ระดับ[ \\u00A0]?[0-9๐-๙])?[ \\u00A0(]*(?:${alternationOf(STORM_STRENGTHS)})?[ \\u00A0(]*["“'‘]?$`, 'u');
/** A storm's name is one word (`ซินลากู`, `วิภา`, `Yagi`), no title, no surname. */
const ONE_WORD = /^[^\s]+$/u;
/**
 * A title opening the name (`นางวิภา`, `ผู้ประสบภัยพายุ นางวิภา`) makes it a person's; but for
 * `พระพิรุณ` (Prapiroon), a storm's name that opens with `พระ`.
 */
const TITLED = new RegExp(`^(?!พระพิรุณ)(?:${alternationOf(TITLES)})`, 'u');
const LONGEST_BEFORE = 40;

/**
 * A storm's name after `พายุ` (`พายุ "ซินลากู"`, `พายุโซนร้อนวิภา`) is no person: ThaiNER leaves
 * storm names untagged (25 of 25 after `พายุ`), and the model, which knows many of them as Thai
 * and foreign given names, tags them as people. Returns the entities without them.
 */
export function dropStormNames(text: string, entities: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const e of entities) {
    const name = text.slice(e.start, e.end);
    if (e.label === 'PERSON' && ONE_WORD.test(name) && !TITLED.test(name) && STORM_BEFORE.test(text.slice(Math.max(0, e.start - LONGEST_BEFORE), e.start)))
      continue;
    kept.push(e);
  }
  return kept;
}
