import { isThaiLetter } from '../thai/characters.js';
import { alternationOf } from '../text/alternation.js';
import { PERSONAL_PRONOUNS, TITLES, VERBS_GLUED_AFTER_A_BODY } from '../thai/name-cues.js';
import { dictionaryClasses } from './dictionary-classes.js';
import { knownGivenNames } from './name-lists.js';
import { LONGEST_NICKNAME, MARKED_NICKNAME_GAP } from './person-names.js';
import { newCandidate, type Candidate } from './candidate.js';

/** A person's name is a few words; longer stretches are not looked for again. */
const LONGEST_NAME = 40;
const TITLE = new RegExp(`^(?:${alternationOf(TITLES)})+`, 'u');
const OPENING_QUOTE = /[“"]/u;
const CLOSING_QUOTE = /[”"]/u;

/**
 * A document names the same person, place or body more than once and should say the same of
 * each mention. A person named with a title (`นายสมชาย ใจดี`), or without one by a given name
 * the name lists know and a surname, is a person wherever the document names them again without
 * it: the name (`สมชาย ใจดี`) and, when it has two words, the first (`สมชาย`) become PERSON
 * where they stand between token boundaries and no entity covers them (a PERSON the model ended
 * inside one of them, where the segmenter cut it off the next word, is lengthened to it), and so does a quoted
 * nickname given beside a name that is no common word (`“ต้นกล้า” ภูริต …`, then `ต้นกล้า` alone);
 * and an entity of another label with exactly that text becomes a PERSON; a PERSON that ends
 * with such a name after other words is cut down to it. A text the model
 * calls a PERSON in one place and something else in another takes the label it has most often
 * (the first one's on a tie); between ORGANIZATION, LOCATION and FACILITY it may differ, as
 * ThaiNER labels a name by its role (อาเซียน the region or the body). A body the model ran into
 * a verb glued after it ends before the verb where the document names it alone elsewhere.
 *
 * `entities` (UTF-16 offsets, in text order, none overlapping) is changed in place and
 * returned with the new entities in order; `boundaries` holds every token start and end;
 * `knownNames` are names found otherwise, looked for in the same way (a foreign person's
 * name and surname: Thai news names a foreigner by the surname alone after the first mention).
 */
export function agreeWithinDocument(text: string, entities: Candidate[], boundaries: ReadonlySet<number>, knownNames: readonly string[] = []): Candidate[] {
  // In three functions, not one: each is optimised on its own, so that a branch first taken late
  // in a run (a quoted nickname, a label changed) sends only its part back to the interpreter
  // and has only that part compiled again.
  cutBodiesAtGluedVerbs(text, entities, boundaries);
  const { names, untitled } = namesToLookFor(text, entities, knownNames);
  sameLabelForSameText(text, entities);
  if (!names.size && !untitled.size) return entities;
  for (const e of entities) if (e.source === 'model' && e.label === 'PERSON') e.start = startOfKnownName(text, e, names, boundaries);
  for (const name of untitled) names.add(name);
  endNamesWhole(text, entities, names, boundaries);
  for (const e of entities) if (e.source === 'model' && e.label !== 'PERSON' && names.has(text.slice(e.start, e.end))) e.label = 'PERSON';
  const added = untaggedMentions(text, entities, names, boundaries);
  if (!added.length) return entities;
  return [...entities, ...added].sort(byStart);
}

/**
 * The names the document's PERSON entities give to look for again (`names`: titled names, their
 * given names, quoted nicknames, and `knownNames`), and the untitled given names with surnames
 * the name lists know (`untitled`), which cut no PERSON that ends with them.
 */
function namesToLookFor(text: string, entities: readonly Candidate[], knownNames: readonly string[]): { names: Set<string>; untitled: Set<string> } {
  const names = new Set<string>();
  for (const name of knownNames) if (name.length <= LONGEST_NAME) names.add(name);
  const untitled = new Set<string>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.label !== 'PERSON') continue;
    const mention = text.slice(e.start, e.end);
    // a quoted nickname given beside the name (`“ต้นกล้า” ภูริต …`): news calls the person by it
    // after; not a common word (`“ต่อ”`), which would be a person wherever the word stands
    if (
      isQuoted(text, e) &&
      mention.length <= LONGEST_NICKNAME &&
      !/\s/u.test(mention) &&
      dictionaryClasses().get(mention) !== 'std' &&
      besideAName(text, entities, i)
    ) {
      names.add(mention);
      continue;
    }
    if (e.source !== 'model') continue;
    const title = TITLE.exec(mention)?.[0];
    const name = text.slice(e.start + (title?.length ?? 0), e.end).trim();
    if (name.length < 2 || name.length > LONGEST_NAME) continue;
    const words = name.split(/\s+/u);
    if (title) {
      // a title before a common word alone (`พระ|เมรุมาศ`, `นาย|ออม`) is more often part of a
      // word or a slip of the model than a person named once by the given name only: looked for
      // again, it would make a person of every such word in the document
      if (words.length > 1 || !isCommonWord(name)) names.add(name);
      if (words.length === 2 && words[0].length >= 2) names.add(words[0]);
    } else if (words.length === 2 && knownGivenNames().has(words[0]) && dictionaryClasses().get(words[0]) !== 'std') {
      // without a title, a given name the lists know and no common word (`ครู` is in the lists),
      // and a surname: the model's untitled spans are less sure, and a word before a name
      // would be taken for one. Such a name cuts no PERSON that ends with it: a title the list
      // of titles lacks may stand before it (`แพทย์หญิง…`)
      untitled.add(name);
      untitled.add(words[0]);
    }
  }
  // a pronoun is no one's name, whatever a slip of the model made of it (`ท่าน|เขา …`)
  for (const pronoun of PERSONAL_PRONOUNS) {
    names.delete(pronoun);
    untitled.delete(pronoun);
  }
  return { names, untitled };
}

