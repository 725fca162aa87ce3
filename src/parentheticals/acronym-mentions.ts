import { CodePointIndex } from '../core/code-points.js';
import type { Parenthetical, Span, Token } from '../document/types.js';
import { THAI_LETTER } from './characters.js';
import { loadThaiAcronyms, type ThaiAcronymEntry } from './shipped-data.js';
import { alternationOf } from '../text/alternation.js';

/** A bare mention of a short form (`กกต.`, `SMS`) and the full name it stands for; offsets in code points. */
export interface AcronymMention extends Span {
  /** The short form as the definition or the table writes it. */
  acronym: string;
  /** The full name: as the document writes it, or as the table has it. */
  fullName: string;
  /** Where the document defines the short form: the full name's span; absent when the built-in table gives it. */
  definition?: Span;
  /** The canonical id and ThaiNER label of the built-in table (`th-org:ECT`), when it has the short form or the full name. */
  id?: string;
  label?: string;
}

export interface AcronymMentionOptions {
  /** Also tag the common Thai short forms of the built-in table that the document does not define (default true). */
  builtIn?: boolean;
  /** The document's tokens: a Thai short form glued to the word before it counts where a token starts. */
  tokens?: readonly Token[];
}

interface Definition {
  acronym: string;
  fullName: string;
  definition?: Span;
  /** From this code point on the definition holds (after the parenthesis that makes it). */
  from: number;
  entry?: ThaiAcronymEntry;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;

let tableByForm: Map<string, ThaiAcronymEntry> | null = null;
let tableForms: RegExp | null = null;
let tableByName: Map<string, ThaiAcronymEntry> | null = null;

function table(): { byForm: Map<string, ThaiAcronymEntry>; byName: Map<string, ThaiAcronymEntry> } {
  if (!tableByForm || !tableByName) {
    tableByForm = new Map();
    tableByName = new Map();
    for (const entry of loadThaiAcronyms()) {
      for (const form of entry.acronyms) tableByForm.set(form, entry);
      tableByName.set(entry.name, entry);
    }
  }
  return { byForm: tableByForm, byName: tableByName };
}

/** One expression matching any of `forms`, the longest first. */
function formsPattern(forms: Iterable<string>): RegExp {
  return new RegExp(alternationOf(forms), 'gu');
}

function tablePattern(): RegExp {
  tableForms ??= formsPattern(table().byForm.keys());
  tableForms.lastIndex = 0;
  return tableForms;
}

/**
 * Where the tokens start, UTF-16, asked for in increasing order of position: a pointer, not a set
 * of every token. A class, not an object literal with a method, so that every document's pointer
 * shares one compiled `has`.
 */
class TokenStarts {
  private next = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly index: CodePointIndex,
  ) {}

  has(position: number): boolean {
    const { tokens } = this;
    const at = this.index.toCodePoint(position);
    if (this.next > 0 && tokens[this.next - 1].start > at) this.next = 0;
    while (this.next < tokens.length && tokens[this.next].start < at) this.next++;
    return this.next < tokens.length && tokens[this.next].start === at;
  }
}

/** The common Thai short form written as `form`, from the built-in table (`กกต.` → คณะกรรมการการเลือกตั้ง, th-org:ECT). */
export function builtInThaiAcronym(form: string): ThaiAcronymEntry | undefined {
  return table().byForm.get(form);
}

/** A name without its spaces: Thai writes the spaces between a name's parts as it likes (`กิจการโทรทัศน์ และกิจการ…`). */
const withoutSpaces = (name: string): string => name.replace(/\s+/gu, '');

/**
 * The built-in table's entry for a short form a document defines with `fullName`: when the table
 * has the short form for the same body (สำนักงานคณะกรรมการการเลือกตั้ง for กกต. too, spaces aside),
 * or has the full name itself.
 */
