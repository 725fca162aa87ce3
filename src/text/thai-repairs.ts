/**
 * Repairs of Thai text that PyThaiNLP users rely on (its `normalize`), restricted to the ones
 * whose intent is unambiguous. Each repair is counted so the document can say what changed.
 */
import { ABOVE_VOWELS, BELOW_VOWELS, NIKHAHIT, SARA_AA, SARA_AM, THANTHAKHAT, TONE_MARKS, patternOf } from '../thai/characters.js';

export interface RepairCounts {
  saraAm: number;
  duplicateMarks: number;
  reorderedMarks: number;
  zeroWidth: number;
  controls: number;
}

// Tone marks and the thanthakhat sit on top of any above-vowel: typed before it they look the
// same on screen but break dictionary lookup and search.
const TONE = `${TONE_MARKS}${patternOf(THANTHAKHAT)}`;
const VOWELS = `${ABOVE_VOWELS}${BELOW_VOWELS}`;
const NIKHAHIT_SIGN = patternOf(NIKHAHIT);
const SARA_AA_SIGN = patternOf(SARA_AA);

// Nikhahit (+ tone) + sara aa, in either order of the first two: sara am typed in two strokes.
const DECOMPOSED_SARA_AM = new RegExp(`${NIKHAHIT_SIGN}([${TONE}]?)${SARA_AA_SIGN}|([${TONE}])${NIKHAHIT_SIGN}${SARA_AA_SIGN}`, 'g');
// A run of combining marks on one base consonant.
const MARK_RUN = new RegExp(`[${VOWELS}${TONE}${NIKHAHIT_SIGN}]{2,}`, 'g');
const VOWEL_MARK = new RegExp(`[${VOWELS}]`);
// Zero-width characters that carry no meaning in Thai text. ZWJ stays when it joins emoji.
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF\u00AD]|\u200D(?!\p{Extended_Pictographic})/gu;
// C0/C1 controls other than tab and newline; carriage returns become newlines first.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const CANDIDATE = new RegExp(
  `[${VOWELS}${TONE}${NIKHAHIT_SIGN}\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\r\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]`,
);

export function repairThai(text: string): { text: string; counts: RepairCounts } {
  const counts: RepairCounts = { saraAm: 0, duplicateMarks: 0, reorderedMarks: 0, zeroWidth: 0, controls: 0 };
  let out = text.normalize('NFC');
  // Fast path: text with no combining Thai marks and no invisible characters cannot change.
  if (!CANDIDATE.test(out)) return { text: out, counts };
  out = out.replace(/\r\n?/g, '\n');
  out = out.replace(CONTROL, () => {
    counts.controls++;
    return '';
  });
  out = out.replace(ZERO_WIDTH, () => {
    counts.zeroWidth++;
    return '';
  });
  // Marks first: a vowel typed after the nikhahit would otherwise hide a sara am.
  out = repairMarkRuns(out, counts);
  out = out.replace(DECOMPOSED_SARA_AM, (_m, toneAfter: string, toneBefore: string) => {
    counts.saraAm++;
    return (toneAfter || toneBefore || '') + String.fromCharCode(SARA_AM);
  });
  return { text: out, counts };
}

/** `text` with every run of marks repaired: a loop, not replace() with an arrow made per document, which is compiled again and again. */
function repairMarkRuns(text: string, counts: RepairCounts): string {
  let out = '';
  let last = 0;
  MARK_RUN.lastIndex = 0;
  for (let m = MARK_RUN.exec(text); m; m = MARK_RUN.exec(text)) {
    out += text.slice(last, m.index) + repairMarkRun(m[0], counts);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

/**
 * Puts the marks on one consonant in the order Thai spelling has them (vowel, then tone mark)
 * and drops a mark typed twice: both look the same on screen but break lookup and search.
 */
function repairMarkRun(run: string, counts: RepairCounts): string {
  // Most runs are a vowel and a tone mark, in that order: nothing to repair.
  if (run.length === 2 && run[0] !== run[1] && (VOWEL_MARK.test(run[0]) || !VOWEL_MARK.test(run[1]))) return run;
  const marks = [...run];
  const unique = marks.filter((mark, i) => marks.indexOf(mark) === i);
  counts.duplicateMarks += marks.length - unique.length;
  const ordered = [...unique.filter((m) => VOWEL_MARK.test(m)), ...unique.filter((m) => !VOWEL_MARK.test(m))];
  if (ordered.join('') !== unique.join('')) counts.reorderedMarks++;
  return ordered.join('');
}