/** Mentions of `names` nobody tagged: the longest name at each token start, outside every entity, in text order. */
function untaggedMentions(text: string, entities: readonly Candidate[], names: ReadonlySet<string>, boundaries: ReadonlySet<number>): Candidate[] {
  const added: Candidate[] = [];
  let next = 0;
  // only where a name's first character stands, only as long as some name: a few lookups a name
  // by code unit: text[at] of a Thai letter is a new string at every character
  const firsts = new Set<number>();
  const lengths = new Set<number>();
  for (const name of names) {
    firsts.add(name.charCodeAt(0));
    lengths.add(name.length);
  }
  const longestFirst = [...lengths].sort(descending);
  for (let at = 0; at < text.length; at++) {
    if (!firsts.has(text.charCodeAt(at))) continue;
    while (next < entities.length && entities[next].end <= at) next++;
    if (!boundaries.has(at) || (next < entities.length && entities[next].start <= at)) continue;
    for (const length of longestFirst) {
      const end = at + length;
      if (end > text.length || !boundaries.has(end) || !names.has(text.slice(at, end))) continue;
      if (next < entities.length && entities[next].start < end) break;
      if (isCommonWordInsideWords(text, at, end)) break;
      added.push(newCandidate(at, end, 'PERSON', 'model'));
      at = end - 1;
      break;
    }
  }
  return added;
}

// Comparators of the module, not arrows made per document, which are compiled again and again.
const descending = (a: number, b: number): number => b - a;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

function isQuoted(text: string, e: Candidate): boolean {
  return OPENING_QUOTE.test(text[e.start - 1] ?? '') && CLOSING_QUOTE.test(text[e.end] ?? '');
}

/**
 * Whether the PERSON `entities[i]` stands right before or after a name in full (a given name and
 * a surname: `“ต้นกล้า” ภูริต ศรีสวัสดิ์`, `… ปรารถนารักษ์ หรือ “คุณชัดเจน”`), MARKED_NICKNAME_GAP between.
 */
function besideAName(text: string, entities: readonly Candidate[], i: number): boolean {
  const e = entities[i];
  const isFullName = (other: Candidate | undefined): other is Candidate =>
    other?.label === 'PERSON' && other.end - other.start <= LONGEST_NAME && /\S[ \u00A0]+\S/u.test(text.slice(other.start, other.end));
  const [before, after] = [entities[i - 1], entities[i + 1]];
  return (
    (isFullName(after) && after.start - e.end <= 8 && MARKED_NICKNAME_GAP.test(text.slice(e.end, after.start))) ||
    (isFullName(before) && e.start - before.end <= 8 && MARKED_NICKNAME_GAP.test(text.slice(before.end, e.start)))
  );
}

const VERB_GLUED_AFTER_A_BODY = new RegExp(`^(?:${alternationOf(VERBS_GLUED_AFTER_A_BODY)})`, 'u');

