import type { GapContext } from './boundary-features.js';
import { BOUNDARY_THRESHOLD, startsWithListMarker, type BoundaryScore } from './boundary-score.js';
import { firstCodePoint, isDigit, lastCodePoint } from './characters.js';
import { eraMarkers, monthNames, sentenceEnders, sentenceOpeners, timePhraseEnds } from './cue-lists.js';

/**
 * The decisions no model overrides. Gaps inside brackets and quotes and line breaks are
 * settled earlier (`findSentenceEnds`, `findParagraphs`); these look at the words.
 */

/** Non-space code points within which a sentence that opened with `เมื่อ`, `ใน`... may still be its adverbial. */
const SHORT_INTRODUCTION = 48;

/** Cue weight at or below which a word cannot end (or begin) a Thai sentence: `ว่า`, `และ`, `ที่ผ่านมา`. */
const CANNOT = -3;

/**
 * The gap lies inside a phrase: after a word that needs what follows (`ว่า`, `ของ`, `วันที่`),
 * before one that attaches to what precedes (`ที่ผ่านมา`, `ได้แก่`), or inside a date
 * written with spaces (`1 มีนาคม 2562`, `พ.ศ. 2562`), or right after a fronted time phrase
 * (`เมื่อวันที่ 15 มกราคม 2567 ที่ผ่านมา | กรม...`).
 */
export function mayNotEnd(context: GapContext): boolean {
  const left = context.left.text;
  const right = context.right.text;
  if ((sentenceEnders.suffixOf(left)?.weight ?? 0) <= CANNOT) return true;
  if ((sentenceOpeners.prefixOf(right)?.weight ?? 0) <= CANNOT) return true;
  const leftDigit = isDigit(lastCodePoint(left));
  const rightDigit = isDigit(firstCodePoint(right));
  if (leftDigit && monthNames.prefixOf(right)) return true;
  if (context.openedWithIntroduction && context.sentenceLength <= SHORT_INTRODUCTION && endsLikeDate(left, leftDigit)) return true;
  return rightDigit && (monthNames.suffixOf(left) !== undefined || eraMarkers.suffixOf(left) !== undefined);
}

/**
 * The rule cues alone end the sentence: a strong cue (`!`, `?`, `ครับ`, an emoji; rare in the
 * news the model learnt from) or a numbered list item opening the next chunk (`2. ...`).
 */
export function mustEnd(context: GapContext, rule: BoundaryScore): boolean {
  if (rule.score < BOUNDARY_THRESHOLD) return false;
  return rule.strong || startsWithListMarker(context.right.text);
}

function endsLikeDate(text: string, endsWithDigit: boolean): boolean {
  return endsWithDigit || timePhraseEnds.suffixOf(text) !== undefined || monthNames.suffixOf(text) !== undefined;
}