export function tableEntryOfDefinition(acronym: string, fullName: string): ThaiAcronymEntry | undefined {
  const { byForm, byName } = table();
  const listed = byForm.get(acronym);
  const [name, listedName] = [withoutSpaces(fullName), withoutSpaces(listed?.name ?? '')];
  return listed && (listedName.includes(name) || name.includes(listedName)) ? listed : byName.get(fullName);
}

/**
 * Whether the short form at UTF-16 [start, end) of `text` stands alone: not inside a Latin word
 * for a Latin one; for a Thai one, not glued to Thai letters after it unless it ends with a dot,
 * and glued to the word before it only where a token starts (`ที่ประชุม|ครม.`).
 */
function standsAlone(text: string, start: number, end: number, tokenStarts: TokenStarts | null): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (LATIN_OR_DIGIT.test(text[start])) return !LATIN_OR_DIGIT.test(before) && !LATIN_OR_DIGIT.test(after);
  if (!text.endsWith('.', end) && THAI_LETTER.test(after)) return false;
  return !THAI_LETTER.test(before) || (tokenStarts?.has(start) ?? false);
}

/**
 * The later bare mentions of every short form the document defines in its parentheticals
 * (`คณะกรรมการการเลือกตั้ง (กกต.)` … `กกต. ระบุว่า`), and, unless `builtIn` is false, of the common
 * Thai short forms of the built-in table anywhere in the text. Mentions inside a parenthetical
 * (the definition itself) are not given. `text` is the document's text, `parentheticals` its
 * layer (code-point offsets, as the parentheticals stage gives them); the mentions come in text
 * order with code-point offsets. A document's own definition wins over the table from where it
 * is made.
 */
export function findAcronymMentions(text: string, parentheticals: readonly Parenthetical[], options: AcronymMentionOptions = {}): AcronymMention[] {
  const index = new CodePointIndex(text);
  const tokenStarts = options.tokens ? new TokenStarts(options.tokens, index) : null;
  const { byForm } = table();

  // Where the parentheticals lie, UTF-16: no mention is taken inside one.
  const taken: [number, number][] = [];
  const definitions = new Map<string, Definition>();
  for (const p of parentheticals) {
    const spans = [p, p.acronym, p.thai, p.english].filter((s): s is Span => s !== undefined);
    for (const s of spans) taken.push([index.toUtf16(s.start), index.toUtf16(s.end)]);
    const fullName = p.thai ?? p.english;
    if (!p.acronym || !fullName || definitions.has(p.acronym.text)) continue;
    const entry = tableEntryOfDefinition(p.acronym.text, fullName.text);
    const from = index.toUtf16(Math.max(...spans.map((s) => s.end)));
    definitions.set(p.acronym.text, {
      acronym: p.acronym.text,
      fullName: fullName.text,
      definition: { start: fullName.start, end: fullName.end, text: fullName.text },
      from,
      entry,
    });
  }
  const builtIn = options.builtIn !== false;
  const defined = [...definitions.keys()].filter((form) => !(builtIn && byForm.has(form)));
  if (!defined.length && !builtIn) return [];
  // The table's forms make one expression, compiled once; a document adds its own only when it defines some.
  const pattern = defined.length ? formsPattern([...defined, ...(builtIn ? byForm.keys() : [])]) : tablePattern();
  const inside = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s);

  const mentions: AcronymMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!standsAlone(text, start, end, tokenStarts) || inside(start, end)) continue;
    const definition = definitions.get(m[0]);
    const source: Definition | undefined =
      definition && start >= definition.from
        ? definition
        : options.builtIn !== false && byForm.has(m[0])
          ? { acronym: m[0], fullName: byForm.get(m[0])!.name, from: 0, entry: byForm.get(m[0]) }
          : undefined;
    if (!source) continue;
    const mention: AcronymMention = {
      start: index.toCodePoint(start),
      end: index.toCodePoint(end),
      text: m[0],
      acronym: source.acronym,
      fullName: source.fullName,
    };
    if (source.definition) mention.definition = source.definition;
    if (source.entry) {
      mention.id = source.entry.id;
      mention.label = source.entry.label;
    }
    mentions.push(mention);
  }
  return mentions;
}
