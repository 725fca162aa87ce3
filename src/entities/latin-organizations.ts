import { alternationOf } from '../text/alternation.js';
import { isThaiLetter } from '../thai/characters.js';
import { BUSINESS_ROLES, ORGANIZATION_KINDS, PARTNERING_VERBS } from '../thai/name-cues.js';
import { SpanMerge } from './span-merge.js';
import { wordCount } from '../text/word-count.js';
import { changedCandidate, newCandidate, type Candidate } from './candidate.js';

/**
 * A name in Latin script that starts a word with a capital (`BYD`, `Live Nation Tero`, `NOVA7`),
 * up to the end of its run of such words, Thai letters glued to either side left out (`วงBTSทั้ง`).
 * The lookbehind fails at once inside a word, so every word start is tried once and each try
 * reads on only while the run lasts: linear.
 */
const LATIN_NAME =
  /(?<![\p{Script=Latin}\p{N}&.'’-]|\p{Script=Latin}\p{M})\p{Lu}(?:\p{Script=Latin}|[\p{N}&.'’-]|(?<=\p{Script=Latin})\p{M})*(?:[ \u00A0][\p{Lu}\p{N}](?:\p{Script=Latin}|[\p{N}&.'’-]|(?<=\p{Script=Latin})\p{M})*)*/uy;
/**
 * Where a name may start: LATIN_NAME is tried (sticky) at capitals only. Searched for from every
 * position of a Thai text, its opening look-behind was tried at each; this finds the same names,
 * in the same order, in a quarter of the time.
 */
const CAPITAL = /\p{Lu}/gu;
/** No business is called by more words than this; a longer capitalised run is a title or a phrase. */
const MAX_WORDS = 4;
const KIND_FIRST = new RegExp(`^(?:${alternationOf(ORGANIZATION_KINDS)})`, 'u');
const KIND_LAST = new RegExp(`(?:${alternationOf(ORGANIZATION_KINDS)})$`, 'u');
const KINDS = new Set(ORGANIZATION_KINDS);
/** A business's post ending a chunk, with `ของ` or `แห่ง` (of) after it or not (`ผู้บริหาร`, `ซีอีโอของ`). */
const ROLE_LAST = new RegExp(`(?:${alternationOf(BUSINESS_ROLES)})(?:ของ|แห่ง)?$`, 'u');
/** Longer than a kind and what news says of it (`ค่ายรถยนต์ไฟฟ้าจากจีน`): a longer chunk is a clause. */
const MAX_DESCRIPTION = 24;
/** A kind this long is a word wherever it stands; a shorter one (`ค่าย`, `วง`) only where the segmenter cut it. */
const LONG_KIND = 5;
/** Words that list a name with another (`Netflix และ WeTV`). */
const LIST_WORDS = new Set(['และ', 'หรือ', 'กับ']);
/** A verb of joining a partner (PARTNERING_VERBS) at the end of a chunk. */
const PARTNERING_LAST = new RegExp(`(?:${alternationOf(PARTNERING_VERBS)})$`, 'u');

/**
 * Latin-script names of businesses and groups in Thai text, which the model, trained on Thai
 * script, and compromise, which knows few of them, mostly miss (ThaiNER tags `SpaceX`,
 * `Xiaomi`, `BNK48` ORGANIZATION, but products and programmes such as `Android`, `OTOP` not):
 * - a name right after a chunk that says what kind of business or group it is, the kind
 *   opening the chunk or ending it (`ค่ายรถยนต์ไฟฟ้าจากจีน BYD`, `ผู้ก่อตั้งสตาร์ทอัพ FoodLink`,
 *   `บอยกรุ๊ปวง NOVA7`), without the kind, as ThaiNER writes `เกิร์ลกรุ๊ป BNK48`;
 * - a name after a business's post (`ผู้บริหารAgoda`, `ซีอีโอของ Voltara AG`) or a verb of joining
 *   a partner (`จับมือGrab`, `ร่วมมือกับ AIIB`);
 * - a name listed after a Latin-script organisation (`Netflix และ WeTV`), or given after `หรือ`
 *   as another name of the organisation before (`บริษัท ปตท. จำกัด (มหาชน) หรือ PTT`).
 * The name takes the place of entities inside it (`Taylor` of a band's name), not of one that
 * crosses its edges, and a kind the model tagged alone before it (`เกิร์ลกรุ๊ป` a PERSON) goes.
 * `entities` (UTF-16 offsets, in text order, none overlapping) is left as it was; returns the
 * entities in text order, a new list.
 */
export function latinOrganizations(text: string, entities: readonly Candidate[], boundaries: ReadonlySet<number>): Candidate[] {
  const merge = new SpanMerge(entities);
  // the end of the last Latin-script name that is an organisation, for the lists after it
  let lastOrganizationEnd = -1;
  CAPITAL.lastIndex = 0;
  for (let capital = CAPITAL.exec(text); capital; capital = CAPITAL.exec(text)) {
    LATIN_NAME.lastIndex = capital.index;
    const m = LATIN_NAME.exec(text);
    if (!m) continue;
    // the next name starts after this one, as a global search would go on
    CAPITAL.lastIndex = LATIN_NAME.lastIndex;
    const start = m.index;
    // a hyphen at the end joins the name to the Thai after it (`WWF-ประเทศไทย`), and a number a
    // space after it counts or lists (`WHO 3)`): no part of it
    const end = start + m[0].replace(/(?:[ \u00A0]\p{N}+)+$/u, '').replace(/-+$/u, '').length;
    // a capitalised run that goes on in small letters is a phrase (`Food truck`), not a name;
    // a letter alone names a group or a side (`ทีม B`, `กลุ่ม A`), no business
    if (wordCount(text.slice(start, end)) > MAX_WORDS || /^[ \u00A0]\p{Script=Latin}/u.test(text.slice(end, end + 2)) || end - start < 2) continue;
    const chunk = chunkBefore(text, start);
    const ofKind = chunk !== null && opensOrEndsWithKind(chunk, boundaries);
    const afterRole = !ofKind && chunk !== null && (endsWithWord(ROLE_LAST, chunk, boundaries) || endsWithWord(PARTNERING_LAST, chunk, boundaries));
    const kindBefore = ofKind || afterRole;
    const listed =
      chunk !== null && LIST_WORDS.has(chunk.text) && (lastOrganizationEnd === chunk.start - 1 || (chunk.text === 'หรือ' && isAliasOf(entities, chunk.start)));
    if (chunk && (kindBefore || listed)) {
      const before = merge.overlapping(chunk.start, chunk.end);
      if (before.length === 1 && before[0].source === 'model' && KINDS.has(text.slice(before[0].start, before[0].end))) merge.replace(null);
    }
    // the model's organisation over the kind and the name (`ค่ายHYBE`), or over the kind and the
    // name's first words (`วง Tilly|Birds`, the model's Latin words cut short) is the name alone
    if (chunk && kindBefore) {
      const over = merge.overlapping(chunk.start, end);
      if (
        over.length === 1 &&
        over[0].source === 'model' &&
        over[0].label === 'ORGANIZATION' &&
        over[0].end > start &&
        over[0].end <= end &&
        KIND_LAST.test(text.slice(over[0].start, start).trimEnd())
      ) {
        merge.replace(changedCandidate(over[0], start, end));
        lastOrganizationEnd = end;
        continue;
      }
    }
    const inside = merge.overlapping(start, end);
    // a post may stand before its holder too (`ผู้บริหาร Mr.Kenji Tanaka`): a person found there stays one
    if (afterRole && inside.some((e) => e.label === 'PERSON')) continue;
    const known = inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].label === 'ORGANIZATION';
    if (known || ((kindBefore || listed) && !inside.some((e) => e.start < start || e.end > end))) {
      if (!known) merge.replace(newCandidate(start, end, 'ORGANIZATION', 'pattern'));
      lastOrganizationEnd = end;
    }
  }
  return merge.finish();
}

/**
 * Whether a kind opens `chunk` (a short one: a kind and what news says of it) or ends it, as a
 * word of its own: a short kind must be one the segmenter cut (`ค่า|ยา`, `วง|การ` and `กระทรวง`
 * hold none); a long one is a word wherever it stands (the segmenter cuts `บอยกรุ๊ป` into pieces).
 */
function opensOrEndsWithKind(chunk: { start: number; end: number; text: string }, boundaries: ReadonlySet<number>): boolean {
  const last = KIND_LAST.exec(chunk.text);
  if (last && (last[0].length >= LONG_KIND || boundaries.has(chunk.start + last.index))) return true;
  const first = KIND_FIRST.exec(chunk.text);
  return first !== null && chunk.text.length <= MAX_DESCRIPTION && (first[0].length >= LONG_KIND || boundaries.has(chunk.start + first[0].length));
}

/**
 * Whether `pattern` (anchored at the end) ends `chunk` as a word of its own: the chunk's first, or
 * one the segmenter cut. A business's post (`ผู้บริหาร`, `ซีอีโอของ`: ROLE_LAST) or a verb of joining a
 * partner (`จับมือ`, `ธนาคาร|ร่วมมือกับ`: PARTNERING_LAST).
 */
function endsWithWord(pattern: RegExp, chunk: { start: number; end: number; text: string }, boundaries: ReadonlySet<number>): boolean {
  const word = pattern.exec(chunk.text);
  return word !== null && (word.index === 0 || boundaries.has(chunk.start + word.index));
}

/**
 * Whether `หรือ` (or) at `at` gives another name of an organisation right before it, a space
 * between (`บริษัท ปตท. จำกัด (มหาชน) หรือ PTT`): the name after it is that body's too. The
 * entities are in text order: a binary search finds the one ending there.
 */
function isAliasOf(entities: readonly Candidate[], at: number): boolean {
  let low = 0;
  let high = entities.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entities[middle].end < at - 1) low = middle + 1;
    else high = middle;
  }
  const before = entities[low];
  return before !== undefined && before.end === at - 1 && before.label === 'ORGANIZATION';
}

/**
 * The chunk of Thai letters that ends one space before `at`, or right at it when the name is
 * glued to it (`ค่ายHYBE`, `ค่ายรถยนต์ไฟฟ้าBYDจากจีน`): `{start, end, text}`, or null.
 */
function chunkBefore(text: string, at: number): { start: number; end: number; text: string } | null {
  const end = isThaiLetter(text.charCodeAt(at - 1)) ? at : at - 1;
  if (end < 1 || (end < at && text[end] !== ' ' && text[end] !== '\u00A0')) return null;
  let start = end;
  // no kind and its description is longer: the look back is bounded
  while (start > 0 && end - start < MAX_DESCRIPTION + 16 && isThaiLetter(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && isThaiLetter(text.charCodeAt(start - 1)))) return null;
  return { start, end, text: text.slice(start, end) };
}