/**
 * An ORGANIZATION of the model's that is the name of one the document gives alone elsewhere and
 * a verb glued after it, ending with the verb (`การท่าเรือ|บุก`, `การท่าเรือ|เก็บ`, with
 * `การท่าเรือ` an entity of its own), where the segmenter starts the verb as a word, ends before
 * the verb: the model, trained on bodies' long formal names, reads the word after a short one as
 * more of the name. A longer name of the body (`การไฟฟ้า|ส่วนภูมิภาค`) goes on into no such
 * verb, nor one that goes on after the verb's letters (`…ซี|มี|โอ`, SEAMEO).
 */
function cutBodiesAtGluedVerbs(text: string, entities: Candidate[], boundaries: ReadonlySet<number>): void {
  let bodies: Set<string> | null = null;
  for (const e of entities) {
    if (e.source !== 'model' || e.label !== 'ORGANIZATION') continue;
    bodies ??= new Set(entities.filter((o) => o.label === 'ORGANIZATION').map((o) => text.slice(o.start, o.end)));
    for (let at = e.end - 1; at > e.start + 1; at--) {
      if (!boundaries.has(at) || !isThaiLetter(text.charCodeAt(at - 1)) || !bodies.has(text.slice(e.start, at))) continue;
      const verb = VERB_GLUED_AFTER_A_BODY.exec(text.slice(at, e.end));
      if (verb && at + verb[0].length === e.end) e.end = at;
      break;
    }
  }
}

/** The model's entities with the same text, a PERSON among them, take the label that text has most often. */
function sameLabelForSameText(text: string, entities: Candidate[]): void {
  const labels = new Map<string, Map<string, number>>();
  for (const e of entities) {
    if (e.source !== 'model') continue;
    const key = text.slice(e.start, e.end);
    const counts = labels.get(key) ?? new Map<string, number>();
    counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
    labels.set(key, counts);
  }
  for (const e of entities) {
    if (e.source !== 'model') continue;
    const counts = labels.get(text.slice(e.start, e.end))!;
    if (counts.size < 2 || !counts.has('PERSON')) continue;
    let best = e.label;
    let most = 0;
    for (const [label, n] of counts) {
      if (n > most) {
        best = label as Candidate['label'];
        most = n;
      }
    }
    e.label = best;
  }
}

/**
 * A PERSON without a title that ends with a name the document gives with one elsewhere, after
 * words of its own (`ต่อมา สมชาย ใจดี`, `จากนั้นสมชาย`), starts where that name starts.
 */
function startOfKnownName(text: string, e: Candidate, names: ReadonlySet<string>, boundaries: ReadonlySet<number>): number {
  const mention = text.slice(e.start, e.end);
  if (names.has(mention) || TITLE.test(mention)) return e.start;
  for (let start = Math.max(e.start + 1, e.end - LONGEST_NAME); start < e.end - 1; start++) {
    if (boundaries.has(start) && !/\s/u.test(text[start]) && names.has(text.slice(start, e.end))) return start;
  }
  return e.start;
}

/**
 * A PERSON the model ended inside a name the document gives whole, where the segmenter cut the
 * name off the word after it (`อรอุ|มาออกสตาร์ต` for `อรอุมา`, named in full elsewhere), ends
 * where that name ends: at a token boundary, before the next entity.
 */
function endNamesWhole(text: string, entities: Candidate[], names: ReadonlySet<string>, boundaries: ReadonlySet<number>): void {
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.source !== 'model' || e.label !== 'PERSON') continue;
    const limit = i + 1 < entities.length ? entities[i + 1].start : text.length;
    let end = e.end;
    for (const name of names) {
      const nameEnd = e.start + name.length;
      if (nameEnd > end && nameEnd <= limit && boundaries.has(nameEnd) && text.startsWith(name, e.start)) end = nameEnd;
    }
    e.end = end;
  }
}

/**
 * Whether the name at `[start, end)` is a common word glued to Thai letters on both sides: there
 * it is a piece of the words around it (`พระ|พุทธ|ศาสนา`, `รองรับ|ผล|ผลิต`, `จะ|สามารถ|ถอนทุน`,
 * `เงิน|ออม|ไว้ใช้`), not the given name of a person the document names elsewhere (`นายสามารถ …`);
 * a name mentioned again stands apart or has a title before it.
 */
function isCommonWordInsideWords(text: string, start: number, end: number): boolean {
  return isThaiLetter(text.charCodeAt(start - 1)) && isThaiLetter(text.charCodeAt(end)) && isCommonWord(text.slice(start, end));
}

function isCommonWord(word: string): boolean {
  return dictionaryClasses().get(word) === 'std';
}
